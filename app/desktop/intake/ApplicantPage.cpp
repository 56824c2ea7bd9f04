#include "ApplicantPage.h"

#include "IntakeDraft.h"
#include "IntakeWizard.h"

#include "domain/CitizenId.h"
#include "domain/ContactDetails.h"
#include "domain/VietnamTime.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace motcua::desktop {

ApplicantPage::ApplicantPage(IntakeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_citizenId(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("intakeApplicantPage"));
    setTitle(tr("2. Applicant"));
    setSubTitle(tr("As written on the citizen's identity card."));
    m_name->setObjectName(QStringLiteral("intakeApplicantName"));
    m_citizenId->setObjectName(QStringLiteral("intakeCitizenId"));
    m_citizenId->setPlaceholderText(tr("12 digits"));
    m_citizenId->setMaxLength(20);
    m_hint->setObjectName(QStringLiteral("intakeCitizenIdHint"));
    m_hint->setWordWrap(true);
    m_phone->setObjectName(QStringLiteral("intakePhone"));
    m_address->setObjectName(QStringLiteral("intakeAddress"));
    m_email->setObjectName(QStringLiteral("intakeEmail"));
    m_problem->setObjectName(QStringLiteral("intakeApplicantProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Citizen ID:"), m_citizenId);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_problem);

    for (QLineEdit *edit : {m_name, m_citizenId, m_phone, m_address, m_email}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateHint();
            updateProblem();
            m_wizard->draftChanged();
            emit completeChanged();
        });
    }
    updateHint();
    updateProblem();
}

void ApplicantPage::load(const IntakeDraft &draft)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_name), QSignalBlocker(m_citizenId), QSignalBlocker(m_phone),
        QSignalBlocker(m_address), QSignalBlocker(m_email)};
    m_name->setText(draft.applicantName);
    m_citizenId->setText(draft.citizenId);
    m_phone->setText(draft.phone);
    m_address->setText(draft.address);
    m_email->setText(draft.email);
    updateHint();
    updateProblem();
}

void ApplicantPage::store(IntakeDraft &draft) const
{
    draft.applicantName = m_name->text();
    draft.citizenId = m_citizenId->text();
    draft.phone = m_phone->text();
    draft.address = m_address->text();
    draft.email = m_email->text();
}

bool ApplicantPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && m_idValid && m_contactValid;
}

void ApplicantPage::updateProblem()
{
    const auto phone = ContactDetails::phone(m_phone->text());
    const auto email = ContactDetails::email(m_email->text());
    m_contactValid = phone.ok() && email.ok();
    if (!phone || !email) {
        m_problem->setText(!phone ? phone.error().message : email.error().message);
        m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
        return;
    }
    m_problem->setStyleSheet(QStringLiteral("color: gray"));
    m_problem->setText(m_name->text().trimmed().isEmpty()
            ? tr("Type the applicant's full name, as on the card, to go on.")
            : QString());
}

void ApplicantPage::updateHint()
{
    const QString text = m_citizenId->text();
    if (text.trimmed().isEmpty()) {
        m_idValid = false;
        m_hint->setText(tr("Type the 12 digits of the citizen ID."));
        m_hint->setStyleSheet(QStringLiteral("color: gray"));
        return;
    }
    const auto parsed = CitizenId::parse(text, VietnamTime::now().date().year());
    m_idValid = parsed.ok();
    if (!parsed) {
        m_hint->setText(parsed.error().message);
        m_hint->setStyleSheet(QStringLiteral("color: #b3261e"));
        return;
    }
    m_hint->setText(tr("Born %1, %2, birth registered in %3: check against the card.")
                        .arg(parsed->birthYear)
                        .arg(CitizenId::genderLabel(parsed->gender), parsed->provinceName));
    m_hint->setStyleSheet(QStringLiteral("color: #1b5e20"));
}

} // namespace motcua::desktop

#include "IntakeWizard.h"

#include "ApplicantPage.h"
#include "DocumentsPage.h"
#include "ProcedurePage.h"
#include "ReceiptPage.h"
#include "ReviewPage.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "forms/Forms.h"

#include "store/AuthorizedDossiers.h"
#include "store/ProcedureRepository.h"

#include <QAbstractButton>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcIntake, "motcua.desktop.intake")

namespace motcua::desktop {

IntakeWizard::IntakeWizard(DeskSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_procedurePage(new ProcedurePage(this))
    , m_applicantPage(new ApplicantPage(this))
    , m_documentsPage(new DocumentsPage(this))
    , m_reviewPage(new ReviewPage(this))
    , m_receiptPage(new ReceiptPage(this))
{
    setObjectName(QStringLiteral("intakeWizard"));
    setWindowTitle(tr("Receive a dossier"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ProcedurePageId, m_procedurePage);
    setPage(ApplicantPageId, m_applicantPage);
    setPage(DocumentsPageId, m_documentsPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ReceiptPageId, m_receiptPage);
    setButtonText(QWizard::CommitButton, tr("&Save dossier"));
    // Qt's own translations are often not installed on a desk: the desk names its buttons itself.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("intakeNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("intakeBack"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("intakeSave"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("intakeFinish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("intakeCancel"));
    resize(960, 640);

    if (auto draft = IntakeDraft::load(session.context().draftPath())) {
        m_loading = true;
        m_draft = *draft;
        m_restored = true;
        setProcedure(m_draft.procedureCode);
        m_procedurePage->load(m_draft);
        m_applicantPage->load(m_draft);
        m_documentsPage->load(m_draft);
        m_loading = false;
        const int target = std::clamp(m_draft.page, int(ProcedurePageId), int(ReviewPageId));
        setStartId(ProcedurePageId);
        restart();
        while (currentId() < target && currentPage()->isComplete()) {
            const int before = currentId();
            next();
            if (currentId() == before)
                break;
        }
        qCInfo(lcIntake) << "restored the intake draft at page" << currentId();
    }
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= ProcedurePageId && id <= ReviewPageId) {
            m_draft.page = id;
            draftChanged();
        }
    });
}

IntakeWizard::~IntakeWizard() = default;

void IntakeWizard::startWith(const QString &procedureCode)
{
    m_procedurePage->choose(procedureCode);
}

void IntakeWizard::warnLowDisk(const QString &warning)
{
    m_procedurePage->setWarning(warning);
}

void IntakeWizard::setProcedure(const QString &code)
{
    if (m_procedure && m_procedure->code == code)
        return;
    m_procedure = code.isEmpty() ? std::nullopt : m_session.context().procedures().find(code);
    m_draft.procedureCode = m_procedure ? m_procedure->code : QString();
    if (!m_loading) {
        // A new procedure asks for other documents: the checklist starts again from its list.
        m_draft.documents = m_procedure ? IntakeDraft::checklist(*m_procedure) : QList<IntakeDocument>();
        m_documentsPage->load(m_draft);
        draftChanged();
    }
}

void IntakeWizard::collect()
{
    m_applicantPage->store(m_draft);
    m_documentsPage->store(m_draft);
}

void IntakeWizard::draftChanged()
{
    if (m_loading || m_saved)
        return;
    collect();
    if (m_draft.isEmpty()) {
        QFile::remove(m_session.context().draftPath());
        return;
    }
    if (!m_draft.save(m_session.context().draftPath()))
        qCWarning(lcIntake) << "cannot save the intake draft" << m_session.context().draftPath();
}

bool IntakeWizard::saveDossier()
{
    if (m_saved)
        return true;
    collect();
    auto dossier = m_session.authorized().receive(m_draft.toRequest());
    if (!dossier) {
        m_reviewPage->showError(dossier.error().message);
        return false;
    }
    m_saved = dossier.value();
    QFile::remove(m_session.context().draftPath());
    // The desk keeps every receipt it printed: a PDF of form 01 next to the store.
    auto written = Forms::writeReceipt(m_session, *m_saved);
    if (written)
        m_receiptPdf = written.value();
    else
        qCWarning(lcIntake) << "receipt PDF not written:" << written.error().message;
    for (const IntakeDocument &document : std::as_const(m_draft.documents)) {
        // Downscaled copies are in the store now; the originals the officer chose are left alone.
        if (document.scanFile.startsWith(m_session.context().scansDir()))
            QFile::remove(document.scanFile);
    }
    m_receiptPage->showDossier(*m_saved, written ? QString() : written.error().message);
    emit dossierSaved(*m_saved);
    return true;
}

bool IntakeWizard::confirmDiscard()
{
    collect();
    if (m_draft.isEmpty())
        return true;
    if (m_discardQuestion)
        return m_discardQuestion();
    QMessageBox question(QMessageBox::Question, tr("Receive a dossier"),
        m_draft.applicantName.trimmed().isEmpty()
            ? tr("Throw away the dossier being received? What was typed is lost.")
            : tr("Throw away the dossier of %1 being received? What was typed is lost.")
                  .arg(m_draft.applicantName.trimmed()),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("intakeDiscardQuestion"));
    QPushButton *discard = question.addButton(tr("&Throw away"), QMessageBox::DestructiveRole);
    QPushButton *keep = question.addButton(tr("&Keep receiving"), QMessageBox::RejectRole);
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    return question.clickedButton() == discard;
}

void IntakeWizard::done(int result)
{
    // Cancelling on purpose discards the draft, once the officer said so (Escape is easy to hit);
    // closing after saving leaves nothing to restore.
    if (result == QDialog::Rejected && !m_saved) {
        if (!confirmDiscard())
            return;
        QFile::remove(m_session.context().draftPath());
    }
    QWizard::done(result);
}

} // namespace motcua::desktop

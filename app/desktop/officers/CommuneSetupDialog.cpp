#include "CommuneSetupDialog.h"

#include "app/DeskSettings.h"

#include "store/CommuneProfile.h"
#include "store/SyncState.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace motcua::desktop {

CommuneSetupDialog::CommuneSetupDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_agency(new QLineEdit(this))
    , m_province(new QLineEdit(this))
    , m_returnPlace(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("communeSetupDialog"));
    setWindowTitle(tr("The commune of this desk"));
    m_code->setObjectName(QStringLiteral("communeCode"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_code));
    m_code->setPlaceholderText(tr("5 digits, e.g. 03199"));
    m_name->setObjectName(QStringLiteral("communeName"));
    m_name->setPlaceholderText(tr("e.g. Mường Phăng"));
    m_agency->setObjectName(QStringLiteral("communeAgency"));
    m_province->setObjectName(QStringLiteral("communeProvince"));
    m_returnPlace->setObjectName(QStringLiteral("communeReturnPlace"));
    m_error->setObjectName(QStringLiteral("communeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));

    // What is stored wins; a desk set up before this dialog existed brings its own settings.
    const auto stored = CommuneProfile::load(database);
    const DeskSettings settings;
    const auto pick = [](const QString &value, const QString &fallback) { return value.isEmpty() ? fallback : value; };
    m_code->setText(stored ? stored->communeCode : QString());
    m_name->setText(pick(stored ? stored->communeName : QString(), settings.communeName()));
    m_agency->setText(pick(stored ? stored->agencyName : QString(), settings.agencyName()));
    m_province->setText(pick(stored ? stored->province : QString(), settings.province()));
    m_returnPlace->setText(pick(stored ? stored->returnPlace : QString(), settings.returnPlace()));

    auto *intro = new QLabel(tr("Every dossier code starts with the commune's official code, and the forms print "
                                "the names below. Set them before the first dossier is received."),
        this);
    intro->setWordWrap(true);
    const auto enrollment = SyncState(database).enrollment();
    if (enrollment && enrollment->isEnrolled()) {
        // The province decided the commune at enrollment: dossiers there are filed under it.
        m_code->setReadOnly(true);
        m_code->setToolTip(tr("Set by the enrollment with the province server."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("communeSave"));
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Commune &code:"), m_code);
    form->addRow(tr("Commune &name:"), m_name);
    form->addRow(tr("&Agency (on forms):"), m_agency);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("&Results returned at:"), m_returnPlace);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(m_code, &QLineEdit::editingFinished, this, &CommuneSetupDialog::checkCode);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommuneSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_code->text().isEmpty() ? m_code : m_name)->setFocus();
}

void CommuneSetupDialog::checkCode()
{
    // Said where it is typed, not only at Save.
    CommuneProfile typed;
    typed.communeCode = m_code->text();
    typed.communeName = QStringLiteral("-");
    auto checked = CommuneProfile::normalized(typed);
    m_error->setText(checked ? QString() : checked.error().message);
}

void CommuneSetupDialog::accept()
{
    CommuneProfile typed;
    typed.communeCode = m_code->text();
    typed.communeName = m_name->text();
    typed.agencyName = m_agency->text();
    typed.province = m_province->text();
    typed.returnPlace = m_returnPlace->text();
    if (const Status saved = CommuneProfile::save(m_database, typed); !saved) {
        m_error->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace motcua::desktop

#include "SettingsDialog.h"

#include "DeskContext.h"
#include "DeskSession.h"
#include "DeskSettings.h"

#include "domain/Permissions.h"
#include "store/OfficerRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace motcua::desktop {

SettingsDialog::SettingsDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(new QComboBox(this))
    , m_idleLock(new QSpinBox(this))
    , m_server(new QLineEdit(this))
    , m_agency(new QLineEdit(this))
    , m_commune(new QLineEdit(this))
    , m_province(new QLineEdit(this))
    , m_returnPlace(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const DeskSettings settings;
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(settings.language() == QLatin1String("en") ? 1 : 0);
    m_idleLock->setObjectName(QStringLiteral("settingsIdleLock"));
    m_idleLock->setRange(SessionPolicy::kMinIdleLockMinutes, SessionPolicy::kMaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(session.context().officers().sessionPolicy().idleLockMinutes);
    const bool mayChange = Permissions::allows(session.officer(), Permission::ChangeSettings);
    m_idleLock->setEnabled(mayChange);
    if (!mayChange)
        m_idleLock->setToolTip(Permissions::deniedMessage(session.officer(), Permission::ChangeSettings));
    m_server->setObjectName(QStringLiteral("settingsServer"));
    m_server->setText(settings.serverUrl());
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.gov.vn"));
    m_agency->setText(settings.agencyName());
    m_commune->setText(settings.communeName());
    m_province->setText(settings.province());
    m_returnPlace->setText(settings.returnPlace());
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Lock after idle:"), m_idleLock);
    form->addRow(tr("Province &server:"), m_server);
    form->addRow(tr("&Agency (on forms):"), m_agency);
    form->addRow(tr("&Commune:"), m_commune);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("&Results returned at:"), m_returnPlace);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idleLock->value();
}

void SettingsDialog::accept()
{
    OfficerRepository &officers = m_session.context().officers();
    if (m_idleLock->isEnabled() && m_idleLock->value() != officers.sessionPolicy().idleLockMinutes) {
        SessionPolicy policy;
        policy.idleLockMinutes = m_idleLock->value();
        if (const Status saved = officers.setSessionPolicy(policy); !saved) {
            m_error->setText(saved.error().message);
            return;
        }
    }
    DeskSettings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings.language();
    settings.setLanguage(language);
    settings.setServerUrl(m_server->text());
    settings.setAgency(m_agency->text(), m_commune->text(), m_province->text(), m_returnPlace->text());
    QDialog::accept();
}

} // namespace motcua::desktop

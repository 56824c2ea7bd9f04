#include "UnlockDialog.h"

#include "store/OfficerRepository.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace motcua::desktop {

UnlockDialog::UnlockDialog(QString dataDir, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(std::move(dataDir))
    , m_mode(mode)
    , m_intro(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_recoveryBox(new QWidget(this))
    , m_recoveryKey(new QLineEdit(m_recoveryBox))
    , m_newPassword(new QLineEdit(m_recoveryBox))
    , m_recoveryButton(new QPushButton(tr("I forgot the password: use the &recovery key"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("MotCua — log in") : tr("MotCua — turn on encryption"));
    m_intro->setWordWrap(true);
    m_intro->setText(mode == Mode::Unlock
            ? tr("The citizen data on this computer is encrypted. Log in with your officer account to open it.")
            : tr("This desk's data is not encrypted yet: anyone who takes the laptop could read it. An "
                 "administrator logs in once to encrypt it; he then receives the recovery key to keep in the "
                 "commune's safe. Nothing is lost."));
    m_username->setObjectName(QStringLiteral("unlockUsername"));
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_recoveryKey->setObjectName(QStringLiteral("unlockRecoveryKey"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_newPassword->setObjectName(QStringLiteral("unlockNewPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);

    auto *recoveryForm = new QFormLayout(m_recoveryBox);
    recoveryForm->setContentsMargins(0, 0, 0, 0);
    recoveryForm->addRow(tr("Recovery &key:"), m_recoveryKey);
    recoveryForm->addRow(tr("&New password:"), m_newPassword);
    m_recoveryBox->hide();
    m_recoveryButton->setObjectName(QStringLiteral("unlockUseRecovery"));
    m_recoveryButton->setVisible(mode == Mode::Unlock);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Unlock ? tr("&Log in") : tr("&Encrypt"));
    auto *form = new QFormLayout(this);
    form->addRow(m_intro);
    form->addRow(mode == Mode::Unlock ? tr("&Username:") : tr("&Administrator:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_recoveryBox);
    form->addRow(m_recoveryButton);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recoveryButton, &QPushButton::clicked, this, &UnlockDialog::showRecovery);
}

void UnlockDialog::showRecovery()
{
    m_recovering = true;
    m_intro->setText(tr("Type the recovery key from the sheet in the commune's safe, the username of an "
                        "administrator and the new password for that account."));
    m_password->setEnabled(false);
    m_recoveryBox->show();
    m_recoveryButton->hide();
    m_recoveryKey->setFocus();
}

QString UnlockDialog::username() const
{
    return m_username->text().trimmed();
}

QString UnlockDialog::password() const
{
    return m_acceptedPassword;
}

void UnlockDialog::accept()
{
    m_error->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor); // argon2id takes a moment
    Status status;
    if (m_mode == Mode::Convert) {
        auto converted = vault::Vault::convertPlaintext(m_dataDir, username(), m_password->text());
        if (converted)
            m_newRecovery = converted.value();
        else
            status = converted.error();
        m_acceptedPassword = m_password->text();
    } else if (m_recovering) {
        status = OfficerRepository::checkPassword(m_newPassword->text());
        if (status)
            status = vault::Vault::unlockWithRecovery(m_dataDir, m_recoveryKey->text());
        m_acceptedPassword = m_newPassword->text();
    } else {
        status = vault::Vault::unlock(m_dataDir, username(), m_password->text());
        m_acceptedPassword = m_password->text();
    }
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!status) {
        m_acceptedPassword.clear();
        m_error->setText(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace motcua::desktop

#include "LoginDialog.h"

#include "store/OfficerRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace motcua::desktop {

LoginDialog::LoginDialog(OfficerRepository &officers, QWidget *parent)
    : QDialog(parent)
    , m_officers(officers)
    , m_intro(new QLabel(tr("Log in with your officer account."), this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("MotCua — log in"));
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("loginCancel"));
    m_cancel->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    auto *form = new QFormLayout(this);
    form->addRow(m_intro);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LoginDialog::lockFor(const Officer &officer, LockReason reason)
{
    m_locked = true;
    setWindowTitle(tr("MotCua — locked"));
    m_intro->setObjectName(QStringLiteral("lockReason"));
    m_intro->setText(reason == LockReason::ByHand
            ? tr("%1 locked the desk. %1, type your password to go on.").arg(officer.fullName)
            : tr("The desk was locked after a while without use. %1, type your password to go on.")
                  .arg(officer.fullName));
    m_cancel->setText(tr("Log &out"));
    m_username->setText(officer.username);
    m_username->setReadOnly(true);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    auto officer = m_officers.authenticate(m_username->text().trimmed(), m_password->text());
    m_password->clear();
    if (!officer) {
        m_error->setText(officer.error().message);
        return;
    }
    m_officer = officer.value();
    QDialog::accept();
}

} // namespace motcua::desktop

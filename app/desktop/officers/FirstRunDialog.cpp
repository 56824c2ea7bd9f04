#include "FirstRunDialog.h"

#include "store/OfficerRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace motcua::desktop {

FirstRunDialog::FirstRunDialog(OfficerRepository &officers, QWidget *parent)
    : QDialog(parent)
    , m_officers(officers)
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("MotCua — create the administrator"));
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_username->setText(QStringLiteral("admin"));
    m_fullName->setObjectName(QStringLiteral("adminFullName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("adminError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *intro = new QLabel(tr("This desk has no officer yet. Create the administrator account: it adds the "
                                "other officers and gives them their roles."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Con&firm password:"), m_confirm);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_fullName->setFocus();
}

void FirstRunDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    auto created = m_officers.createAdministrator(m_username->text(), m_fullName->text(), m_password->text());
    if (!created) {
        m_error->setText(created.error().message);
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace motcua::desktop

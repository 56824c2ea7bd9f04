#include "OfficerFormDialog.h"

#include "store/OfficerRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace motcua::desktop {

OfficerFormDialog::OfficerFormDialog(Mode mode, const Officer &officer, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_officer(officer)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("officerFormDialog"));
    setWindowTitle(mode == Mode::Add ? tr("New officer")
            : mode == Mode::Roles    ? tr("Roles of %1").arg(officer.fullName)
                                     : tr("New password for %1").arg(officer.fullName));
    m_error->setObjectName(QStringLiteral("officerFormError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *form = new QFormLayout(this);
    if (mode == Mode::Add) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("officerUsername"));
        m_username->setPlaceholderText(tr("e.g. lothimai"));
        m_fullName = new QLineEdit(this);
        m_fullName->setObjectName(QStringLiteral("officerFullName"));
        form->addRow(tr("&Username:"), m_username);
        form->addRow(tr("&Full name:"), m_fullName);
        connect(m_username, &QLineEdit::editingFinished, this, &OfficerFormDialog::check);
        connect(m_fullName, &QLineEdit::editingFinished, this, &OfficerFormDialog::check);
    }
    if (mode != Mode::Roles) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("officerPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("officerConfirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Con&firm password:"), m_confirm);
        connect(m_password, &QLineEdit::editingFinished, this, &OfficerFormDialog::check);
        connect(m_confirm, &QLineEdit::editingFinished, this, &OfficerFormDialog::check);
    }
    if (mode != Mode::Password) {
        auto *roles = new QGridLayout;
        int index = 0;
        for (Role role : allRoles()) {
            auto *box = new QCheckBox(roleTitle(role), this);
            box->setObjectName(QStringLiteral("officerRole_%1").arg(roleKey(role)));
            box->setChecked(officer.roles.contains(role));
            m_roles.insert(role, box);
            roles->addWidget(box, index / 3, index % 3);
            ++index;
        }
        form->addRow(tr("Roles:"), roles);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("&Add") : tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("officerFormOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficerFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Officer OfficerFormDialog::officer() const
{
    Officer typed = m_officer;
    if (m_username)
        typed.username = m_username->text().trimmed().toLower();
    if (m_fullName)
        typed.fullName = m_fullName->text().trimmed();
    if (!m_roles.isEmpty()) {
        typed.roles.clear();
        for (auto it = m_roles.constBegin(); it != m_roles.constEnd(); ++it) {
            if (it.value()->isChecked())
                typed.roles.append(it.key());
        }
    }
    return typed;
}

QString OfficerFormDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

void OfficerFormDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void OfficerFormDialog::check()
{
    // The first problem of what was typed so far; fields still empty are not complained about yet.
    QString problem;
    if (m_username && !m_username->text().isEmpty()) {
        if (auto s = OfficerRepository::checkUsername(m_username->text().trimmed().toLower()); !s)
            problem = s.error().message;
    }
    if (problem.isEmpty() && m_password && !m_password->text().isEmpty()) {
        if (auto s = OfficerRepository::checkPassword(m_password->text()); !s)
            problem = s.error().message;
    }
    if (problem.isEmpty() && m_confirm && !m_confirm->text().isEmpty() && m_confirm->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_error->setText(problem);
}

void OfficerFormDialog::accept()
{
    if (m_fullName && m_fullName->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type the officer's full name."));
        return;
    }
    if (m_password && m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    if (!m_roles.isEmpty() && officer().roles.isEmpty()) {
        m_error->setText(tr("Give the officer at least one role."));
        return;
    }
    QDialog::accept();
}

} // namespace motcua::desktop

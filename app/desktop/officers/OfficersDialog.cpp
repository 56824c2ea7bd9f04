#include "OfficersDialog.h"

#include "OfficerFormDialog.h"

#include "domain/Permissions.h"
#include "store/OfficerRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::desktop {

namespace {

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString rolesText(const Officer &officer)
{
    QStringList titles;
    for (Role role : officer.roles)
        titles << roleTitle(role);
    return titles.join(QStringLiteral(", "));
}

} // namespace

OfficersDialog::OfficersDialog(OfficerRepository &officers, Officer administrator, QWidget *parent)
    : QDialog(parent)
    , m_officers(officers)
    , m_administrator(std::move(administrator))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add an officer…"), this))
    , m_roles(new QPushButton(tr("&Roles…"), this))
    , m_active(new QPushButton(tr("&Disable"), this))
    , m_password(new QPushButton(tr("Reset &password…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("officersDialog"));
    setWindowTitle(tr("Officers of this desk"));
    m_table->setObjectName(QStringLiteral("officersTable"));
    m_table->setHorizontalHeaderLabels({tr("Username"), tr("Full name"), tr("Roles"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Roles, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("officersAdd"));
    m_roles->setObjectName(QStringLiteral("officersRoles"));
    m_active->setObjectName(QStringLiteral("officersToggleActive"));
    m_password->setObjectName(QStringLiteral("officersResetPassword"));
    m_message->setObjectName(QStringLiteral("officersMessage"));
    m_message->setWordWrap(true);

    auto *intro = new QLabel(tr("Each officer logs in with their own account; what they may do follows their roles. "
                                "Reception receives dossiers and returns results, handling processes them, the "
                                "leader signs, the data clerk resolves sync conflicts."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_roles, m_active, m_password})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &OfficersDialog::addOfficer);
    connect(m_roles, &QPushButton::clicked, this, &OfficersDialog::editRoles);
    connect(m_active, &QPushButton::clicked, this, &OfficersDialog::toggleActive);
    connect(m_password, &QPushButton::clicked, this, &OfficersDialog::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OfficersDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!Permissions::allows(m_administrator, Permission::ManageOfficers)) {
        showMessage(Permissions::deniedMessage(m_administrator, Permission::ManageOfficers), true);
        m_add->setEnabled(false);
    }
    resize(720, 420);
    reload();
}

void OfficersDialog::reload()
{
    const QString keep = selected() ? selected()->username : QString();
    auto listed = m_officers.list();
    if (!listed) {
        showMessage(listed.error().message, true);
        return;
    }
    m_list = listed.value();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const Officer &officer = m_list.at(row);
        m_table->setItem(row, Username, readOnly(officer.username));
        m_table->setItem(row, FullName, readOnly(officer.fullName));
        m_table->setItem(row, Roles, readOnly(rolesText(officer)));
        m_table->setItem(row, State, readOnly(officer.active ? tr("active") : tr("disabled")));
    }
    selectUsername(keep);
    updateButtons();
}

void OfficersDialog::selectUsername(const QString &username)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).username == username) {
            m_table->selectRow(row);
            return;
        }
    }
    m_table->clearSelection();
}

const Officer *OfficersDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void OfficersDialog::updateButtons()
{
    const bool mayManage = Permissions::allows(m_administrator, Permission::ManageOfficers);
    const Officer *officer = selected();
    m_roles->setEnabled(mayManage && officer);
    m_active->setEnabled(mayManage && officer);
    m_password->setEnabled(mayManage && officer);
    m_active->setText(officer && !officer->active ? tr("&Enable") : tr("&Disable"));
}

void OfficersDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
    m_message->setText(text);
}

bool OfficersDialog::runForm(OfficerFormDialog &form, const std::function<QString()> &save)
{
    // The form stays open on a refusal, with the repository's words, until saved or cancelled.
    for (;;) {
        const int answer = m_formRunner ? m_formRunner(form) : form.exec();
        if (answer != QDialog::Accepted)
            return false;
        const QString refusal = save();
        if (refusal.isEmpty())
            return true;
        form.showError(refusal);
        if (m_formRunner) {
            showMessage(refusal, true); // a runner fills the form once: the refusal stays visible here
            return false;
        }
    }
}

void OfficersDialog::addOfficer()
{
    Officer fresh;
    fresh.roles = {Role::Reception};
    OfficerFormDialog form(OfficerFormDialog::Mode::Add, fresh, this);
    Officer added;
    const bool saved = runForm(form, [&]() -> QString {
        auto result = m_officers.add(form.officer(), form.password());
        if (!result)
            return result.error().message;
        added = result.value();
        return {};
    });
    if (!saved)
        return;
    reload();
    selectUsername(added.username);
    showMessage(tr("%1 can now log in as %2.").arg(added.fullName, added.username), false);
}

void OfficersDialog::editRoles()
{
    const Officer *officer = selected();
    if (!officer)
        return;
    const Officer current = *officer;
    OfficerFormDialog form(OfficerFormDialog::Mode::Roles, current, this);
    const bool saved = runForm(form, [&]() -> QString {
        const Status set = m_officers.setRoles(current.id, form.officer().roles);
        return set ? QString() : set.error().message;
    });
    if (!saved)
        return;
    reload();
    showMessage(tr("Roles of %1 saved.").arg(current.fullName), false);
}

void OfficersDialog::toggleActive()
{
    const Officer *officer = selected();
    if (!officer)
        return;
    const Officer current = *officer;
    if (const Status set = m_officers.setActive(current.id, !current.active); !set) {
        showMessage(set.error().message, true);
        return;
    }
    reload();
    showMessage(current.active ? tr("%1 can no longer log in.").arg(current.fullName)
                               : tr("%1 can log in again.").arg(current.fullName),
        false);
}

void OfficersDialog::resetPassword()
{
    const Officer *officer = selected();
    if (!officer)
        return;
    const Officer current = *officer;
    OfficerFormDialog form(OfficerFormDialog::Mode::Password, current, this);
    const bool saved = runForm(form, [&]() -> QString {
        const Status set = m_officers.setPassword(current.id, form.password());
        return set ? QString() : set.error().message;
    });
    if (!saved)
        return;
    showMessage(tr("New password of %1 saved: hand it over in person.").arg(current.fullName), false);
}

} // namespace motcua::desktop

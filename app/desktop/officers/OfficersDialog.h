#pragma once

#include "domain/Officer.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace motcua {
class OfficerRepository;
}

namespace motcua::desktop {

class OfficerFormDialog;

// The administrator's officers screen: every account of this desk with its roles and state; add
// an officer, change roles, disable or enable, reset a password. Everything goes through
// OfficerRepository, which keeps its own rules (the last administrator, password strength) and
// the key slots of the accounts.
class OfficersDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { Username, FullName, Roles, State, ColumnCount };

    OfficersDialog(OfficerRepository &officers, Officer administrator, QWidget *parent = nullptr);

    void reload();
    void addOfficer();
    void editRoles();
    void toggleActive();
    void resetPassword();
    void selectUsername(const QString &username);

    const QList<Officer> &officers() const { return m_list; }

    // Tests fill the account form from inside its modal loop with this (it runs instead of exec).
    using FormRunner = std::function<int(OfficerFormDialog &)>;
    void setFormRunner(FormRunner runner) { m_formRunner = std::move(runner); }

private:
    const Officer *selected() const;
    // Runs the form until the repository accepts what it holds (save returns an empty string) or
    // the administrator cancels.
    bool runForm(OfficerFormDialog &form, const std::function<QString()> &save);
    void showMessage(const QString &text, bool error);
    void updateButtons();

    OfficerRepository &m_officers;
    Officer m_administrator;
    QList<Officer> m_list;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_roles;
    QPushButton *m_active;
    QPushButton *m_password;
    QLabel *m_message;
    FormRunner m_formRunner;
};

} // namespace motcua::desktop

#pragma once

#include "domain/Officer.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace motcua::desktop {

// One officer's account as the administrator types it: a new account (username, full name,
// password, roles), the roles of an existing one, or a new password. Fields are checked where
// they are typed (OfficerRepository's rules); the dialog only collects, the officers screen saves.
class OfficerFormDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Roles, Password };

    OfficerFormDialog(Mode mode, const Officer &officer, QWidget *parent = nullptr);

    Officer officer() const; // the typed values over the officer given
    QString password() const;
    // Shows a refusal from the repository and keeps the dialog open.
    void showError(const QString &message);

    void accept() override;

private:
    void check();

    Mode m_mode;
    Officer m_officer;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    QLabel *m_error;
};

} // namespace motcua::desktop

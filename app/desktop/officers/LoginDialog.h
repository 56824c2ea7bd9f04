#pragma once

#include "domain/Officer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {
class OfficerRepository;
}

namespace motcua::desktop {

// Who works at the desk now. Also the lock screen after idle time: then the username is fixed
// to the officer whose session is locked.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(OfficerRepository &officers, QWidget *parent = nullptr);

    enum class LockReason { Idle, ByHand };

    // Lock mode: only this officer's password unlocks; the text says why the desk is locked. The
    // other button logs the officer out (another may log in): a lock never quits the program.
    void lockFor(const Officer &officer, LockReason reason = LockReason::Idle);
    void accept() override;
    const Officer &officer() const { return m_officer; }

private:
    OfficerRepository &m_officers;
    QLabel *m_intro;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_cancel;
    Officer m_officer;
    bool m_locked = false;
};

} // namespace motcua::desktop

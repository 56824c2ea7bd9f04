#pragma once

#include "vault/RecoveryKey.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace motcua::desktop {

// Opens an encrypted data folder before anything else is read (docs/encryption.md): an officer's
// username and password unwrap the data key; or, when nobody remembers a password, the
// administrator types the recovery key from the safe and sets a new password for his account.
// In conversion mode it asks an administrator of an older, clear folder to turn encryption on.
class UnlockDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Unlock, Convert };
    UnlockDialog(QString dataDir, Mode mode, QWidget *parent = nullptr);

    void accept() override;

    QString username() const;
    QString password() const; // the password that unlocked, or the new one after a recovery
    bool usedRecoveryKey() const { return m_recovering; }
    // Conversion mode: the recovery key made for the converted folder (to show once).
    const std::optional<vault::RecoveryKey> &newRecoveryKey() const { return m_newRecovery; }

private:
    void showRecovery();

    QString m_dataDir;
    Mode m_mode;
    bool m_recovering = false;
    QLabel *m_intro;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QWidget *m_recoveryBox;
    QLineEdit *m_recoveryKey;
    QLineEdit *m_newPassword;
    QPushButton *m_recoveryButton;
    QLabel *m_error;
    QString m_acceptedPassword;
    std::optional<vault::RecoveryKey> m_newRecovery;
};

} // namespace motcua::desktop

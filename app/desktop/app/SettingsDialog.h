#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace motcua::desktop {

class DeskSession;

// Language (restart to apply), idle lock minutes (the store's session policy, for every officer:
// needs the "change settings" permission), province server, and what the forms print about the
// agency.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(DeskSession &session, QWidget *parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }
    int idleLockMinutes() const;

private:
    DeskSession &m_session;
    QComboBox *m_language;
    QSpinBox *m_idleLock;
    QLineEdit *m_server;
    QLineEdit *m_agency;
    QLineEdit *m_commune;
    QLineEdit *m_province;
    QLineEdit *m_returnPlace;
    QLabel *m_error;
    bool m_languageChanged = false;
};

} // namespace motcua::desktop

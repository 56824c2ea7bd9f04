#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace motcua {
class Database;
}

namespace motcua::desktop {

// The administrator sets up the commune this installation serves: its official 5-digit code (the
// agency part of every dossier code, so it is asked before the first dossier) and the names
// printed on the forms. Stored for the whole store (CommuneProfile); an enrolled desk keeps the
// code the province gave it.
class CommuneSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CommuneSetupDialog(Database &database, QWidget *parent = nullptr);

    void accept() override;

private:
    void checkCode();

    Database &m_database;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_agency;
    QLineEdit *m_province;
    QLineEdit *m_returnPlace;
    QLabel *m_error;
};

} // namespace motcua::desktop

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace motcua::desktop {

class DeskContext;

// Enrollment: the province server's address and the one-time code the administrator gave.
class EnrollDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EnrollDialog(DeskContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    DeskContext &m_context;
    QLineEdit *m_server;
    QLineEdit *m_code;
    QLabel *m_error;
};

} // namespace motcua::desktop

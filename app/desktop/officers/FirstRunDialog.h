#pragma once

#include "domain/Officer.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace motcua {
class OfficerRepository;
}

namespace motcua::desktop {

// The first start of a desk: create the administrator, who then adds the other officers.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(OfficerRepository &officers, QWidget *parent = nullptr);

    void accept() override;
    const Officer &administrator() const { return m_created; }

private:
    OfficerRepository &m_officers;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    Officer m_created;
};

} // namespace motcua::desktop

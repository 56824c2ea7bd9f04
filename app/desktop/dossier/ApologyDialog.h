#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QPlainTextEdit;

namespace motcua {
class WorkCalendar;
}

namespace motcua::desktop {

// Form 04: the reason for the delay and the new appointment (a working day after the old one).
class ApologyDialog final : public QDialog
{
    Q_OBJECT

public:
    ApologyDialog(const WorkCalendar &calendar, const QDate &dueDate, QWidget *parent = nullptr);

    QString reason() const;
    QDate newDueDate() const;

private:
    QDateEdit *m_date;
    QPlainTextEdit *m_reason;
};

} // namespace motcua::desktop

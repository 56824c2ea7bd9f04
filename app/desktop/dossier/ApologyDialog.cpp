#include "ApologyDialog.h"

#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace motcua::desktop {

ApologyDialog::ApologyDialog(const WorkCalendar &calendar, const QDate &dueDate, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("apologyDialog"));
    setWindowTitle(tr("Apology and new date (form 04)"));
    const QDate today = VietnamTime::now().date();
    const QDate earliest = calendar.addWorkingDays(std::max(dueDate, today), 1);
    m_date->setObjectName(QStringLiteral("apologyNewDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(earliest);
    m_date->setDate(earliest);
    m_reason->setObjectName(QStringLiteral("apologyReason"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&New date:"), m_date);
    form->addRow(tr("&Reason for the delay:"), m_reason);
    form->addRow(buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ApologyDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate ApologyDialog::newDueDate() const
{
    return m_date->date();
}

} // namespace motcua::desktop

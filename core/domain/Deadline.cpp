#include "Deadline.h"

#include "VietnamTime.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua {

namespace Deadline {

QDate dueDate(const WorkCalendar &calendar, const QDateTime &receivedAt, int workingDays, QTime cutoff)
{
    if (!receivedAt.isValid())
        return {};
    const QDateTime local = VietnamTime::toVietnam(receivedAt);
    const QDate receiptDay = local.date();
    if (!calendar.isWorkingDay(receiptDay)) {
        // Received on a Saturday desk or a holiday: as if received when the next working day
        // opens, so the cutoff does not apply.
        return calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(receiptDay), std::max(workingDays, 0));
    }
    if (workingDays <= 0)
        return local.time() > cutoff ? calendar.addWorkingDays(receiptDay, 1) : receiptDay;
    return calendar.addWorkingDays(receiptDay, workingDays);
}

int pausedWorkingDays(const WorkCalendar &calendar, const QDateTime &pausedAt, const QDateTime &resumedAt)
{
    if (!pausedAt.isValid() || !resumedAt.isValid())
        return 0;
    return calendar.workingDaysBetween(VietnamTime::legalDate(pausedAt), VietnamTime::legalDate(resumedAt));
}

} // namespace Deadline

QString timelinessKey(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Early:
        return QStringLiteral("early");
    case Timeliness::OnTime:
        return QStringLiteral("on_time");
    case Timeliness::Late:
        return QStringLiteral("late");
    }
    return {};
}

QString timelinessLabel(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Early:
        return QCoreApplication::translate("motcua::Timeliness", "Early");
    case Timeliness::OnTime:
        return QCoreApplication::translate("motcua::Timeliness", "On time");
    case Timeliness::Late:
        return QCoreApplication::translate("motcua::Timeliness", "Late");
    }
    return {};
}

std::optional<Timeliness> timeliness(
    DossierStatus status, const QDate &dueDate, const QDateTime &doneAt, const QDate &today)
{
    if (!dueDate.isValid())
        return std::nullopt;
    const bool completed = status == DossierStatus::Done || status == DossierStatus::Returned;
    if (completed) {
        // Without its completion time a finished dossier cannot be judged.
        if (!doneAt.isValid())
            return std::nullopt;
        const QDate doneDay = VietnamTime::legalDate(doneAt);
        if (doneDay < dueDate)
            return Timeliness::Early;
        return doneDay == dueDate ? Timeliness::OnTime : Timeliness::Late;
    }
    if (isOpen(status)) {
        if (!today.isValid())
            return std::nullopt;
        return today > dueDate ? Timeliness::Late : Timeliness::OnTime;
    }
    return std::nullopt;
}

} // namespace motcua

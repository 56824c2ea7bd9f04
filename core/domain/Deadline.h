#pragma once

#include "DossierStatus.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace motcua {

// The statutory deadline rules (DOMAIN.md; issue "Due date").
namespace Deadline {

// Same-day procedures received after this time are due the next working day.
inline QTime sameDayCutoff()
{
    return QTime(15, 0);
}

// The due date of a dossier received at receivedAt (any zone; its Vietnam legal date counts).
// A receipt on a non-working day counts as a receipt on the next working day. For n > 0 the
// n-th working day after the day of receipt; for n == 0 the day of receipt, or the next working
// day when received after the cutoff.
QDate dueDate(
    const WorkCalendar &calendar, const QDateTime &receivedAt, int workingDays, QTime cutoff = sameDayCutoff());

// Working days the clock stood still for a pause from pausedAt to resumedAt: the working days
// after the legal date of pausedAt up to and including that of resumedAt. Added to the due date
// when the dossier resumes.
int pausedWorkingDays(const WorkCalendar &calendar, const QDateTime &pausedAt, const QDateTime &resumedAt);

} // namespace Deadline

// Early / on time / late: derived from the due date and the completion time, never stored.
enum class Timeliness {
    Early, // completed before the due date
    OnTime, // completed on the due date, or still open and not past it
    Late, // completed after the due date, or still open past it
};

QString timelinessKey(Timeliness timeliness); // "early", "on_time", "late"
QString timelinessLabel(Timeliness timeliness); // "Sớm hạn", … in the UI language

// For a dossier that ended without a result (refused, withdrawn, stopped) there is nothing to
// judge: nullopt. A paused dossier is judged against its due date like any open one.
std::optional<Timeliness> timeliness(
    DossierStatus status, const QDate &dueDate, const QDateTime &doneAt, const QDate &today);

} // namespace motcua

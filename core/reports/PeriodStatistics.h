#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// The counts of the periodic report a commune sends to the province (Decree 61/2018, the one-stop
// desk's monthly, quarterly and yearly report): what was on hand during the period and what became
// of it by the period's last day. Every dossier on hand is counted exactly once in outcome terms:
//   onHand() = carriedOver + received = doneEarly + doneOnTime + doneLate + ended + openNotDue + openOverdue
struct StatisticsCounts
{
    qint64 carriedOver = 0; // received before the period and still open when it began
    qint64 received = 0; // received during the period
    qint64 doneEarly = 0; // result ready during the period, before the due date
    qint64 doneOnTime = 0; // result ready on the due date
    qint64 doneLate = 0; // result ready after the due date
    qint64 ended = 0; // refused, withdrawn or stopped during the period
    qint64 openNotDue = 0; // still open at the period's end, due on its last day or later
    qint64 openOverdue = 0; // still open at the period's end, due before its last day

    qint64 onHand() const { return carriedOver + received; }
    qint64 done() const { return doneEarly + doneOnTime + doneLate; }
    qint64 open() const { return openNotDue + openOverdue; }
    // Share of the results that were ready by the due date, in percent; -1 when nothing was done.
    double onTimePercent() const;

    StatisticsCounts &operator+=(const StatisticsCounts &other);
    bool operator==(const StatisticsCounts &other) const = default;
};

// One line of a breakdown: a sector, a procedure or an officer.
struct StatisticsLine
{
    QString key; // sector name, procedure code, officer as recorded in the events
    QString label; // what a reader sees: the sector, "code name", the officer
    StatisticsCounts counts;
};

struct PeriodStatistics
{
    QDate from;
    QDate to;
    StatisticsCounts total;
    QList<StatisticsLine> bySector; // largest onHand first
    QList<StatisticsLine> byProcedure;
    // The officer who last acted on the dossier by the period's end: who finished it, or who
    // holds it now.
    QList<StatisticsLine> byOfficer;
};

// Computes the report from the local store in one pass over the dossiers on hand in the period.
// Dates are Vietnamese calendar dates (the store keeps times with their +07:00 offset).
// Errors: "report.period" (from after to, or a null date) and store errors.
Result<PeriodStatistics> computeStatistics(Database &database, const QDate &from, const QDate &to);

} // namespace motcua

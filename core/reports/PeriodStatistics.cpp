#include "PeriodStatistics.h"

#include "ReportPeriod.h"

#include "domain/DossierStatus.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::Reports", text);
}

// A dossier's outcome as of the period's end, decided once and added to every breakdown.
struct Outcome
{
    bool carriedOver = false;
    StatisticsCounts counts;
};

QList<StatisticsLine> sortedLines(QHash<QString, StatisticsLine> lines)
{
    QList<StatisticsLine> sorted = lines.values();
    std::sort(sorted.begin(), sorted.end(), [](const StatisticsLine &a, const StatisticsLine &b) {
        if (a.counts.onHand() != b.counts.onHand())
            return a.counts.onHand() > b.counts.onHand();
        return a.key < b.key;
    });
    return sorted;
}

void addTo(
    QHash<QString, StatisticsLine> &lines, const QString &key, const QString &label, const StatisticsCounts &counts)
{
    StatisticsLine &line = lines[key];
    if (line.key.isEmpty() && line.label.isEmpty()) {
        line.key = key;
        line.label = label;
    }
    line.counts += counts;
}

QDate dateOf(const QVariant &isoTime)
{
    // Times are stored as "YYYY-MM-DDThh:mm:ss+07:00": the first ten characters are the
    // Vietnamese calendar date.
    return isoTime.isNull() ? QDate() : QDate::fromString(isoTime.toString().left(10), Qt::ISODate);
}

} // namespace

double StatisticsCounts::onTimePercent() const
{
    const qint64 finished = done();
    return finished == 0 ? -1.0 : 100.0 * static_cast<double>(doneEarly + doneOnTime) / static_cast<double>(finished);
}

StatisticsCounts &StatisticsCounts::operator+=(const StatisticsCounts &other)
{
    carriedOver += other.carriedOver;
    received += other.received;
    doneEarly += other.doneEarly;
    doneOnTime += other.doneOnTime;
    doneLate += other.doneLate;
    ended += other.ended;
    openNotDue += other.openNotDue;
    openOverdue += other.openOverdue;
    return *this;
}

Result<PeriodStatistics> computeStatistics(Database &database, const QDate &from, const QDate &to)
{
    if (Status period = checkReportPeriod(from, to); !period)
        return period.error();
    // The dossiers on hand: received by the period's last day, and not finished (result ready, or
    // refused / withdrawn / stopped) before its first day. The end of a dossier without a result
    // is the time of the event that ended it.
    const QString fromText = from.toString(Qt::ISODate);
    const QString afterTo = to.addDays(1).toString(Qt::ISODate);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT d.received_at, d.due_date, d.done_at, d.status, d.procedure_code,
               coalesce(p.name, ''), coalesce(nullif(p.sector, ''), ?),
               (SELECT max(e.at) FROM dossier_events e WHERE e.dossier_id = d.id
                   AND (e.to_status = 'refused' OR e.to_status = 'withdrawn' OR e.to_status = 'stopped')),
               (SELECT e.actor FROM dossier_events e WHERE e.dossier_id = d.id AND e.at < ?
                   ORDER BY e.at DESC LIMIT 1)
        FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code
        WHERE d.received_at < ? AND (d.done_at IS NULL OR d.done_at >= ?))"));
    query.addBindValue(tr("(no sector)"));
    query.addBindValue(afterTo);
    query.addBindValue(afterTo);
    query.addBindValue(fromText);
    if (!query.exec())
        return makeError(QStringLiteral("store.query"), query.lastError().text());

    PeriodStatistics report;
    report.from = from;
    report.to = to;
    QHash<QString, StatisticsLine> sectors;
    QHash<QString, StatisticsLine> procedures;
    QHash<QString, StatisticsLine> officers;
    while (query.next()) {
        const QDate received = dateOf(query.value(0));
        const QDate due = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const QDate doneOn = dateOf(query.value(2));
        const QDate endedOn = dateOf(query.value(7));
        if (endedOn.isValid() && endedOn < from && !doneOn.isValid())
            continue; // refused, withdrawn or stopped before the period
        StatisticsCounts counts;
        (received < from ? counts.carriedOver : counts.received) = 1;
        if (doneOn.isValid() && doneOn <= to) {
            (doneOn < due ? counts.doneEarly : doneOn == due ? counts.doneOnTime : counts.doneLate) = 1;
        } else if (endedOn.isValid() && endedOn <= to && !doneOn.isValid()) {
            counts.ended = 1;
        } else {
            (due < to ? counts.openOverdue : counts.openNotDue) = 1;
        }
        report.total += counts;
        const QString sector = query.value(6).toString();
        const QString code = query.value(4).toString();
        const QString name = query.value(5).toString();
        const QString officer = query.value(8).toString();
        addTo(sectors, sector, sector, counts);
        addTo(procedures, code, name.isEmpty() ? code : code + QLatin1Char(' ') + name, counts);
        addTo(officers, officer, officer.isEmpty() ? tr("(unknown)") : officer, counts);
    }
    if (query.lastError().isValid())
        return makeError(QStringLiteral("store.query"), query.lastError().text());
    report.bySector = sortedLines(std::move(sectors));
    report.byProcedure = sortedLines(std::move(procedures));
    report.byOfficer = sortedLines(std::move(officers));
    return report;
}

} // namespace motcua

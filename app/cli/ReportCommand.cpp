#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "domain/VietnamTime.h"
#include "reports/DossierRegister.h"
#include "reports/PeriodStatistics.h"
#include "reports/ReportWorkbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("motcua::cli", text, nullptr, n);
}

QJsonObject countsJson(const StatisticsCounts &c)
{
    return QJsonObject{{QStringLiteral("carried_over"), c.carriedOver}, {QStringLiteral("received"), c.received},
        {QStringLiteral("on_hand"), c.onHand()}, {QStringLiteral("done_early"), c.doneEarly},
        {QStringLiteral("done_on_time"), c.doneOnTime}, {QStringLiteral("done_late"), c.doneLate},
        {QStringLiteral("ended"), c.ended}, {QStringLiteral("open_not_due"), c.openNotDue},
        {QStringLiteral("open_overdue"), c.openOverdue},
        {QStringLiteral("on_time_percent"),
            c.onTimePercent() < 0 ? QJsonValue() : QJsonValue(qRound(c.onTimePercent() * 10.0) / 10.0)}};
}

QJsonArray linesJson(const QList<StatisticsLine> &lines)
{
    QJsonArray array;
    for (const StatisticsLine &line : lines) {
        QJsonObject object = countsJson(line.counts);
        object.insert(QStringLiteral("key"), line.key);
        object.insert(QStringLiteral("label"), line.label);
        array.append(object);
    }
    return array;
}

QString countsLine(const QString &label, const StatisticsCounts &c)
{
    const double percent = c.onTimePercent();
    return tr("%1: on hand %2 (carried over %3, received %4); done %5 (early %6, on time %7, late %8); "
              "refused/withdrawn/stopped %9; open %10 (overdue %11); on time %12")
        .arg(label)
        .arg(c.onHand())
        .arg(c.carriedOver)
        .arg(c.received)
        .arg(c.done())
        .arg(c.doneEarly)
        .arg(c.doneOnTime)
        .arg(c.doneLate)
        .arg(c.ended)
        .arg(c.open())
        .arg(c.openOverdue)
        .arg(percent < 0 ? QStringLiteral("–") : QString::number(percent, 'f', 1) + QLatin1Char('%'));
}

// The period options every report takes. Returns false after printing the problem.
bool readPeriod(CliContext &context, const ArgParser &parser, QDate *from, QDate *to, int *exitCode)
{
    *from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    *to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from->isValid() || !to->isValid()) {
        *exitCode = context.fail(tr("give the period as --from YYYY-MM-DD --to YYYY-MM-DD"));
        return false;
    }
    return true;
}

void addPeriodOptions(ArgParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("First day of the period."), tr("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last day of the period."), tr("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("xlsx"), tr("Also write the workbook to FILE."), tr("file")));
    parser.addJsonOption();
}

int runStatistics(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli report statistics --from DATE --to DATE [--xlsx FILE] [--json]"),
        tr("The periodic report for the province: dossiers on hand and what became of them, by sector, "
           "procedure and officer."));
    addPeriodOptions(parser);
    int exitCode = 0;
    QDate from;
    QDate to;
    if (!parser.parse(context, args, &exitCode) || !readPeriod(context, parser, &from, &to, &exitCode))
        return exitCode;
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto report = computeStatistics(**db, from, to);
    if (!report)
        return context.fail(report.error());
    if (parser.isSet(QStringLiteral("xlsx"))) {
        QString commune = (*db)->meta(QStringLiteral("commune_name"));
        if (commune.isEmpty())
            commune = tr("Commune %1").arg((*db)->meta(QStringLiteral("commune_code")));
        if (Status written = ReportWorkbook::writeStatistics(*report, commune, parser.value(QStringLiteral("xlsx")));
            !written)
            return context.fail(written.error());
    }
    if (parser.json()) {
        QJsonObject object{{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)}, {QStringLiteral("total"), countsJson(report->total)},
            {QStringLiteral("by_sector"), linesJson(report->bySector)},
            {QStringLiteral("by_procedure"), linesJson(report->byProcedure)},
            {QStringLiteral("by_officer"), linesJson(report->byOfficer)}};
        context.printJson(QJsonDocument(object));
        return 0;
    }
    context.out() << countsLine(
        tr("Total %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)), report->total)
                  << Qt::endl;
    for (const auto &[title, lines] : {std::pair{tr("By sector"), &report->bySector},
             std::pair{tr("By procedure"), &report->byProcedure}, std::pair{tr("By officer"), &report->byOfficer}}) {
        context.out() << Qt::endl << title << Qt::endl;
        for (const StatisticsLine &line : *lines)
            context.out() << QStringLiteral("  ") << countsLine(line.label, line.counts) << Qt::endl;
    }
    return 0;
}

int runRegister(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli report register --from DATE --to DATE [--xlsx FILE] [--json]"),
        tr("The dossier register (form 06) for the dossiers received in a period."));
    addPeriodOptions(parser);
    int exitCode = 0;
    QDate from;
    QDate to;
    if (!parser.parse(context, args, &exitCode) || !readPeriod(context, parser, &from, &to, &exitCode))
        return exitCode;
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    const QDate today = VietnamTime::legalDate(QDateTime::currentDateTimeUtc());
    if (parser.isSet(QStringLiteral("xlsx"))) {
        auto written = ReportWorkbook::writeRegister(**db, from, to, today, parser.value(QStringLiteral("xlsx")));
        if (!written)
            return context.fail(written.error());
        if (!parser.json()) {
            context.out() << tr("%n row(s) written to %1", *written).arg(parser.value(QStringLiteral("xlsx")))
                          << Qt::endl;
            return 0;
        }
    }
    QJsonArray rows;
    const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(VietnamTime::toIso(t)) : QJsonValue(); };
    const Status walked = forEachRegisterRow(**db, from, to, today, [&](const RegisterRow &r) {
        if (parser.json()) {
            rows.append(QJsonObject{{QStringLiteral("number"), r.number}, {QStringLiteral("code"), r.code},
                {QStringLiteral("procedure_code"), r.procedureCode}, {QStringLiteral("procedure"), r.procedureName},
                {QStringLiteral("applicant_name"), r.applicantName}, {QStringLiteral("address"), r.applicantAddress},
                {QStringLiteral("received_at"), time(r.receivedAt)},
                {QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("handed_over_at"), time(r.handedOverAt)}, {QStringLiteral("done_at"), time(r.doneAt)},
                {QStringLiteral("returned_at"), time(r.returnedAt)}, {QStringLiteral("status"), r.status},
                {QStringLiteral("timeliness"), r.timeliness.isEmpty() ? QJsonValue() : QJsonValue(r.timeliness)},
                {QStringLiteral("note"), r.note}});
        } else {
            context.out() << QStringLiteral("%1  %2  %3  %4  due %5  %6%7")
                                 .arg(r.number, 4)
                                 .arg(r.code, r.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                     r.applicantName, r.dueDate.toString(Qt::ISODate), r.status,
                                     r.timeliness.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.timeliness))
                          << Qt::endl;
        }
    });
    if (!walked)
        return context.fail(walked.error());
    if (parser.json())
        context.printJson(QJsonDocument(rows));
    return 0;
}

} // namespace

// report statistics | register: the reports a data clerk sends to the province.
int runReport(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("statistics")) {
        // As on the desk: the statistics are for those who report to the province; the register
        // (form 06) is printed by any officer.
        if (auto allowed = context.require(Permission::ExportReports); !allowed)
            return context.fail(allowed.error());
        return runStatistics(context, args.mid(1));
    }
    if (sub == QLatin1String("register"))
        return runRegister(context, args.mid(1));
    return context.fail(tr("report needs a subcommand: statistics or register"));
}

} // namespace motcua::cli

// motcua-cli duplicates: dossiers probably received twice, and the clerk's merge or dismissal
// (core/store/DuplicateFinder).
#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "domain/VietnamTime.h"
#include "store/DuplicateFinder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QJsonObject sideJson(const DuplicateSide &side)
{
    return QJsonObject{{QStringLiteral("id"), side.id}, {QStringLiteral("code"), side.code},
        {QStringLiteral("applicant_name"), side.applicantName}, {QStringLiteral("citizen_id"), side.citizenId},
        {QStringLiteral("status"), statusKey(side.status)},
        {QStringLiteral("received_at"), VietnamTime::toIso(side.receivedAt)}};
}

std::optional<int> intOption(
    CliContext &context, const ArgParser &parser, const QString &name, int fallback, int *exitCode)
{
    if (!parser.isSet(name))
        return fallback;
    bool isNumber = false;
    const int value = parser.value(name).toInt(&isNumber);
    if (!isNumber || value < 0) {
        *exitCode = context.fail(tr("--%1 needs a whole number of 0 or more").arg(name));
        return std::nullopt;
    }
    return value;
}

int runList(CliContext &context, const QStringList &args)
{
    ArgParser parser(
        QStringLiteral("motcua-cli duplicates list [--window-days N] [--max-distance N] [--limit N] [--json]"),
        tr("List dossiers of the same procedure received close together for the same citizen ID or a "
           "near-equal name."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("window-days"), tr("Days between two receipts at most (default 30)."), tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("max-distance"),
        tr("Letters that may differ between two names, accents aside (default 2)."), tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N pairs (default 1000)."), tr("N")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return context.fail(tr("unexpected argument '%1'").arg(parser.positional().first()));
    DuplicateOptions options;
    const auto window = intOption(context, parser, QStringLiteral("window-days"), options.windowDays, &exitCode);
    if (!window)
        return exitCode;
    const auto distance
        = intOption(context, parser, QStringLiteral("max-distance"), options.maxNameDistance, &exitCode);
    if (!distance)
        return exitCode;
    const auto limit = intOption(context, parser, QStringLiteral("limit"), options.maxPairs, &exitCode);
    if (!limit)
        return exitCode;
    if (*limit < 1)
        return context.fail(tr("--limit needs a whole number above 0"));
    options.windowDays = *window;
    options.maxNameDistance = *distance;
    options.maxPairs = *limit;

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto pairs = DuplicateFinder(**db, context.actor()).find(options);
    if (!pairs)
        return context.fail(pairs.error());
    if (pairs->size() >= options.maxPairs) {
        context.err() << tr("motcua-cli: the list stops at %1 pairs: there may be more (narrow --window-days or "
                            "--max-distance, or raise --limit)")
                             .arg(options.maxPairs)
                      << Qt::endl;
    }
    if (parser.json()) {
        QJsonArray array;
        for (const DuplicatePair &pair : std::as_const(*pairs)) {
            array.append(QJsonObject{{QStringLiteral("procedure_code"), pair.procedureCode},
                {QStringLiteral("first"), sideJson(pair.first)}, {QStringLiteral("second"), sideJson(pair.second)},
                {QStringLiteral("same_citizen_id"), pair.sameCitizenId},
                {QStringLiteral("name_distance"), pair.nameDistance < 0 ? QJsonValue() : QJsonValue(pair.nameDistance)},
                {QStringLiteral("days_apart"), pair.daysApart}});
        }
        context.printJson(QJsonDocument(array));
        return 0;
    }
    QTextStream &out = context.out();
    if (pairs->isEmpty()) {
        out << tr("No probable duplicates.") << Qt::endl;
        return 0;
    }
    for (const DuplicatePair &pair : std::as_const(*pairs)) {
        QStringList why;
        if (pair.sameCitizenId)
            why << tr("same citizen ID");
        if (pair.nameDistance >= 0)
            why << tr("names %1 letter(s) apart").arg(pair.nameDistance);
        out << QStringLiteral("%1  %2 (%3)  %4 (%5)  %6  [%7]")
                   .arg(pair.procedureCode, pair.first.code, pair.first.applicantName, pair.second.code,
                       pair.second.applicantName, tr("%1 day(s) apart").arg(pair.daysApart),
                       why.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return 0;
}

int runDecision(CliContext &context, const QStringList &args, bool merge)
{
    ArgParser parser(merge ? QStringLiteral("motcua-cli duplicates merge KEEP OTHER [--note TEXT] [--json]")
                           : QStringLiteral("motcua-cli duplicates dismiss A B [--note TEXT] [--json]"),
        merge ? tr("Merge OTHER into KEEP: its history moves to KEEP and it is withdrawn.")
              : tr("Mark two dossiers as not duplicates: the pair is not listed again."));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("Why, for the dossiers' history."), tr("text")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 2)
        return context.fail(merge ? tr("duplicates merge needs two dossiers: KEEP OTHER")
                                  : tr("duplicates dismiss needs two dossiers"));
    if (auto allowed = context.require(Permission::ResolveConflicts); !allowed)
        return context.fail(allowed.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    DuplicateFinder finder(**db, context.actor());
    const QString first = parser.positional().at(0);
    const QString second = parser.positional().at(1);
    const QString note = parser.value(QStringLiteral("note"));
    if (merge) {
        auto merged = finder.merge(first, second, note);
        if (!merged)
            return context.fail(merged.error());
        if (parser.json()) {
            context.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("kept"), merged->keptCode}, {QStringLiteral("merged"), merged->mergedCode},
                    {QStringLiteral("events_moved"), merged->eventsMoved}}));
        } else {
            context.out() << tr("%1 merged into %2 (%3 event(s) moved); %1 is withdrawn.")
                                 .arg(merged->mergedCode, merged->keptCode)
                                 .arg(merged->eventsMoved)
                          << Qt::endl;
        }
        return 0;
    }
    if (auto dismissed = finder.dismiss(first, second, note); !dismissed)
        return context.fail(dismissed.error());
    if (parser.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("dismissed"), QJsonArray{first, second}}}));
    else
        context.out() << tr("%1 and %2 are marked as not duplicates.").arg(first, second) << Qt::endl;
    return 0;
}

} // namespace

int runDuplicates(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("merge"))
        return runDecision(context, rest, true);
    if (sub == QLatin1String("dismiss"))
        return runDecision(context, rest, false);
    return context.fail(tr("usage: motcua-cli duplicates list [--window-days N] [--json] | merge KEEP OTHER | "
                           "dismiss A B"));
}

} // namespace motcua::cli

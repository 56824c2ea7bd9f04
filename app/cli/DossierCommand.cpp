#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"
#include "JsonViews.h"

#include "domain/Deadline.h"
#include "domain/VietnamTime.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"
#include "store/ScanUploads.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QString statusKeys()
{
    QStringList keys;
    for (DossierStatus status : allStatuses())
        keys << statusKey(status);
    return keys.join(QStringLiteral(", "));
}

// Opens the store and the calendar a dossier command needs; prints the error otherwise.
struct Desk
{
    Database *database = nullptr;
    WorkCalendar calendar;
};

std::optional<Desk> openDesk(CliContext &context, int *exitCode)
{
    auto db = context.database();
    if (!db) {
        *exitCode = context.fail(db.error());
        return std::nullopt;
    }
    auto calendar = context.workCalendar();
    if (!calendar) {
        *exitCode = context.fail(calendar.error());
        return std::nullopt;
    }
    return Desk{*db, std::move(calendar).value()};
}

std::optional<QDateTime> timeOption(CliContext &context, const ArgParser &parser, const QString &name, int *exitCode)
{
    if (!parser.isSet(name))
        return QDateTime();
    const auto time = VietnamTime::parseIso(parser.value(name));
    if (!time) {
        *exitCode = context.fail(tr("--%1 needs a date or time in ISO 8601, e.g. 2026-11-23T09:30").arg(name));
        return std::nullopt;
    }
    return *time;
}

int runReceive(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli dossier receive --procedure CODE --applicant-name NAME --citizen-id ID "
                                    "[--phone P] [--address A] [--email E] [--received-at ISO8601] "
                                    "[--document TITLE[=FILE]]... [--json]"),
        tr("Receive a citizen's dossier: gives it its code and due date, records who received it."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("procedure"), tr("Procedure code (old codes work too)."), tr("code")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("applicant-name"), tr("The applicant's full name."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("citizen-id"), tr("The 12-digit citizen ID."), tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("phone"), tr("Phone number."), tr("phone")));
    parser.addOption(QCommandLineOption(QStringLiteral("address"), tr("Address."), tr("address")));
    parser.addOption(QCommandLineOption(QStringLiteral("email"), tr("E-mail address."), tr("email")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("received-at"), tr("Time of receipt (default: now)."), tr("time")));
    parser.addOption(QCommandLineOption(QStringLiteral("document"),
        tr("A document received, with the file of its scan if any (repeatable)."), tr("title=file")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    for (const char *required : {"procedure", "applicant-name", "citizen-id"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return context.fail(tr("dossier receive needs --%1").arg(QString::fromLatin1(required)));
    }
    if (!parser.positional().isEmpty())
        return context.fail(tr("unexpected argument '%1'").arg(parser.positional().first()));
    const auto receivedAt = timeOption(context, parser, QStringLiteral("received-at"), &exitCode);
    if (!receivedAt)
        return exitCode;
    if (auto allowed = context.require(Permission::ReceiveDossier); !allowed)
        return context.fail(allowed.error());

    ReceiveRequest request;
    request.procedureCode = parser.value(QStringLiteral("procedure")).trimmed();
    request.applicantName = parser.value(QStringLiteral("applicant-name"));
    request.citizenId = parser.value(QStringLiteral("citizen-id"));
    request.phone = parser.value(QStringLiteral("phone"));
    request.address = parser.value(QStringLiteral("address"));
    request.email = parser.value(QStringLiteral("email"));
    request.receivedAt = *receivedAt;
    for (const QString &document : parser.values(QStringLiteral("document"))) {
        // The title may itself hold '=': the file is what follows the last one.
        const int separator = document.lastIndexOf(QLatin1Char('='));
        ReceiveDocumentRequest item;
        item.title = separator < 0 ? document : document.left(separator);
        item.sourceFile = separator < 0 ? QString() : document.mid(separator + 1);
        if (separator >= 0 && item.sourceFile.isEmpty())
            return context.fail(tr("--document '%1' names no file after '='").arg(document));
        request.documents.append(item);
    }

    auto desk = openDesk(context, &exitCode);
    if (!desk)
        return exitCode;
    DossierRepository dossiers(*desk->database, desk->calendar, context.actor());
    const auto dossier = dossiers.receive(request);
    if (!dossier)
        return context.fail(dossier.error());

    if (parser.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), dossier->id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("code"), dossier->code}, {QStringLiteral("status"), statusKey(dossier->status)},
            {QStringLiteral("received_at"), VietnamTime::toIso(dossier->receivedAt)},
            {QStringLiteral("due_date"), dossier->dueDate.toString(Qt::ISODate)},
            {QStringLiteral("procedure_code"), dossier->procedureCode}}));
    } else {
        const auto procedure = ProcedureRepository(*desk->database).find(dossier->procedureCode);
        context.out() << tr("Received %1: %2, due %3")
                             .arg(dossier->code, procedure ? procedure->name : dossier->procedureCode,
                                 dossier->dueDate.toString(Qt::ISODate))
                      << Qt::endl;
    }
    return 0;
}

int runList(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli dossier list [--status S] [--late] [--open] [--applicant TEXT] "
                                    "[--citizen-id ID] [--procedure CODE] [--limit N] [--json]"),
        tr("List dossiers, the most urgent first."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("status"), tr("Only this status: %1.").arg(statusKeys()), tr("status")));
    parser.addOption(QCommandLineOption(QStringLiteral("late"),
        tr("Only late ones: open past the due date, or "
           "completed after it.")));
    parser.addOption(QCommandLineOption(QStringLiteral("open"), tr("Only dossiers still being handled.")));
    parser.addOption(QCommandLineOption(QStringLiteral("applicant"), tr("Words of the applicant's name."), tr("text")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("citizen-id"), tr("A citizen ID or its first digits."), tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("procedure"), tr("A procedure code."), tr("code")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N dossiers."), tr("N")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;

    DossierFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status)
            return context.fail(
                tr("unknown status '%1'; use one of: %2").arg(parser.value(QStringLiteral("status")), statusKeys()));
    }
    filter.onlyLate = parser.isSet(QStringLiteral("late"));
    filter.onlyOpen = parser.isSet(QStringLiteral("open"));
    filter.applicant = parser.value(QStringLiteral("applicant"));
    filter.citizenId = QString(parser.value(QStringLiteral("citizen-id"))).remove(QLatin1Char(' '));
    filter.procedureCode = parser.value(QStringLiteral("procedure"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool isNumber = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || filter.limit < 1)
            return context.fail(tr("--limit needs a whole number above 0"));
    }
    const QDate today = VietnamTime::now().date();
    filter.today = today;

    auto desk = openDesk(context, &exitCode);
    if (!desk)
        return exitCode;
    DossierRepository dossiers(*desk->database, desk->calendar, context.actor());

    // Streams: one dossier at a time goes from the query to stdout.
    QTextStream &out = context.out();
    bool first = true;
    if (parser.json())
        out << QLatin1Char('[');
    const Status status = dossiers.forEach(filter, [&](const Dossier &dossier) {
        if (parser.json()) {
            out << (first ? "\n" : ",\n")
                << QString::fromUtf8(QJsonDocument(dossierJson(dossier, today)).toJson(QJsonDocument::Compact));
        } else {
            const auto timeliness = motcua::timeliness(dossier.status, dossier.dueDate, dossier.doneAt, today);
            out << dossier.code << QStringLiteral("  ") << dossier.dueDate.toString(Qt::ISODate) << QStringLiteral("  ")
                << statusLabel(dossier.status)
                << (timeliness ? QStringLiteral(" (%1)").arg(timelinessLabel(*timeliness)) : QString())
                << QStringLiteral("  ") << dossier.applicantName << QStringLiteral("  ") << dossier.procedureCode
                << '\n';
        }
        first = false;
        return true;
    });
    if (!status) {
        if (parser.json())
            out << "\n]\n";
        return context.fail(status.error());
    }
    if (parser.json())
        out << (first ? "]\n" : "\n]\n");
    out.flush();
    return 0;
}

int runShow(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli dossier show ID|CODE [--json]"),
        tr("Show a dossier with its documents and its process-control record (events)."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("dossier show needs one dossier id or code"));
    auto desk = openDesk(context, &exitCode);
    if (!desk)
        return exitCode;
    DossierRepository dossiers(*desk->database, desk->calendar, context.actor());
    const auto dossier = dossiers.find(parser.positional().first().trimmed());
    if (!dossier)
        return context.fail(dossier.error());
    const auto events = dossiers.events(dossier->id);
    if (!events)
        return context.fail(events.error());
    const QDate today = VietnamTime::now().date();
    // The record may be at the province while its scans still crawl up (records before scans).
    const auto onTheWay = ScanUploads(*desk->database).onTheWay(dossier->id);
    if (!onTheWay)
        return context.fail(onTheWay.error());

    if (parser.json()) {
        QJsonObject json = dossierJson(*dossier, today);
        QJsonArray uploading;
        for (const ScanOnTheWay &scan : onTheWay.value()) {
            uploading.append(QJsonObject{{QStringLiteral("title"), scan.title}, {QStringLiteral("sha256"), scan.sha256},
                {QStringLiteral("size"), scan.size}, {QStringLiteral("sent"), scan.sent}});
        }
        json.insert(QStringLiteral("scans_on_the_way"), uploading);
        QJsonArray documents;
        for (const ReceivedDocument &document : dossier->documents) {
            documents.append(QJsonObject{{QStringLiteral("title"), document.title},
                {QStringLiteral("kind"), documentKindKey(document.kind)}, {QStringLiteral("count"), document.count},
                {QStringLiteral("attachment_sha256"),
                    document.attachmentSha256.isEmpty() ? QJsonValue() : QJsonValue(document.attachmentSha256)},
                {QStringLiteral("scan_pending"), document.isScanPending()},
                {QStringLiteral("pending_sha256"),
                    document.isScanPending() ? QJsonValue(document.pendingScanSha256) : QJsonValue()}});
        }
        QJsonArray pauses;
        for (const DossierPause &pause : dossier->pauses) {
            pauses.append(QJsonObject{{QStringLiteral("started_at"), VietnamTime::toIso(pause.startedAt)},
                {QStringLiteral("ended_at"),
                    pause.endedAt.isValid() ? QJsonValue(VietnamTime::toIso(pause.endedAt)) : QJsonValue()},
                {QStringLiteral("working_days"), pause.workingDays}});
        }
        QJsonArray eventList;
        for (const DossierEvent &event : events.value())
            eventList.append(eventJson(event));
        json.insert(QStringLiteral("documents"), documents);
        json.insert(QStringLiteral("pauses"), pauses);
        json.insert(QStringLiteral("events"), eventList);
        context.printJson(QJsonDocument(json));
        return 0;
    }

    QTextStream &out = context.out();
    const auto procedure = ProcedureRepository(*desk->database).find(dossier->procedureCode);
    const auto timeliness = motcua::timeliness(dossier->status, dossier->dueDate, dossier->doneAt, today);
    out << dossier->code << QStringLiteral("  ") << statusLabel(dossier->status)
        << (timeliness ? QStringLiteral(" (%1)").arg(timelinessLabel(*timeliness)) : QString()) << Qt::endl;
    out << tr("Procedure: %1 %2").arg(dossier->procedureCode, procedure ? procedure->name : QString()) << Qt::endl;
    out << tr("Applicant: %1, citizen ID %2").arg(dossier->applicantName, dossier->citizenId) << Qt::endl;
    if (!dossier->phone.isEmpty() || !dossier->address.isEmpty())
        out << tr("Contact: %1 %2").arg(dossier->phone, dossier->address).trimmed() << Qt::endl;
    out << tr("Received: %1   Due: %2")
               .arg(VietnamTime::toIso(dossier->receivedAt), dossier->dueDate.toString(Qt::ISODate))
        << Qt::endl;
    for (const ReceivedDocument &document : dossier->documents) {
        out << QStringLiteral("  - %1 (%2 × %3)%4")
                   .arg(document.title, documentKindLabel(document.kind))
                   .arg(document.count)
                   .arg(document.isScanPending()                 ? tr(", scan pending")
                           : document.attachmentSha256.isEmpty() ? QString()
                                                                 : tr(", scan attached"))
            << Qt::endl;
    }
    if (!onTheWay->isEmpty()) {
        out << tr("Scans still on the way to the province: %1").arg(onTheWay->size()) << Qt::endl;
        for (const ScanOnTheWay &scan : onTheWay.value()) {
            out << tr("  - %1: %2 of %3 bytes sent").arg(scan.title).arg(scan.sent).arg(scan.size) << Qt::endl;
        }
    }
    out << tr("Events:") << Qt::endl;
    for (const DossierEvent &event : events.value()) {
        out << QStringLiteral("  %1  %2 → %3  %4%5")
                   .arg(VietnamTime::toIso(event.at),
                       event.fromStatus ? statusLabel(*event.fromStatus) : QStringLiteral("—"),
                       statusLabel(event.toStatus), event.actor,
                       event.note.isEmpty() ? QString() : QStringLiteral(": ") + event.note)
            << Qt::endl;
    }
    return 0;
}

int runMove(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli dossier move ID|CODE STATUS [--note TEXT] [--at ISO8601] [--json]"),
        tr("Move a dossier to another status of the legal workflow (%1).").arg(statusKeys()));
    parser.addOption(QCommandLineOption(QStringLiteral("note"),
        tr("Why (required to refuse, stop or ask for a "
           "supplement)."),
        tr("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("at"), tr("When (default: now)."), tr("time")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 2)
        return context.fail(tr("dossier move needs a dossier id or code and a status"));
    const auto to = statusFromKey(parser.positional().at(1));
    if (!to)
        return context.fail(tr("unknown status '%1'; use one of: %2").arg(parser.positional().at(1), statusKeys()));
    if (auto allowed = context.requireMove(*to); !allowed)
        return context.fail(allowed.error());
    const auto at = timeOption(context, parser, QStringLiteral("at"), &exitCode);
    if (!at)
        return exitCode;
    auto desk = openDesk(context, &exitCode);
    if (!desk)
        return exitCode;
    DossierRepository dossiers(*desk->database, desk->calendar, context.actor());
    const auto moved
        = dossiers.move(parser.positional().first().trimmed(), *to, parser.value(QStringLiteral("note")), *at);
    if (!moved)
        return context.fail(moved.error());
    if (parser.json()) {
        context.printJson(QJsonDocument(dossierJson(*moved, VietnamTime::now().date())));
    } else {
        context.out() << tr("%1 is now: %2 (due %3)")
                             .arg(moved->code, statusLabel(moved->status), moved->dueDate.toString(Qt::ISODate))
                      << Qt::endl;
    }
    return 0;
}

int runReplaceScan(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli dossier replace-scan ID|CODE --document N --file PATH [--json]"),
        tr("Attach a new scan to one document of a dossier: one the province server refused, or the wrong paper. "
           "Sync sends it."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("document"), tr("The document's number, as `dossier show` lists them (1, 2, …)."), tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("file"), tr("The new scan."), tr("path")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("dossier replace-scan needs a dossier id or code"));
    bool numeric = false;
    const int number = parser.value(QStringLiteral("document")).toInt(&numeric);
    if (!numeric || number < 1)
        return context.fail(tr("--document needs the document's number, 1 or more"));
    if (parser.value(QStringLiteral("file")).isEmpty())
        return context.fail(tr("--file needs the path of the new scan"));
    if (auto allowed = context.require(Permission::ReceiveDossier); !allowed)
        return context.fail(allowed.error());
    auto desk = openDesk(context, &exitCode);
    if (!desk)
        return exitCode;
    DossierRepository dossiers(*desk->database, desk->calendar, context.actor());
    const auto replaced
        = dossiers.replaceScan(parser.positional().first().trimmed(), number - 1, parser.value(QStringLiteral("file")));
    if (!replaced)
        return context.fail(replaced.error());
    if (parser.json()) {
        context.printJson(QJsonDocument(dossierJson(*replaced, VietnamTime::now().date())));
    } else {
        context.out() << tr("%1: document %2 (%3) has a new scan; sync sends it.")
                             .arg(replaced->code)
                             .arg(number)
                             .arg(replaced->documents.at(number - 1).title)
                      << Qt::endl;
    }
    return 0;
}

} // namespace

int runDossier(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("receive"))
        return runReceive(context, rest);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("show"))
        return runShow(context, rest);
    if (sub == QLatin1String("move"))
        return runMove(context, rest);
    if (sub == QLatin1String("replace-scan"))
        return runReplaceScan(context, rest);
    return context.fail(tr("usage: motcua-cli dossier receive | list | show ID|CODE | move ID|CODE STATUS | "
                           "replace-scan ID|CODE --document N --file PATH"));
}

} // namespace motcua::cli

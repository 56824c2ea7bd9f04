// motcua-cli enroll | sync | status: the sync client (sync/client) from the command line.
//
//   enroll --server URL --code CODE [--ca FILE] [--name NAME] [--json]
//   sync [--json] [--watch] [--inactivity-timeout S] [--batch N] [--pull-limit N] [--min-backoff MS]
//        [--max-backoff S] [--idle-interval S] [--no-compress]
//   status [--json] [--offline]
//
// `sync` runs one full cycle and exits 0 only when it completed and no dossier's changes stand
// refused (exit 3 then: they are not on the server; 1 when the cycle failed); with --json it prints
// the SyncReport ({completed, pushed, duplicates, conflicts, rejected, pulled, blob_bytes_sent,
// pending, …, needs_attention: [{dossier_id, code, reason, problem, action, …}]}). `sync --watch` keeps syncing with
// backoff until SIGINT or SIGTERM, printing one line per cycle and progress lines (JSON lines with --json: {"event":
// "progress" | "cycle" | "waiting"}).
#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "client/Enroller.h"
#include "client/SyncEngine.h"
#include "domain/VietnamTime.h"
#include "store/Conflicts.h"
#include "store/Outbox.h"
#include "store/RemoteChanges.h"
#include "store/SyncAttention.h"
#include "store/SyncReasons.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(VietnamTime::toIso(at)) : QJsonValue();
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? VietnamTime::toIso(at) : tr("never");
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// SIGINT/SIGTERM end `sync --watch` through the event loop: the handler only writes a byte.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void printReport(CliContext &context, const sync::SyncReport &report)
{
    QTextStream &out = context.out();
    out << tr("pushed %1, duplicates %2, conflicts %3, rejected %4, pulled %5, blob bytes sent %6, pending %7")
               .arg(report.pushed)
               .arg(report.duplicates)
               .arg(report.conflicts)
               .arg(report.rejected)
               .arg(report.pulled)
               .arg(report.blobBytesSent)
               .arg(report.pendingOps)
        << Qt::endl;
    if (!report.completed)
        out << tr("not completed: %1").arg(report.error.message) << Qt::endl;
}

// Exit code of `sync` when the cycle completed but changes of some dossiers were refused: they are
// not on the server, so the run is not a success (docs: 0 done, 1 refused, 2 usage, 3 attention).
constexpr int kExitNeedsAttention = 3;

// Prints the dossiers whose changes the server refused, one line each with what to do. Returns
// how many there are (-1 when the list cannot be read: told as an error).
qint64 printAttention(CliContext &context, Database &database, bool json)
{
    auto dossiers = SyncAttention(database).list();
    if (!dossiers) {
        context.err() << dossiers.error().message << Qt::endl;
        return -1;
    }
    if (json || dossiers->isEmpty())
        return dossiers->size();
    QTextStream &out = context.out();
    out << tr("needs attention: %1 dossier(s) did not reach the province").arg(dossiers->size()) << Qt::endl;
    for (const DossierAttention &dossier : std::as_const(*dossiers)) {
        const SyncAdvice advice = SyncReasons::explain(dossier.reason, dossier.message);
        out << QStringLiteral("  ") << (dossier.code.isEmpty() ? dossier.dossierId : dossier.code)
            << QStringLiteral(" [") << dossier.reason << QStringLiteral("] ") << advice.problem << QStringLiteral(" ")
            << advice.action << Qt::endl;
    }
    return dossiers->size();
}

QJsonArray attentionJson(const QList<DossierAttention> &dossiers)
{
    QJsonArray array;
    for (const DossierAttention &dossier : dossiers) {
        const SyncAdvice advice = SyncReasons::explain(dossier.reason, dossier.message);
        array.append(QJsonObject{{QStringLiteral("dossier_id"), dossier.dossierId},
            {QStringLiteral("code"), dossier.code}, {QStringLiteral("reason"), dossier.reason},
            {QStringLiteral("message"), dossier.message}, {QStringLiteral("rejected_ops"), dossier.rejectedOps},
            {QStringLiteral("held_ops"), dossier.heldOps}, {QStringLiteral("refused_scans"), dossier.refusedScans},
            {QStringLiteral("problem"), advice.problem}, {QStringLiteral("action"), advice.action}});
    }
    return array;
}

int runWatch(CliContext &context, const sync::SyncOptions &options, bool json)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return context.fail(tr("Cannot watch for signals."));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    sync::SyncThread thread(options);
    sync::SyncEngine *engine = thread.engine();
    QObject receiver; // on this thread: the engine's signals arrive queued here
    QEventLoop loop;
    bool stoppedBySignal = false;
    sync::SyncReport last;
    QElapsedTimer progressClock;
    auto line = [&](QJsonObject object, const QString &text) {
        if (json) {
            object.insert(QStringLiteral("at"), VietnamTime::toIso(VietnamTime::now()));
            context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            context.out() << VietnamTime::now().toString(QStringLiteral("HH:mm:ss")) << QStringLiteral(" ") << text
                          << Qt::endl;
        }
    };
    QObject::connect(&notifier, &QSocketNotifier::activated, &receiver, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        stoppedBySignal = true;
        engine->requestStop();
    });
    QObject::connect(engine, &sync::SyncEngine::progressChanged, &receiver, [&](const sync::SyncProgress &progress) {
        if (progress.phase == sync::SyncPhase::Waiting || progress.phase == sync::SyncPhase::Idle
            || progress.phase == sync::SyncPhase::Stopped)
            return;
        if (progressClock.isValid() && progressClock.elapsed() < 2000)
            return;
        progressClock.start();
        QJsonObject object = progress.toJson();
        object.insert(QStringLiteral("event"), QStringLiteral("progress"));
        line(object,
            tr("%1: pending %2 ops, %3 of scans; this cycle %4 ops sent, %5 of scans, %6 changes received")
                .arg(sync::phaseName(progress.phase))
                .arg(progress.pendingOps)
                .arg(bytesText(progress.pendingBlobBytes))
                .arg(progress.opsDoneThisCycle)
                .arg(bytesText(progress.blobBytesSentThisCycle))
                .arg(progress.changesPulledThisCycle));
    });
    QObject::connect(engine, &sync::SyncEngine::cycleFinished, &receiver, [&](const sync::SyncReport &report) {
        last = report;
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("event"), QStringLiteral("cycle"));
        QString text = tr("synced: pushed %1, duplicates %2, conflicts %3, rejected %4, pulled %5, pending %6")
                           .arg(report.pushed)
                           .arg(report.duplicates)
                           .arg(report.conflicts)
                           .arg(report.rejected)
                           .arg(report.pulled)
                           .arg(report.pendingOps);
        if (!report.completed)
            text = tr("not synced (%1): %2; pending %3")
                       .arg(report.error.code, report.error.message)
                       .arg(report.pendingOps);
        // "synced" is not said while changes of some dossiers stand refused.
        if (auto db = context.database(); db && report.completed) {
            if (auto refused = SyncAttention(**db).dossierCount(); refused && *refused > 0) {
                object.insert(QStringLiteral("needs_attention"), *refused);
                text = tr("not everything synced: %1 dossier(s) refused, see motcua-cli status; pushed %2, pulled %3, "
                          "pending %4")
                           .arg(*refused)
                           .arg(report.pushed)
                           .arg(report.pulled)
                           .arg(report.pendingOps);
            }
        }
        line(object, text);
    });
    QObject::connect(engine, &sync::SyncEngine::waiting, &receiver, [&](int ms) {
        line(QJsonObject{{QStringLiteral("event"), QStringLiteral("waiting")}, {QStringLiteral("ms"), ms}},
            tr("next attempt in %1 s").arg((ms + 999) / 1000));
    });
    QObject::connect(engine, &sync::SyncEngine::stopped, &receiver, [&] { loop.quit(); });
    thread.start();
    loop.exec();
    thread.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    // Stopped by the officer: fine. Stopped by itself: the device needs a new enrollment.
    return stoppedBySignal ? 0 : 1;
}

int runEnrollCommand(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli enroll --server URL --code CODE [--ca FILE] [--name NAME] [--json]"),
        tr("Enroll this computer with the province server, using the one-time code from the administrator."));
    parser.addOption(QCommandLineOption(QStringLiteral("server"), tr("The province server, https://…"), tr("url")));
    parser.addOption(QCommandLineOption(QStringLiteral("code"), tr("The enrollment code."), tr("code")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("ca"), tr("PEM file of the province CA: only it will be trusted."), tr("file")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("name"), tr("This device's name for the administrator."), tr("name")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("code")))
        return context.fail(tr("enroll needs --server URL and --code CODE"));
    sync::EnrollOptions options;
    options.serverUrl = parser.value(QStringLiteral("server"));
    options.code = parser.value(QStringLiteral("code"));
    options.deviceName = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("ca"))) {
        QFile ca(parser.value(QStringLiteral("ca")));
        if (!ca.open(QIODevice::ReadOnly))
            return context.fail(tr("Cannot read the CA file %1.").arg(ca.fileName()));
        options.caPem = ca.readAll();
    }
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto enrolled = sync::enrollDevice(**db, options);
    if (!enrolled)
        return context.fail(enrolled.error());
    if (parser.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("server_url"), enrolled->serverUrl},
            {QStringLiteral("device_id"), enrolled->deviceId}, {QStringLiteral("device_tag"), enrolled->deviceTag},
            {QStringLiteral("commune_code"), enrolled->communeCode},
            {QStringLiteral("commune_name"), enrolled->communeName},
            {QStringLiteral("ca_pinned"), !enrolled->caPem.isEmpty()}}));
    } else {
        context.out() << tr("Enrolled as device %1 (tag %2) of %3 (%4).")
                             .arg(enrolled->deviceId, enrolled->deviceTag, enrolled->communeName, enrolled->communeCode)
                      << Qt::endl;
    }
    return 0;
}

int runSyncCommand(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli sync [--json] [--watch] [--inactivity-timeout S] [--batch N] "
                                    "[--pull-limit N] [--min-backoff MS] [--max-backoff S] [--idle-interval S] "
                                    "[--no-compress]"),
        tr("Send pending work to the province server and receive the commune's changes."));
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("watch"), tr("Keep syncing until interrupted.")));
    const QList<std::pair<QString, QString>> numbers = {
        {QStringLiteral("inactivity-timeout"), tr("Seconds without progress before a request is abandoned.")},
        {QStringLiteral("batch"), tr("Ops in the first push batch (it adapts).")},
        {QStringLiteral("pull-limit"), tr("Changes per pull page.")},
        {QStringLiteral("min-backoff"), tr("First wait after a failure, in milliseconds.")},
        {QStringLiteral("max-backoff"), tr("Longest wait after failures, in seconds.")},
        {QStringLiteral("idle-interval"), tr("Seconds between cycles when all is synced (--watch).")},
    };
    for (const auto &[name, help] : numbers)
        parser.addOption(QCommandLineOption(name, help, tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-compress"), tr("Send request bodies uncompressed.")));
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;

    sync::SyncOptions options;
    options.dataDir = context.dataDir();
    for (const auto &[name, help] : numbers) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 0)
            return context.fail(tr("--%1 needs a whole number").arg(name));
        if (name == QLatin1String("inactivity-timeout"))
            options.inactivityTimeoutMs = options.probeTimeoutMs = std::max(1, value) * 1000;
        else if (name == QLatin1String("batch")) {
            options.initialBatchOps = std::clamp(value, 1, 500);
            options.restoreBatchOps = false; // asked for: not what an earlier run learned
        } else if (name == QLatin1String("pull-limit"))
            options.pullLimit = std::clamp(value, 1, 1000);
        else if (name == QLatin1String("min-backoff"))
            options.minBackoffMs = std::max(1, value);
        else if (name == QLatin1String("max-backoff"))
            options.maxBackoffMs = std::max(1, value) * 1000;
        else
            options.idleIntervalMs = value * 1000;
    }
    options.compressRequests = !parser.isSet(QStringLiteral("no-compress"));
    if (parser.isSet(QStringLiteral("watch")))
        return runWatch(context, options, parser.json());

    sync::SyncEngine engine(options);
    const sync::SyncReport report = engine.runCycle();
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto attention = SyncAttention(**db).list();
    if (!attention)
        return context.fail(attention.error());
    if (parser.json()) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("needs_attention"), attentionJson(*attention));
        context.printJson(QJsonDocument(object));
    } else {
        printReport(context, report);
        printAttention(context, **db, false);
    }
    if (!report.completed)
        return 1;
    return attention->isEmpty() ? 0 : kExitNeedsAttention;
}

int runStatusCommand(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli status [--json] [--offline]"),
        tr("Show what waits to be synced, how the last sync went, and whether the server can be reached."));
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("offline"), tr("Do not ping the server.")));
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    SyncState state(**db);
    auto enrollment = state.enrollment();
    auto health = state.health();
    auto pending = Outbox(**db).count();
    auto blobBytes = state.pendingBlobBytes();
    auto conflicts = Conflicts(**db).openCount();
    auto rejected = Conflicts(**db).rejectedCount();
    auto unapplied = RemoteChanges(**db).unappliedCount();
    for (const Error *error : {enrollment ? nullptr : &enrollment.error(), health ? nullptr : &health.error(),
             pending ? nullptr : &pending.error(), blobBytes ? nullptr : &blobBytes.error()}) {
        if (error)
            return context.fail(*error);
    }
    QString connectivity = QStringLiteral("unknown");
    QString detail;
    if (!parser.isSet(QStringLiteral("offline")) && enrollment->isEnrolled()) {
        sync::SyncOptions options;
        options.dataDir = context.dataDir();
        options.probeTimeoutMs = 5000;
        sync::SyncEngine engine(options);
        const sync::ProbeResult probe = engine.probe();
        connectivity = sync::connectivityName(probe.connectivity);
        detail = probe.detail;
    }
    QJsonValue lastError;
    if (!health->lastErrorCode.isEmpty()) {
        lastError = QJsonObject{{QStringLiteral("code"), health->lastErrorCode},
            {QStringLiteral("message"), health->lastErrorMessage},
            {QStringLiteral("at"), timeJson(health->lastErrorAt)}};
    }
    const QJsonObject object{
        {QStringLiteral("enrolled"), enrollment->isEnrolled()},
        {QStringLiteral("server_url"), enrollment->serverUrl},
        {QStringLiteral("device_id"), enrollment->deviceId},
        {QStringLiteral("commune_code"), enrollment->communeCode},
        {QStringLiteral("revoked"), health->revoked},
        {QStringLiteral("pending"), *pending},
        {QStringLiteral("pending_blob_bytes"), *blobBytes},
        {QStringLiteral("conflicts"), conflicts ? *conflicts : -1},
        {QStringLiteral("rejected"), rejected ? *rejected : -1},
        {QStringLiteral("unapplied"), unapplied ? *unapplied : -1},
        {QStringLiteral("last_attempt_at"), timeJson(health->lastAttemptAt)},
        {QStringLiteral("last_success_at"), timeJson(health->lastSuccessAt)},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("connectivity"), connectivity},
        {QStringLiteral("connectivity_detail"), detail},
    };
    auto attention = SyncAttention(**db).list();
    if (!attention)
        return context.fail(attention.error());
    if (parser.json()) {
        QJsonObject withAttention = object;
        withAttention.insert(QStringLiteral("needs_attention"), attentionJson(*attention));
        context.printJson(QJsonDocument(withAttention));
        return 0;
    }
    QTextStream &out = context.out();
    if (enrollment->isEnrolled()) {
        out << tr("server: %1 (commune %2, device %3)")
                   .arg(enrollment->serverUrl, enrollment->communeCode, enrollment->deviceId)
            << Qt::endl;
    } else {
        out << tr("server: not enrolled") << Qt::endl;
    }
    out << tr("pending: %1 ops, %2 of scans").arg(*pending).arg(bytesText(*blobBytes)) << Qt::endl;
    out << tr("conflicts: %1, rejected: %2")
               .arg(object.value(QStringLiteral("conflicts")).toInteger())
               .arg(object.value(QStringLiteral("rejected")).toInteger())
        << Qt::endl;
    printAttention(context, **db, false);
    out << tr("last success: %1").arg(timeText(health->lastSuccessAt)) << Qt::endl;
    if (!health->lastErrorCode.isEmpty())
        out << tr("last error: %1 (%2)").arg(health->lastErrorMessage, timeText(health->lastErrorAt)) << Qt::endl;
    if (health->revoked)
        out << sync::plainWords(Error{QStringLiteral("auth.revoked"), {}}) << Qt::endl;
    const QString connectivityText = connectivity == QLatin1String("online") ? tr("online")
        : connectivity == QLatin1String("captive_portal")
        ? tr("captive portal (a network login page answers instead of the server)")
        : connectivity == QLatin1String("offline") ? tr("offline")
                                                   : tr("not checked");
    out << tr("connectivity: %1").arg(connectivityText) << Qt::endl;
    if (!detail.isEmpty() && connectivity != QLatin1String("online"))
        out << QStringLiteral("  ") << detail << Qt::endl;
    return 0;
}

} // namespace

int runEnroll(CliContext &context, const QStringList &args)
{
    return runEnrollCommand(context, args);
}

int runSync(CliContext &context, const QStringList &args)
{
    return runSyncCommand(context, args);
}

int runStatus(CliContext &context, const QStringList &args)
{
    return runStatusCommand(context, args);
}

} // namespace motcua::cli

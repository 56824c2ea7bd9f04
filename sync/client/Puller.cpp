#include "SyncSteps.h"

#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Pull.h"
#include "protocol/WireTypes.h"
#include "store/Database.h"
#include "store/RemoteChanges.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPull, "motcua.sync.pull")

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::Puller", text);
}

// Downloads scans into the local store. A scan the server refuses or does not hold complete yet
// ("blob.pending": still on its way from the desk that made it) is skipped: its documents stay
// "scan pending" and a later "scan" change brings it. Failures of the link stop the pull.
Status fetchScans(CycleContext &context, const QStringList &scans)
{
    for (const QString &sha256 : scans) {
        if (auto downloaded = downloadBlob(context, sha256); !downloaded) {
            const QString &code = downloaded.error().code;
            if (code.startsWith(QLatin1String("network.")) || code == QLatin1String("sync.cancelled")
                || code == QLatin1String(protocol::errors::unavailable)
                || code == QLatin1String(protocol::errors::rateLimited) || code.startsWith(QLatin1String("auth.")))
                return downloaded.error();
            qCInfo(lcPull) << "scan" << sha256 << "not downloaded:" << downloaded.error().message;
        }
    }
    return {};
}

} // namespace

Status pullAll(CycleContext &context)
{
    RemoteChanges remote(context.database);
    SyncState state(context.database);
    // Scans announced complete in an earlier cycle whose download did not happen then.
    auto announced = remote.scansToFetch();
    if (!announced)
        return announced.error();
    if (!announced->isEmpty()) {
        if (auto s = fetchScans(context, *announced); !s)
            return s;
        if (auto attached = remote.attachFetchedScans(); !attached)
            return attached.error();
    }
    // A server that keeps saying "more" without moving the cursor would loop forever.
    QString previousCursor;
    for (;;) {
        if (context.http.isCancelled())
            return makeError(QStringLiteral("sync.cancelled"), tr("Syncing was stopped."));
        auto cursor = state.cursor();
        if (!cursor)
            return cursor.error();
        protocol::PullQuery query;
        query.cursor = *cursor;
        query.limit
            = std::clamp(context.options.pullLimit, protocol::limits::minPullLimit, protocol::limits::maxPullLimit);
        HttpRequest request;
        request.path = protocol::apiPath("pull");
        request.query = query.toQuery();
        request.maxResponseBytes = protocol::limits::maxPullResponseBody;
        context.phase(SyncPhase::Pulling);
        HttpResult result = context.http.send(request);
        while (!result.ok() && retryAtOnce(context, result)) // a dropped connection: again, fresh
            result = context.http.send(request);
        if (!result.ok())
            return stepError(context, result);
        const Result<protocol::PullResponse> page = protocol::PullResponse::fromJson(result.body);
        if (!page)
            return makeError(QString::fromLatin1(protocol::errors::responseMalformed), page.error().message);

        QList<RemoteRecord> records;
        records.reserve(page->changes.size());
        for (const protocol::Change &change : page->changes) {
            records.append(RemoteRecord{change.entity, change.id, change.version, change.fields,
                change.originDevice.value_or(QString()), change.deleted});
        }
        // The scans of other devices' dossiers (and those announced complete) come first, so that
        // the documents can name them; one that is not on the server yet leaves its documents
        // "scan pending".
        auto missing = remote.missingAttachments(records);
        if (!missing)
            return missing.error();
        if (auto s = fetchScans(context, *missing); !s)
            return s;
        auto applied = remote.applyPage(records, page->cursor);
        if (!applied)
            return applied.error();
        context.report.pulled += static_cast<int>(page->changes.size());
        context.report.pullApplied += applied->applied;
        context.report.conflicts += applied->conflicts;
        context.progress();
        if (!page->more)
            return {};
        if (page->cursor == previousCursor && page->changes.isEmpty()) {
            return makeError(QString::fromLatin1(protocol::errors::responseMalformed),
                tr("The server says it has more changes but sends none."));
        }
        previousCursor = page->cursor;
    }
}

} // namespace motcua::sync

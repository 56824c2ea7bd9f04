// `motcua-server import-bundle FILE [--json]`: applies a USB bundle as if its device had pushed it.
#include "BundleImport.h"
#include "CliSupport.h"
#include "ServerStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace motcua::server::cli {

namespace {

QString compactText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString resultLine(const protocol::PushResult &result)
{
    QString line = result.opId + u' ' + protocol::pushOutcomeName(result.result);
    if (result.version)
        line += tr(" (version %1)").arg(*result.version);
    if (result.reason)
        line += u' ' + *result.reason;
    if (result.message && !result.message->isEmpty())
        line += QStringLiteral(": ") + *result.message;
    if (!result.pendingBlobs.isEmpty())
        line += tr(" [scans pending: %1]").arg(result.pendingBlobs.join(QStringLiteral(", ")));
    return line;
}

} // namespace

int importBundle(const Parsed &parsed)
{
    if (parsed.positional.size() != 1) {
        err(tr("Give the bundle file to import."));
        return 2;
    }
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    ServerStore store(*db);
    const Result<ServerBundleReport> report
        = ServerBundleImport(*db, store).importFile(parsed.positional.first(), QDateTime::currentDateTimeUtc());
    if (!report) {
        if (parsed.json) {
            out(compactText(QJsonObject{{QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), report.error().code},
                    {QStringLiteral("message"), report.error().message}}}}));
        }
        err(report.error().message);
        return 1;
    }
    QMap<QString, int> counts;
    for (const char *name : {"applied", "duplicate", "conflict", "rejected"})
        counts.insert(QString::fromLatin1(name), 0);
    QJsonArray results;
    int scansPending = 0; // applied ops whose scans the commune has not uploaded completely yet
    for (const protocol::PushResult &result : report->results) {
        ++counts[protocol::pushOutcomeName(result.result)];
        scansPending += result.pendingBlobs.isEmpty() ? 0 : 1;
        results.append(result.toJson());
    }
    const BundleManifest &manifest = report->manifest;
    if (parsed.json) {
        QJsonObject object{{QStringLiteral("bundle_id"), manifest.bundleId},
            {QStringLiteral("device_id"), manifest.deviceId}, {QStringLiteral("commune_code"), manifest.communeCode},
            {QStringLiteral("op_count"), manifest.ops.size()}, {QStringLiteral("blob_count"), manifest.blobs.size()},
            {QStringLiteral("blobs_stored"), report->blobsStored}, {QStringLiteral("results"), results}};
        for (auto it = counts.begin(); it != counts.end(); ++it)
            object.insert(it.key(), it.value());
        object.insert(QStringLiteral("scans_pending"), scansPending);
        out(compactText(object));
        return 0;
    }
    for (const protocol::PushResult &result : report->results)
        out(resultLine(result));
    out(tr("Bundle %1 of device %2 (commune %3): %4 changes: %5 applied, %6 duplicate, %7 conflict, %8 rejected, "
           "%9 waiting for scans; %10 attachments stored.")
            .arg(manifest.bundleId, manifest.deviceId, manifest.communeCode)
            .arg(manifest.ops.size())
            .arg(counts.value(QStringLiteral("applied")))
            .arg(counts.value(QStringLiteral("duplicate")))
            .arg(counts.value(QStringLiteral("conflict")))
            .arg(counts.value(QStringLiteral("rejected")))
            .arg(scansPending)
            .arg(report->blobsStored));
    return 0;
}

} // namespace motcua::server::cli

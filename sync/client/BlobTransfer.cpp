#include "SyncSteps.h"

#include "protocol/Blob.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBlobs, "motcua.sync.blobs")

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::BlobTransfer", text);
}

} // namespace

Error stepError(CycleContext &context, const HttpResult &result)
{
    if (result.retryAfterSeconds >= 0)
        context.report.retryAfterSeconds = result.retryAfterSeconds;
    return result.toError();
}

Status downloadBlob(CycleContext &context, const QString &sha256)
{
    HttpRequest request;
    request.path = protocol::blobContentPath(sha256);
    request.acceptZstd = false;
    request.maxResponseBytes = protocol::limits::maxBlobBytes;
    const HttpResult result = context.http.send(request);
    if (!result.ok())
        return stepError(context, result);
    if (protocol::sha256Hex(result.body) != sha256) {
        return makeError(QString::fromLatin1(protocol::errors::responseMalformed),
            tr("The scan %1 downloaded from the server is damaged.").arg(sha256));
    }
    auto stored = AttachmentStore(context.database).put(result.body, sha256);
    if (!stored)
        return stored.error();
    return SyncState(context.database).confirmBlob(sha256);
}

} // namespace motcua::sync

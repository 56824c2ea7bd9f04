#include "BundleExport.h"

#include "AttachmentStore.h"
#include "BundleExportIdentity.h"
#include "Database.h"
#include "Outbox.h"
#include "io/BundleWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::BundleExport", text);
}

constexpr int kPage = 500;

} // namespace

BundleExport::BundleExport(Database &database)
    : m_database(database)
{
}

Result<BundleExportSummary> BundleExport::exportTo(const QString &path, const QDateTime &createdAt)
{
    auto identity = BundleExportIdentity(m_database).require();
    if (!identity)
        return identity.error();

    // First pass: the last op taken and the attachments referenced (hashes only), so that the
    // blobs precede the ops in the file. An op appended meanwhile (seq past lastSeq) waits for the
    // next bundle; its attachments are not carried either. A dossier with a scan over the limit is
    // left out whole, from its first op with that scan on.
    Outbox outbox(m_database);
    AttachmentStore attachments(m_database);
    qint64 lastSeq = 0;
    QStringList blobRefs;
    QSet<QString> seen;
    QSet<QString> carriedBlobs;
    QSet<QString> tooLarge; // scans over the limit
    QHash<QString, QString> leftOut; // dossier id -> the scan that keeps it out
    QList<BundleSkippedOp> skipped;
    int carried = 0;
    for (;;) {
        auto page = outbox.pending(kPage, lastSeq);
        if (!page)
            return page.error();
        for (const OutboxOp &op : std::as_const(*page)) {
            lastSeq = op.seq;
            // A forwarded op (imported from another device's bundle) is not this device's work: signed
            // as this device, it would reach the server under the wrong origin and apply twice.
            if (!op.originDevice.isEmpty())
                continue;
            if (!leftOut.contains(op.entityId)) {
                for (const QString &ref : op.blobRefs) {
                    if (!seen.contains(ref)) {
                        seen.insert(ref);
                        auto info = attachments.info(ref);
                        if (info && info->size > BundleFormat::kMaxBlobBytes)
                            tooLarge.insert(ref);
                    }
                    if (tooLarge.contains(ref)) {
                        leftOut.insert(op.entityId, ref);
                        break;
                    }
                }
            }
            if (leftOut.contains(op.entityId)) {
                skipped.append(
                    {op.opId.toString(QUuid::WithoutBraces), op.entityId, QStringLiteral("bundle.blob_too_large"),
                        tr("A scan of this dossier (%1) is larger than the %2 MiB a bundle can carry: its changes "
                           "stay on this computer.")
                            .arg(leftOut.value(op.entityId).left(12))
                            .arg(BundleFormat::kMaxBlobBytes / (1024 * 1024))});
                continue;
            }
            ++carried;
            for (const QString &ref : op.blobRefs) {
                if (!carriedBlobs.contains(ref)) {
                    carriedBlobs.insert(ref);
                    blobRefs.append(ref);
                }
            }
        }
        if (page->size() < kPage)
            break;
    }
    if (lastSeq == 0) {
        return makeError(QStringLiteral("bundle.nothing_pending"),
            tr("There is nothing to put in a bundle: every change of this device has reached the server."));
    }
    if (carried == 0) {
        return makeError(QStringLiteral("bundle.nothing_carriable"),
            tr("No bundle was written: every pending change belongs to a dossier with a scan larger than %1 MiB.")
                .arg(BundleFormat::kMaxBlobBytes / (1024 * 1024)));
    }

    BundleSigner signer{identity->deviceId, identity->communeCode, m_database.deviceTag(), identity->publicKey,
        identity->secretKey, identity->certificate};
    BundleWriter writer(path, signer);
    if (auto s = writer.begin(); !s)
        return s.error();
    for (const QString &sha256 : std::as_const(blobRefs)) {
        auto info = attachments.info(sha256);
        if (!info) {
            return makeError(QStringLiteral("bundle.blob_missing"),
                tr("The attachment %1 of a pending change is not on this computer.").arg(sha256));
        }
        BundleBlobEntry entry{sha256, info->size, info->mediaType, info->originalName.left(255)};
        auto content = attachments.open(sha256);
        if (!content)
            return content.error();
        if (auto s = writer.addBlob(*content.value(), entry); !s)
            return s.error();
    }
    qint64 afterSeq = 0;
    while (afterSeq < lastSeq) {
        auto page = outbox.pending(kPage, afterSeq);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const OutboxOp &op : std::as_const(*page)) {
            if (op.seq > lastSeq)
                break;
            afterSeq = op.seq;
            if (!op.originDevice.isEmpty() || leftOut.contains(op.entityId))
                continue;
            const BundleOpEntry entry{op.opId.toString(QUuid::WithoutBraces), op.entity, op.entityId, {}, 0};
            if (auto s = writer.addOp(entry, QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact)); !s)
                return s.error();
        }
        if (page->last().seq > lastSeq)
            break;
    }
    auto manifest = writer.finish(createdAt);
    if (!manifest)
        return manifest.error();
    return BundleExportSummary{path, *manifest, QFileInfo(path).size(), skipped};
}

} // namespace motcua

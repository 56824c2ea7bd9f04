#include "BundleExport.h"

#include "AttachmentStore.h"
#include "BundleExportIdentity.h"
#include "Database.h"
#include "Outbox.h"
#include "io/BundleWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    // next bundle; its attachments are not carried either.
    Outbox outbox(m_database);
    qint64 lastSeq = 0;
    QStringList blobRefs;
    QSet<QString> seen;
    for (;;) {
        auto page = outbox.pending(kPage, lastSeq);
        if (!page)
            return page.error();
        for (const OutboxOp &op : std::as_const(*page)) {
            lastSeq = op.seq;
            for (const QString &ref : op.blobRefs) {
                if (!seen.contains(ref)) {
                    seen.insert(ref);
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

    BundleSigner signer{identity->deviceId, identity->communeCode, m_database.deviceTag(), identity->publicKey,
        identity->secretKey, identity->certificate};
    BundleWriter writer(path, signer);
    if (auto s = writer.begin(); !s)
        return s.error();
    AttachmentStore attachments(m_database);
    for (const QString &sha256 : std::as_const(blobRefs)) {
        auto info = attachments.info(sha256);
        if (!info) {
            return makeError(QStringLiteral("bundle.blob_missing"),
                tr("The attachment %1 of a pending change is not on this computer.").arg(sha256));
        }
        BundleBlobEntry entry{sha256, info->size, info->mediaType, info->originalName.left(255)};
        auto content = attachments.open(sha256);
        if (!content) {
            return makeError(QStringLiteral("bundle.blob_missing"),
                tr("The attachment %1 of a pending change is not on this computer.").arg(sha256));
        }
        if (auto s = writer.addBlob(**content, entry); !s)
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
    return BundleExportSummary{path, *manifest, QFileInfo(path).size()};
}

} // namespace motcua

#include "BundleImport.h"

#include "AttachmentStore.h"
#include "BundleExportIdentity.h"
#include "Conflicts.h"
#include "Database.h"
#include "IsoTime.h"
#include "RemoteChanges.h"
#include "RemoteDossiers.h"
#include "domain/VietnamTime.h"
#include "io/BundleReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::BundleImport", text);
}

Error sqlError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The bundle could not be saved in the local store: %1").arg(query.lastError().text()));
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// The parts of a wire op the importer uses, checked during the verification pass so that a
// malformed op refuses the whole bundle before anything is applied.
struct ImportedOp
{
    QString opId;
    QString entity;
    QString entityId;
    qint64 baseVersion = 0;
    QJsonObject fields;
    QJsonArray blobRefs;
};

std::optional<ImportedOp> parseOp(const QJsonObject &op, const QSet<QString> &bundleBlobs)
{
    ImportedOp parsed;
    parsed.opId = op.value(QStringLiteral("op_id")).toString();
    parsed.entity = op.value(QStringLiteral("entity")).toString();
    parsed.entityId = op.value(QStringLiteral("id")).toString();
    const QJsonValue base = op.value(QStringLiteral("base_version"));
    const double number = base.toDouble(-1);
    if (!base.isDouble() || number < 0 || number > 2147483647.0 || number != static_cast<double>(qint64(number)))
        return std::nullopt;
    parsed.baseVersion = static_cast<qint64>(number);
    if (!op.value(QStringLiteral("fields")).isObject() || !op.value(QStringLiteral("blob_refs")).isArray())
        return std::nullopt;
    parsed.fields = op.value(QStringLiteral("fields")).toObject();
    parsed.blobRefs = op.value(QStringLiteral("blob_refs")).toArray();
    for (const QJsonValue &ref : std::as_const(parsed.blobRefs)) {
        if (!bundleBlobs.contains(ref.toString()))
            return std::nullopt; // the bundle carries every attachment its ops reference
    }
    return parsed;
}

Error malformedOp(const QString &opId)
{
    return makeError(QStringLiteral("bundle.malformed"),
        tr("The change %1 in the bundle is not a valid operation. Nothing was imported.").arg(opId));
}

class CheckOps final : public BundleVisitor
{
public:
    explicit CheckOps(const QSet<QString> &blobs)
        : m_blobs(blobs)
    {
    }
    Status op(const BundleOpEntry &entry, const QJsonObject &op) override
    {
        if (!parseOp(op, m_blobs))
            return malformedOp(entry.opId);
        return {};
    }

private:
    const QSet<QString> &m_blobs;
};

// A savepoint per op: an op the local schema refuses is rolled back alone and kept as
// "unapplied" instead of failing the bundle.
class Savepoint final
{
public:
    explicit Savepoint(Database &database)
        : m_query(database.connection())
    {
        m_ok = m_query.exec(QStringLiteral("SAVEPOINT bundle_op"));
    }
    ~Savepoint()
    {
        if (m_ok && !m_done)
            rollback();
    }
    bool ok() const { return m_ok; }
    void release()
    {
        m_done = true;
        m_query.exec(QStringLiteral("RELEASE bundle_op"));
    }
    void rollback()
    {
        m_done = true;
        m_query.exec(QStringLiteral("ROLLBACK TO bundle_op"));
        m_query.exec(QStringLiteral("RELEASE bundle_op"));
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_done = false;
};

// The apply pass, inside the import's transaction.
class ApplyOps final : public BundleVisitor
{
public:
    ApplyOps(
        Database &database, const BundleManifest &manifest, const QSet<QString> &blobs, BundleImportSummary &summary)
        : m_database(database)
        , m_manifest(manifest)
        , m_blobs(blobs)
        , m_summary(summary)
        , m_attachments(database)
        , m_outbox(database)
    {
    }

    Status blobBegin(const BundleBlobEntry &) override
    {
        // Gathered in memory (a blob is at most 64 MiB), then stored the usual way (hashed,
        // sealed in an encrypted folder, fsynced, renamed): no clear copy of a scan touches the disk.
        m_blob.clear();
        return {};
    }
    Status blobChunk(const QByteArray &chunk) override
    {
        m_blob.append(chunk);
        return {};
    }
    Status blobEnd(const BundleBlobEntry &blob) override
    {
        auto stored = m_attachments.put(m_blob, blob.originalName);
        m_blob.clear();
        if (!stored)
            return stored.error();
        if (stored->sha256 != blob.sha256)
            return writeError(tr("attachment %1 changed while it was imported").arg(blob.sha256));
        ++m_summary.blobs;
        return {};
    }

    Status op(const BundleOpEntry &entry, const QJsonObject &json) override
    {
        const std::optional<ImportedOp> op = parseOp(json, m_blobs);
        if (!op)
            return malformedOp(entry.opId);
        QSqlQuery query(m_database.connection());
        if (!exec(query, QStringLiteral("SELECT 1 FROM bundle_ops WHERE origin_device = ? AND op_id = ?"),
                {m_manifest.deviceId, op->opId}))
            return sqlError(query);
        if (query.next()) {
            ++m_summary.duplicates;
            return {};
        }
        query.finish();
        QString reason = QStringLiteral(""); // a NOT NULL column: never a null QString
        auto outcome = applyOne(*op, &reason);
        if (!outcome)
            return outcome.error();
        if (!exec(query,
                QStringLiteral("INSERT INTO bundle_ops (origin_device, op_id, bundle_id, entity, entity_id, "
                               "base_version, fields, blob_refs, outcome, reason, imported_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {m_manifest.deviceId, op->opId, m_manifest.bundleId, op->entity, op->entityId, op->baseVersion,
                    QString::fromUtf8(QJsonDocument(op->fields).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(op->blobRefs).toJson(QJsonDocument::Compact)), *outcome, reason,
                    IsoTime::text(VietnamTime::now())}))
            return sqlError(query);
        return forward(*op);
    }

private:
    // The op waits in this desk's outbox under its origin device, so the next sync takes it to
    // the province (DESIGN.md: "a desk that imports one forwards it on its next sync"). The server
    // deduplicates on (origin device, op id): the origin's own push of it changes nothing more.
    Status forward(const ImportedOp &imported)
    {
        OutboxOp op;
        op.opId = QUuid::fromString(imported.opId);
        op.entity = imported.entity;
        op.entityId = imported.entityId;
        op.baseVersion = static_cast<int>(imported.baseVersion);
        op.fields = imported.fields;
        for (const QJsonValue &ref : imported.blobRefs)
            op.blobRefs.append(ref.toString());
        op.originDevice = m_manifest.deviceId;
        return m_outbox.append(op);
    }

    Error writeError(const QString &why) const
    {
        return makeError(
            QStringLiteral("store.write_failed"), tr("An attachment of the bundle could not be stored: %1").arg(why));
    }

    // The outcome word of bundle_ops.
    Result<QString> applyOne(const ImportedOp &op, QString *reason)
    {
        if (op.entity != QLatin1String("dossier")) {
            ++m_summary.unapplied;
            *reason = tr("this device does not know records of type %1").arg(op.entity);
            return QStringLiteral("unapplied");
        }
        auto local = RemoteDossiers::localVersion(m_database, op.entityId);
        if (!local)
            return local.error();
        auto pending = RemoteDossiers::hasPendingOps(m_database, op.entityId);
        if (!pending)
            return pending.error();
        auto open = Conflicts(m_database).hasOpen(op.entity, op.entityId);
        if (!open)
            return open.error();
        if (*pending || *open)
            return conflict(op);

        // The same change arrived before (pulled from the server, or through another bundle).
        const QString eventId
            = op.fields.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString();
        if (*local && !eventId.isEmpty()) {
            QSqlQuery query(m_database.connection());
            if (!exec(query, QStringLiteral("SELECT 1 FROM dossier_events WHERE dossier_id = ? AND id = ?"),
                    {op.entityId, eventId}))
                return sqlError(query);
            if (query.next()) {
                ++m_summary.known;
                return QStringLiteral("known");
            }
        }
        const qint64 localVersion = local->value_or(0);
        if (*local && localVersion > op.baseVersion) {
            // Changed here (or by the server) since the origin device's version: never overwritten.
            return conflict(op);
        }
        if (localVersion != op.baseVersion) {
            ++m_summary.unapplied;
            *reason = tr("the earlier changes of this dossier are not on this device");
            return QStringLiteral("unapplied");
        }
        Savepoint savepoint(m_database);
        if (!savepoint.ok())
            return sqlError(QSqlQuery(m_database.connection()));
        const RemoteRecord record{op.entity, op.entityId, op.baseVersion + 1, op.fields, m_manifest.deviceId, false};
        auto applied = RemoteDossiers::apply(m_database, record);
        if (!applied || *applied) {
            savepoint.rollback();
            ++m_summary.unapplied;
            *reason = applied ? **applied : applied.error().message;
            return QStringLiteral("unapplied");
        }
        savepoint.release();
        ++m_summary.applied;
        return QStringLiteral("applied");
    }

    Result<QString> conflict(const ImportedOp &op)
    {
        auto localFields = RemoteDossiers::localFields(m_database, op.entityId);
        if (!localFields)
            return localFields.error();
        auto local = RemoteDossiers::localVersion(m_database, op.entityId);
        if (!local)
            return local.error();
        ConflictRecord conflict;
        conflict.entity = op.entity;
        conflict.recordId = op.entityId;
        // 'pull': another device's version met this record (the table knows push and pull only).
        conflict.source = ConflictRecord::Source::Pull;
        conflict.localVersion = local->value_or(0);
        conflict.localFields = *localFields;
        conflict.serverVersion = op.baseVersion + 1;
        conflict.serverFields = op.fields;
        conflict.serverOriginDevice = m_manifest.deviceId;
        auto added = Conflicts(m_database).record(conflict);
        if (!added)
            return added.error();
        ++m_summary.conflicts;
        return QStringLiteral("conflict");
    }

    Database &m_database;
    const BundleManifest &m_manifest;
    const QSet<QString> &m_blobs;
    BundleImportSummary &m_summary;
    AttachmentStore m_attachments;
    Outbox m_outbox;
    QByteArray m_blob;
};

// Keeps a copy of the verified bundle under DATA/bundles/: the signed original can still reach
// the province if the USB stick is lost. Returns the path, empty when it could not be copied
// (the import itself does not depend on it).
QString keepCopy(const Database &database, const QString &path, const QString &bundleId)
{
    QDir dir(database.dataDir());
    if (!dir.mkpath(QStringLiteral("bundles")))
        return {};
    const QString target = dir.filePath(QStringLiteral("bundles/%1.mcbundle").arg(bundleId));
    if (QFile::exists(target))
        return target;
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    if (!QFile::copy(path, temporary) || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return {};
    }
    return target;
}

} // namespace

BundleImport::BundleImport(Database &database)
    : m_database(database)
{
}

Result<BundleImportSummary> BundleImport::importFile(const QString &path)
{
    auto identity = BundleExportIdentity(m_database).require();
    if (!identity)
        return identity.error();
    BundleReader reader(path);
    if (auto s = reader.open(); !s)
        return s.error();
    if (auto s = reader.trust(identity->provincePublicKey, identity->communeCode); !s)
        return s.error();
    const BundleManifest &manifest = reader.manifest();
    if (manifest.deviceId == identity->deviceId) {
        return makeError(QStringLiteral("bundle.own_bundle"),
            tr("This bundle was made by this device: its changes are already here and still wait in the outbox."));
    }
    QSet<QString> blobs;
    for (const BundleBlobEntry &blob : manifest.blobs)
        blobs.insert(blob.sha256);
    CheckOps check(blobs);
    if (auto s = reader.read(&check); !s)
        return s.error();

    BundleImportSummary summary;
    summary.manifest = manifest;
    auto status = m_database.write([&]() -> Status {
        // The file is read again here: a byte that changed since the check fails this pass and
        // rolls everything back.
        ApplyOps apply(m_database, manifest, blobs, summary);
        if (auto s = reader.read(&apply); !s)
            return s;
        QSqlQuery query(m_database.connection());
        if (!exec(query,
                QStringLiteral("INSERT OR IGNORE INTO bundle_imports (bundle_id, origin_device, commune_code, "
                               "created_at, op_count, blob_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {manifest.bundleId, manifest.deviceId, manifest.communeCode, IsoTime::text(manifest.createdAt),
                    manifest.ops.size(), manifest.blobs.size(), IsoTime::text(VietnamTime::now())}))
            return sqlError(query);
        return {};
    });
    if (!status)
        return status.error();
    // After the commit: a failed import leaves no copy behind.
    summary.keptFile = keepCopy(m_database, path, manifest.bundleId);
    if (!summary.keptFile.isEmpty()) {
        QSqlQuery query(m_database.connection());
        exec(query, QStringLiteral("UPDATE bundle_imports SET kept_file = ? WHERE bundle_id = ?"),
            {summary.keptFile, manifest.bundleId});
    }
    return summary;
}

} // namespace motcua

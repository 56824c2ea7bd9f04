#include "RemoteChanges.h"

#include "Conflicts.h"
#include "Database.h"
#include "IsoTime.h"
#include "ProcedureRepository.h"
#include "RemoteDossiers.h"
#include "SyncState.h"
#include "domain/VietnamTime.h"
#include "io/CatalogJson.h"
#include "io/HolidayScheduleJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcRemote, "motcua.sync.apply")

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::RemoteChanges", text);
}

Error sqlError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("Changes from the server could not be saved: %1").arg(query.lastError().text()));
}

const QString kDossier = QStringLiteral("dossier");
const QString kCatalog = QStringLiteral("catalog");
const QString kCalendar = QStringLiteral("calendar");
const QString kDossierEvent = QStringLiteral("dossier_event");
const QString kScan = QStringLiteral("scan");

// A savepoint per pulled record: one record that cannot be written (a value the local schema
// refuses) is rolled back alone and kept for later, instead of failing the page and, with it,
// every later pull.
class Savepoint final
{
public:
    explicit Savepoint(Database &database)
        : m_query(database.connection())
    {
        m_ok = m_query.exec(QStringLiteral("SAVEPOINT remote_record"));
    }
    ~Savepoint()
    {
        if (m_ok && !m_done)
            rollback();
    }
    bool ok() const { return m_ok; }
    bool release()
    {
        m_done = true;
        return m_query.exec(QStringLiteral("RELEASE remote_record"));
    }
    void rollback()
    {
        m_done = true;
        m_query.exec(QStringLiteral("ROLLBACK TO remote_record"));
        m_query.exec(QStringLiteral("RELEASE remote_record"));
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_done = false;
};

RemoteRecord recordFromRow(const QSqlQuery &query)
{
    RemoteRecord record;
    record.entity = query.value(0).toString();
    record.id = query.value(1).toString();
    record.version = query.value(2).toLongLong();
    record.originDevice = query.value(3).toString();
    record.deleted = query.value(4).toInt() != 0;
    record.fields = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    return record;
}

// The fields of a calendar publication as a holiday file: the document itself, or one year of it.
QByteArray calendarDocument(const QJsonObject &fields)
{
    if (fields.contains(QStringLiteral("format")))
        return QJsonDocument(fields).toJson(QJsonDocument::Compact);
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("motcua-holidays")},
        {QStringLiteral("format_version"), 1}, {QStringLiteral("years"), QJsonArray{fields}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace

RemoteChanges::RemoteChanges(Database &database)
    : m_database(database)
    , m_deviceId(database.deviceId())
{
}

Result<PushRecordSummary> RemoteChanges::recordPushOutcomes(const QList<PushedOpOutcome> &outcomes)
{
    PushRecordSummary summary;
    Conflicts conflicts(m_database);
    Outbox outbox(m_database);
    auto status = m_database.write([&]() -> Status {
        QList<QUuid> acknowledged;
        for (const PushedOpOutcome &outcome : outcomes) {
            const OutboxOp &op = outcome.op;
            const QString origin = op.originDevice.isEmpty() ? m_deviceId : op.originDevice;
            RemoteRecord confirmed{op.entity, op.entityId, outcome.version, {}, origin, false};
            switch (outcome.kind) {
            case PushedOpOutcome::Kind::Applied:
            case PushedOpOutcome::Kind::Duplicate:
                (outcome.kind == PushedOpOutcome::Kind::Applied ? summary.applied : summary.duplicates)++;
                if (auto s = remember(confirmed, {}); !s)
                    return s;
                break;
            case PushedOpOutcome::Kind::Conflict: {
                ++summary.conflicts;
                ConflictRecord conflict;
                conflict.entity = op.entity;
                conflict.recordId = op.entityId;
                conflict.source = ConflictRecord::Source::Push;
                conflict.opId = op.opId.toString(QUuid::WithoutBraces);
                conflict.localVersion = op.baseVersion;
                conflict.localFields = op.fields;
                conflict.serverVersion = outcome.version;
                if (outcome.serverRecord) {
                    conflict.serverVersion = outcome.serverRecord->version;
                    conflict.serverFields = outcome.serverRecord->fields;
                    conflict.serverOriginDevice = outcome.serverRecord->originDevice;
                    conflict.serverDeleted = outcome.serverRecord->deleted;
                    confirmed = *outcome.serverRecord;
                    confirmed.fields = {};
                }
                if (auto added = conflicts.record(conflict); !added)
                    return added.error();
                // The server's version is known now; its content waits in the conflict record.
                if (auto s = remember(confirmed, {}); !s)
                    return s;
                break;
            }
            case PushedOpOutcome::Kind::Rejected: {
                ++summary.rejected;
                RejectedOp rejected{op.opId.toString(QUuid::WithoutBraces), op.entity, op.entityId, op.baseVersion,
                    op.fields, op.blobRefs, outcome.reason, outcome.message, !outcome.rejectedByClient,
                    VietnamTime::now()};
                if (auto s = conflicts.recordRejected(rejected); !s)
                    return s;
                break;
            }
            case PushedOpOutcome::Kind::Retry:
                ++summary.retried;
                continue;
            }
            acknowledged.append(op.opId);
        }
        return outbox.acknowledge(acknowledged);
    });
    if (!status)
        return status.error();
    return summary;
}

Status RemoteChanges::remember(const RemoteRecord &record, const QString &unappliedReason)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_records (entity, id, version, origin_device, deleted, unapplied_fields, unapplied_reason, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET "
        "version = max(version, excluded.version), origin_device = excluded.origin_device, "
        "deleted = excluded.deleted, unapplied_fields = excluded.unapplied_fields, "
        "unapplied_reason = excluded.unapplied_reason, updated_at = excluded.updated_at"));
    query.addBindValue(record.entity);
    query.addBindValue(record.id);
    query.addBindValue(record.version);
    query.addBindValue(record.originDevice.isNull() ? QStringLiteral("") : record.originDevice);
    query.addBindValue(record.deleted ? 1 : 0);
    query.addBindValue(unappliedReason.isEmpty()
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact))));
    query.addBindValue(unappliedReason.isNull() ? QStringLiteral("") : unappliedReason);
    query.addBindValue(IsoTime::text(VietnamTime::now()));
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<PullApplySummary> RemoteChanges::applyPage(const QList<RemoteRecord> &records, const QString &cursor)
{
    PullApplySummary summary;
    auto status = m_database.write([&]() -> Status {
        for (const RemoteRecord &record : records) {
            auto applied = applyOne(record, summary);
            if (!applied)
                return applied.error();
        }
        if (summary.applied > 0) {
            if (auto s = retryUnapplied(summary); !s)
                return s;
        }
        return SyncState(m_database).setCursor(cursor);
    });
    if (!status)
        return status.error();
    return summary;
}

// Applies one pulled record; false when it was kept for later.
Result<bool> RemoteChanges::applyOne(const RemoteRecord &record, PullApplySummary &summary)
{
    if (record.entity != kDossier && record.entity != kCatalog && record.entity != kCalendar
        && record.entity != kDossierEvent && record.entity != kScan) {
        ++summary.unknownEntities;
        return true;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version, unapplied_fields IS NOT NULL FROM sync_records "
                                 "WHERE entity = ? AND id = ?"));
    query.addBindValue(record.entity);
    query.addBindValue(record.id);
    if (!query.exec())
        return sqlError(query);
    const bool known = query.next();
    const qint64 knownVersion = known ? query.value(0).toLongLong() : 0;
    const bool waiting = known && query.value(1).toBool();
    query.finish();
    if (known && record.version < knownVersion) {
        ++summary.alreadyKnown;
        return true;
    }
    if (known && record.version == knownVersion && !waiting) {
        ++summary.alreadyKnown;
        return true;
    }

    if (record.entity == kDossierEvent)
        return applyEvent(record, summary);
    if (record.entity == kScan)
        return applyScan(record, summary);

    if (record.entity == kDossier) {
        auto local = RemoteDossiers::localVersion(m_database, record.id);
        if (!local)
            return local.error();
        // This device's own change coming back: the local record has it (or something newer).
        if (*local && record.originDevice == m_deviceId && record.version <= **local) {
            ++summary.alreadyKnown;
            if (auto s = remember(record, {}); !s)
                return s.error();
            return true;
        }
        auto pending = RemoteDossiers::hasPendingOps(m_database, record.id);
        if (!pending)
            return pending.error();
        auto open = Conflicts(m_database).hasOpen(record.entity, record.id);
        if (!open)
            return open.error();
        if (*pending || *open) {
            auto localFields = RemoteDossiers::localFields(m_database, record.id);
            if (!localFields)
                return localFields.error();
            ConflictRecord conflict;
            conflict.entity = record.entity;
            conflict.recordId = record.id;
            conflict.source = ConflictRecord::Source::Pull;
            conflict.localVersion = local->value_or(0);
            conflict.localFields = *localFields;
            conflict.serverVersion = record.version;
            conflict.serverFields = record.fields;
            conflict.serverOriginDevice = record.originDevice;
            conflict.serverDeleted = record.deleted;
            auto added = Conflicts(m_database).record(conflict);
            if (!added)
                return added.error();
            if (*added)
                ++summary.conflicts;
            if (auto s = remember(record, {}); !s)
                return s.error();
            return true;
        }
        Savepoint savepoint(m_database);
        if (!savepoint.ok())
            return sqlError(QSqlQuery(m_database.connection()));
        auto applied = RemoteDossiers::apply(m_database, record);
        QString reason;
        if (!applied)
            reason = applied.error().message;
        else if (*applied)
            reason = **applied;
        if (reason.isEmpty()) {
            savepoint.release();
            ++summary.applied;
            if (auto s = remember(record, {}); !s)
                return s.error();
            return true;
        }
        savepoint.rollback();
        qCInfo(lcRemote) << "dossier" << record.id << "version" << record.version << "kept for later:" << reason;
        ++summary.unapplied;
        if (auto s = remember(record, reason); !s)
            return s.error();
        return false;
    }

    // Province publications: the newest one replaces the whole document.
    Savepoint savepoint(m_database);
    QString reason;
    if (record.entity == kCatalog) {
        auto catalog = CatalogJson::parse(QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
        if (!catalog) {
            reason = catalog.error().message;
        } else if (auto imported = ProcedureRepository(m_database).importCatalog(*catalog); !imported) {
            if (imported.error().code != QLatin1String("catalog.older_version"))
                reason = imported.error().message;
        } else {
            ++summary.catalogs;
            ++summary.applied;
        }
    } else {
        auto schedules = HolidayScheduleJson::parse(calendarDocument(record.fields));
        if (!schedules) {
            reason = schedules.error().message;
        } else {
            QMap<int, HolidaySchedule> byYear;
            const QString stored = m_database.meta(QStringLiteral("holiday_schedules"));
            if (!stored.isEmpty()) {
                if (auto existing = HolidayScheduleJson::parse(stored.toUtf8()); existing) {
                    for (const HolidaySchedule &schedule : existing.value())
                        byYear.insert(schedule.year, schedule);
                }
            }
            for (const HolidaySchedule &schedule : schedules.value())
                byYear.insert(schedule.year, schedule);
            const QByteArray merged = HolidayScheduleJson::write(byYear.values());
            if (auto s = m_database.setMeta(QStringLiteral("holiday_schedules"), QString::fromUtf8(merged)); !s) {
                reason = s.error().message;
            } else {
                ++summary.calendars;
                ++summary.applied;
            }
        }
    }
    if (!reason.isEmpty()) {
        // A publication this client cannot read is not retried: the next one replaces it.
        savepoint.rollback();
        qCWarning(lcRemote) << record.entity << record.id << "version" << record.version << "not applied:" << reason;
        ++summary.unapplied;
        RemoteRecord kept = record;
        kept.fields = {};
        if (auto s = remember(kept, reason); !s)
            return s.error();
        return false;
    }
    savepoint.release();
    if (auto s = remember(record, {}); !s)
        return s.error();
    return true;
}

// One event of a dossier's history (docs/protocol.md "dossier_event"), added once by event id. It
// joins the history even while the dossier has pending local ops: it happened on the server's side
// and the clerk who resolves the conflict sees it. An event whose dossier is not here yet waits.
Result<bool> RemoteChanges::applyEvent(const RemoteRecord &record, PullApplySummary &summary)
{
    if (record.deleted) {
        ++summary.alreadyKnown;
        return true;
    }
    auto added = RemoteDossiers::addEvent(
        m_database, record.fields.value(QStringLiteral("dossier_id")).toString(), record.fields);
    if (!added)
        return added.error();
    switch (*added) {
    case RemoteDossiers::EventOutcome::Added:
        ++summary.events;
        break;
    case RemoteDossiers::EventOutcome::Known:
        ++summary.alreadyKnown;
        break;
    case RemoteDossiers::EventOutcome::NoDossier:
        ++summary.unapplied;
        if (auto s = remember(record, tr("the dossier of this event is not on this device yet")); !s)
            return s.error();
        return false;
    case RemoteDossiers::EventOutcome::Invalid: {
        qCWarning(lcRemote) << "event" << record.id << "not applied: no id, time, status or dossier";
        ++summary.unapplied;
        RemoteRecord kept = record;
        kept.fields = {};
        if (auto s = remember(kept, tr("the event has no id, time, status or dossier")); !s)
            return s.error();
        return false;
    }
    }
    // Only events that waited leave a row: dossier_events itself recognizes the others.
    return true;
}

// A scan of the commune became complete on the server: the documents that name it stop being
// "scan pending" once its bytes are here (the puller downloads it before applying the page). If
// they are not, the change is kept and the puller tries again in a later cycle (scansToFetch).
Result<bool> RemoteChanges::applyScan(const RemoteRecord &record, PullApplySummary &summary)
{
    const QString sha256 = record.fields.value(QStringLiteral("sha256")).toString();
    if (record.deleted || sha256.isEmpty() || !record.fields.value(QStringLiteral("complete")).toBool()) {
        ++summary.alreadyKnown;
        return true;
    }
    auto attached = RemoteDossiers::attachScan(m_database, sha256);
    if (!attached)
        return attached.error();
    if (*attached < 0) {
        ++summary.unapplied;
        if (auto s = remember(record, tr("the scan is not downloaded yet")); !s)
            return s.error();
        return false;
    }
    summary.scans += *attached;
    RemoteRecord done = record;
    done.fields = {};
    if (auto s = remember(done, {}); !s)
        return s.error();
    return true;
}

Result<QStringList> RemoteChanges::scansToFetch() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT unapplied_fields FROM sync_records WHERE entity = 'scan' "
                                   "AND unapplied_fields IS NOT NULL LIMIT 1000")))
        return sqlError(query);
    QStringList scans;
    while (query.next()) {
        const QString sha256 = QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("sha256"))
                                   .toString();
        if (!sha256.isEmpty() && !scans.contains(sha256))
            scans.append(sha256);
    }
    return scans;
}

Result<int> RemoteChanges::attachFetchedScans()
{
    int attached = 0;
    auto status = m_database.write([&]() -> Status {
        QList<RemoteRecord> waiting;
        {
            QSqlQuery query(m_database.connection());
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT entity, id, version, origin_device, deleted, unapplied_fields "
                                           "FROM sync_records WHERE entity = 'scan' AND unapplied_fields IS NOT NULL")))
                return sqlError(query);
            while (query.next())
                waiting.append(recordFromRow(query));
        }
        PullApplySummary summary;
        for (const RemoteRecord &record : std::as_const(waiting)) {
            if (auto applied = applyScan(record, summary); !applied)
                return applied.error();
        }
        attached = summary.scans;
        return {};
    });
    if (!status)
        return status.error();
    return attached;
}

Result<QStringList> RemoteChanges::pendingScans() const
{
    return RemoteDossiers::pendingScans(m_database);
}

// Dossiers kept for later get another chance once something was applied (a catalog that brings
// their procedure, the rest of a record).
Status RemoteChanges::retryUnapplied(PullApplySummary &summary)
{
    QList<RemoteRecord> waiting;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        // Dossiers first: the events that waited for them follow.
        if (!query.exec(QStringLiteral("SELECT entity, id, version, origin_device, deleted, unapplied_fields "
                                       "FROM sync_records WHERE unapplied_fields IS NOT NULL "
                                       "AND (entity = 'dossier' OR entity = 'dossier_event') "
                                       "ORDER BY entity = 'dossier_event' LIMIT 1000")))
            return sqlError(query);
        while (query.next())
            waiting.append(recordFromRow(query));
    }
    for (const RemoteRecord &record : std::as_const(waiting)) {
        if (record.entity == kDossierEvent) {
            auto added = RemoteDossiers::addEvent(
                m_database, record.fields.value(QStringLiteral("dossier_id")).toString(), record.fields);
            if (!added)
                return added.error();
            if (*added == RemoteDossiers::EventOutcome::NoDossier)
                continue;
            if (*added == RemoteDossiers::EventOutcome::Added)
                ++summary.events;
            --summary.unapplied;
            if (auto s = remember(record, {}); !s)
                return s;
            continue;
        }
        if (auto pending = RemoteDossiers::hasPendingOps(m_database, record.id); !pending || *pending)
            continue;
        Savepoint savepoint(m_database);
        auto applied = RemoteDossiers::apply(m_database, record);
        if (!applied || *applied) {
            savepoint.rollback();
            continue;
        }
        savepoint.release();
        ++summary.applied;
        --summary.unapplied;
        if (auto s = remember(record, {}); !s)
            return s;
    }
    summary.unapplied = std::max(summary.unapplied, 0);
    return {};
}

Result<QStringList> RemoteChanges::missingAttachments(const QList<RemoteRecord> &records) const
{
    QSet<QString> seen;
    QStringList missing;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ?"));
    QSqlQuery waiting(m_database.connection());
    waiting.prepare(QStringLiteral("SELECT 1 FROM dossier_documents WHERE pending_sha256 = ? LIMIT 1"));
    for (const RemoteRecord &record : records) {
        if (record.entity == kScan && !record.deleted) {
            // A scan that documents here wait for has arrived on the server: fetch it now.
            const QString sha256 = record.fields.value(QStringLiteral("sha256")).toString();
            if (sha256.isEmpty() || seen.contains(sha256))
                continue;
            waiting.addBindValue(sha256);
            if (!waiting.exec())
                return sqlError(waiting);
            const bool wanted = waiting.next();
            waiting.finish();
            // Not wanted yet: a dossier later in this page may still name it (a scan uploaded
            // before its record's push is announced before the record).
            if (!wanted)
                continue;
            seen.insert(sha256);
            query.addBindValue(sha256);
            if (!query.exec())
                return sqlError(query);
            if (!query.next())
                missing.append(sha256);
            query.finish();
            continue;
        }
        if (record.entity != kDossier || record.deleted)
            continue;
        const QJsonArray documents = record.fields.value(QStringLiteral("documents")).toArray();
        for (const QJsonValue &document : documents) {
            const QString sha256 = document.toObject().value(QStringLiteral("attachment_sha256")).toString();
            if (sha256.isEmpty() || seen.contains(sha256))
                continue;
            seen.insert(sha256);
            query.addBindValue(sha256);
            if (!query.exec())
                return sqlError(query);
            if (!query.next())
                missing.append(sha256);
            query.finish();
        }
    }
    return missing;
}

Result<qint64> RemoteChanges::unappliedCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_records WHERE unapplied_reason != ''")) || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

} // namespace motcua

#include "RemoteDossiers.h"

#include "Database.h"
#include "IsoTime.h"
#include "RemoteChanges.h"
#include "domain/TextFold.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::RemoteDossiers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::RemoteChanges", text);
}

Error sqlError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("A dossier from the server could not be saved: %1").arg(query.lastError().text()));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

enum class Kind { Text, Time, NullableTime, Date };

struct Column
{
    const char *name;
    Kind kind;
};

// The dossier columns a pulled record may set, by their DossierJson key (the same name).
constexpr Column kColumns[] = {
    {"code", Kind::Text},
    {"procedure_code", Kind::Text},
    {"applicant_name", Kind::Text},
    {"citizen_id", Kind::Text},
    {"phone", Kind::Text},
    {"address", Kind::Text},
    {"email", Kind::Text},
    {"status", Kind::Text},
    {"received_at", Kind::Time},
    {"due_date", Kind::Date},
    {"done_at", Kind::NullableTime},
    {"returned_at", Kind::NullableTime},
    {"updated_at", Kind::Time},
    {"commune_code", Kind::Text},
    {"origin_device", Kind::Text},
};

// Needed to insert a dossier this store has never seen.
constexpr const char *kRequired[]
    = {"code", "procedure_code", "applicant_name", "citizen_id", "status", "received_at", "due_date"};

// The stored form of a value: times in the store's own ISO text (so that text order is time order).
std::optional<QVariant> storedValue(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        if (value.isNull())
            return QVariant(QStringLiteral(""));
        if (!value.isString())
            return std::nullopt;
        return QVariant(value.toString());
    case Kind::NullableTime:
        if (value.isNull())
            return nullText();
        [[fallthrough]];
    case Kind::Time: {
        const auto at = VietnamTime::parseIso(value.toString());
        if (!at)
            return std::nullopt;
        return QVariant(IsoTime::text(*at));
    }
    case Kind::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QVariant(date.toString(Qt::ISODate));
    }
    }
    return std::nullopt;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Result<bool> attachmentKnown(QSqlQuery &query, const QString &sha256)
{
    if (!exec(query, QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ?"), {sha256}))
        return sqlError(query);
    const bool known = query.next();
    query.finish();
    return known;
}

Status replaceDocuments(QSqlQuery &query, const QString &id, const QJsonArray &documents)
{
    if (!exec(query, QStringLiteral("DELETE FROM dossier_documents WHERE dossier_id = ?"), {id}))
        return sqlError(query);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject document = documents.at(i).toObject();
        QVariant sha256 = nullText();
        QVariant pending = nullText();
        const QString ref = document.value(QStringLiteral("attachment_sha256")).toString();
        if (!ref.isEmpty()) {
            // A scan not on this desk yet (still on its way to the server, or not downloaded) is
            // "scan pending": the document keeps its name until the bytes arrive (attachScan).
            auto known = attachmentKnown(query, ref);
            if (!known)
                return known.error();
            (*known ? sha256 : pending) = ref;
        }
        if (!exec(query,
                QStringLiteral("INSERT INTO dossier_documents (dossier_id, position, title, kind, count, "
                               "attachment_sha256, pending_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, static_cast<qint64>(i), document.value(QStringLiteral("title")).toString(),
                    document.value(QStringLiteral("kind")).toString(), document.value(QStringLiteral("count")).toInt(1),
                    sha256, pending}))
            return sqlError(query);
    }
    return {};
}

Status replacePauses(QSqlQuery &query, const QString &id, const QJsonArray &pauses)
{
    if (!exec(query, QStringLiteral("DELETE FROM dossier_pauses WHERE dossier_id = ?"), {id}))
        return sqlError(query);
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const QJsonObject pause = pauses.at(i).toObject();
        const auto started = storedValue(pause.value(QStringLiteral("started_at")), Kind::Time);
        const auto ended = storedValue(pause.value(QStringLiteral("ended_at")), Kind::NullableTime);
        if (!started || !ended) {
            return makeError(QStringLiteral("sync.invalid_record"), tr("A pause of the dossier has no valid time."));
        }
        if (!exec(query,
                QStringLiteral("INSERT INTO dossier_pauses (dossier_id, position, started_at, ended_at, working_days) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {id, static_cast<qint64>(i), *started, *ended, pause.value(QStringLiteral("working_days")).toInt()}))
            return sqlError(query);
    }
    return {};
}

// A merge (DuplicateFinder::merge on the desk that made it) moves the merged dossier's history to
// the kept one; a pulled merge does the same here, once, so that both desks show one timeline. The
// event that records the merge itself stays with the merged dossier, as on the desk that made it.
Status followMerge(QSqlQuery &query, const QString &keptId, const QJsonObject &fields)
{
    const QString mergedId = fields.value(QStringLiteral("merged_from")).toString();
    if (mergedId.isEmpty() || mergedId == keptId)
        return {};
    if (!exec(query, QStringLiteral("SELECT 1 FROM dossier_merges WHERE merged_id = ?"), {mergedId}))
        return sqlError(query);
    const bool known = query.next();
    query.finish();
    if (known)
        return {}; // merged here already (or made here): later versions carry merged_from too
    if (!exec(query,
            QStringLiteral("UPDATE dossier_events SET dossier_id = ? WHERE dossier_id = ? AND action != 'merged_into'"),
            {keptId, mergedId}))
        return sqlError(query);
    const int moved = query.numRowsAffected();
    const QJsonObject event = fields.value(QStringLiteral("event")).toObject();
    const auto at = storedValue(event.value(QStringLiteral("at")), Kind::Time);
    if (!exec(query,
            QStringLiteral("INSERT OR IGNORE INTO dossier_merges (merged_id, kept_id, merged_at, actor, events_moved, "
                           "note) VALUES (?, ?, ?, ?, ?, '')"),
            {mergedId, keptId, at ? *at : QVariant(IsoTime::text(VietnamTime::now())),
                event.value(QStringLiteral("actor")).toString(QStringLiteral("")), moved}))
        return sqlError(query);
    return {};
}

} // namespace

Result<EventOutcome> addEvent(Database &database, const QString &dossierId, const QJsonObject &event)
{
    QSqlQuery query(database.connection());
    const auto at = storedValue(event.value(QStringLiteral("at")), Kind::Time);
    const QString eventId = event.value(QStringLiteral("id")).toString();
    const QString toStatus = event.value(QStringLiteral("to_status")).toString();
    const QString action = event.value(QStringLiteral("action")).toString(QStringLiteral(""));
    if (!at || eventId.isEmpty() || toStatus.isEmpty() || dossierId.isEmpty())
        return EventOutcome::Invalid;
    // The history of a dossier merged here lives with the kept one (followMerge).
    QString target = dossierId;
    if (action != QLatin1String("merged_into")) {
        if (!exec(query, QStringLiteral("SELECT kept_id FROM dossier_merges WHERE merged_id = ?"), {dossierId}))
            return sqlError(query);
        if (query.next())
            target = query.value(0).toString();
        query.finish();
    }
    if (!exec(query, QStringLiteral("SELECT 1 FROM dossiers WHERE id = ?"), {target}))
        return sqlError(query);
    const bool dossierHere = query.next();
    query.finish();
    if (!dossierHere)
        return EventOutcome::NoDossier;
    // An event id is unique; the key (dossier_id, at, id) finds it through its dossier.
    if (!exec(query,
            QStringLiteral("SELECT 1 FROM dossier_events WHERE (dossier_id = ? OR dossier_id = ?) AND id = ? LIMIT 1"),
            {dossierId, target, eventId}))
        return sqlError(query);
    const bool known = query.next();
    query.finish();
    if (known)
        return EventOutcome::Known;
    // Pulled events have no outbox op, so op_id is empty.
    const QJsonValue from = event.value(QStringLiteral("from_status"));
    if (!exec(query,
            QStringLiteral("INSERT INTO dossier_events (id, dossier_id, at, actor, device, action, "
                           "from_status, to_status, note, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')"),
            {eventId, target, *at, event.value(QStringLiteral("actor")).toString(QStringLiteral("")),
                event.value(QStringLiteral("device")).toString(QStringLiteral("")), action,
                from.isString() ? QVariant(from.toString()) : nullText(), toStatus,
                event.value(QStringLiteral("note")).toString(QStringLiteral(""))}))
        return sqlError(query);
    return EventOutcome::Added;
}

Result<int> attachScan(Database &database, const QString &sha256)
{
    QSqlQuery query(database.connection());
    if (!exec(query,
            QStringLiteral("UPDATE dossier_documents SET attachment_sha256 = pending_sha256, pending_sha256 = NULL "
                           "WHERE pending_sha256 = ? AND EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)"),
            {sha256, sha256}))
        return sqlError(query);
    const int attached = query.numRowsAffected();
    if (!exec(query, QStringLiteral("SELECT count(*) FROM dossier_documents WHERE pending_sha256 = ?"), {sha256})
        || !query.next())
        return sqlError(query);
    return query.value(0).toInt() > 0 ? -1 : attached;
}

Result<QStringList> pendingScans(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT pending_sha256 FROM dossier_documents "
                                   "WHERE pending_sha256 IS NOT NULL ORDER BY pending_sha256")))
        return sqlError(query);
    QStringList scans;
    while (query.next())
        scans.append(query.value(0).toString());
    return scans;
}

Result<std::optional<qint64>> localVersion(Database &database, const QString &id)
{
    QSqlQuery query(database.connection());
    if (!exec(query, QStringLiteral("SELECT version FROM dossiers WHERE id = ?"), {id}))
        return sqlError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<bool> hasPendingOps(Database &database, const QString &id)
{
    QSqlQuery query(database.connection());
    // Forwarded ops (a USB bundle's, origin_device set) are another device's change, already
    // applied here: they do not make a pulled version a conflict.
    if (!exec(query,
            QStringLiteral(
                "SELECT 1 FROM outbox WHERE entity = 'dossier' AND entity_id = ? AND origin_device = '' LIMIT 1"),
            {id}))
        return sqlError(query);
    return query.next();
}

Result<QJsonObject> localFields(Database &database, const QString &id)
{
    QSqlQuery query(database.connection());
    QStringList names;
    for (const Column &column : kColumns)
        names << QString::fromLatin1(column.name);
    if (!exec(query,
            QStringLiteral("SELECT version, ") + names.join(QStringLiteral(", "))
                + QStringLiteral(" FROM dossiers WHERE id = ?"),
            {id}))
        return sqlError(query);
    QJsonObject fields;
    if (!query.next())
        return fields;
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("version"), query.value(0).toLongLong());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QVariant value = query.value(static_cast<int>(i + 1));
        fields.insert(names.at(i), value.isNull() ? QJsonValue() : QJsonValue(value.toString()));
    }
    return fields;
}

Result<std::optional<QString>> apply(Database &database, const RemoteRecord &record)
{
    QSqlQuery query(database.connection());
    const QString &id = record.id;
    if (record.deleted) {
        if (!exec(query, QStringLiteral("DELETE FROM dossiers WHERE id = ?"), {id}))
            return sqlError(query);
        return std::optional<QString>();
    }
    auto version = localVersion(database, id);
    if (!version)
        return version.error();
    const QJsonObject &fields = record.fields;

    QStringList names;
    QVariantList values;
    for (const Column &column : kColumns) {
        const QString name = QString::fromLatin1(column.name);
        if (!fields.contains(name))
            continue;
        const auto value = storedValue(fields.value(name), column.kind);
        if (!value)
            return std::optional<QString>(tr("the field %1 has an invalid value").arg(name));
        names << name;
        values << *value;
    }
    const int applicantName = static_cast<int>(names.indexOf(QStringLiteral("applicant_name")));
    if (applicantName >= 0) {
        names << QStringLiteral("applicant_key");
        values << TextFold::searchKey(values.at(applicantName).toString());
    }
    const int procedure = static_cast<int>(names.indexOf(QStringLiteral("procedure_code")));
    if (procedure >= 0) {
        if (!exec(query, QStringLiteral("SELECT 1 FROM procedures WHERE code = ?"), {values.at(procedure)}))
            return sqlError(query);
        const bool known = query.next();
        query.finish();
        if (!known) {
            return std::optional<QString>(
                tr("the procedure %1 is not in the local catalog").arg(values.at(procedure).toString()));
        }
    }

    if (!*version) {
        for (const char *required : kRequired) {
            if (!names.contains(QString::fromLatin1(required)))
                return std::optional<QString>(
                    tr("the server sent only part of the dossier (no %1)").arg(QString::fromLatin1(required)));
        }
        if (!names.contains(QStringLiteral("updated_at"))) {
            names << QStringLiteral("updated_at");
            values << values.at(static_cast<int>(names.indexOf(QStringLiteral("received_at"))));
        }
        if (!names.contains(QStringLiteral("origin_device"))) {
            names << QStringLiteral("origin_device");
            values << record.originDevice;
        }
        names << QStringLiteral("id") << QStringLiteral("version");
        values << id << record.version;
        const QString marks = QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "));
        if (!exec(query,
                QStringLiteral("INSERT INTO dossiers (") + names.join(QStringLiteral(", "))
                    + QStringLiteral(") VALUES (") + marks + QStringLiteral(")"),
                values))
            return sqlError(query);
        // Schema.cpp: the writer of a new dossier indexes its name (there is no insert trigger).
        if (!exec(query,
                QStringLiteral("INSERT INTO dossier_search (rowid, applicant_key) "
                               "SELECT local_id, applicant_key FROM dossiers WHERE id = ?"),
                {id}))
            return sqlError(query);
    } else {
        QStringList assignments;
        for (const QString &name : std::as_const(names))
            assignments << name + QStringLiteral(" = ?");
        assignments << QStringLiteral("version = ?");
        values << record.version << id;
        if (!exec(query,
                QStringLiteral("UPDATE dossiers SET ") + assignments.join(QStringLiteral(", "))
                    + QStringLiteral(" WHERE id = ?"),
                values))
            return sqlError(query);
    }

    if (fields.value(QStringLiteral("documents")).isArray()) {
        if (auto s = replaceDocuments(query, id, fields.value(QStringLiteral("documents")).toArray()); !s)
            return s.error();
    }
    if (fields.value(QStringLiteral("pauses")).isArray()) {
        if (auto s = replacePauses(query, id, fields.value(QStringLiteral("pauses")).toArray()); !s)
            return s.error();
    }
    if (auto s = followMerge(query, id, fields); !s)
        return s.error();
    // A conflict's resolution carries, before its own event, the events its desk made while the
    // conflict stood ("history", docs/protocol.md). The server keeps them as events and never sends
    // them in a record; a bundle from that desk brings them in the op, and they join the history
    // here the same way, so every desk shows one timeline.
    for (const QJsonValue &earlier : fields.value(QStringLiteral("history")).toArray()) {
        if (!earlier.isObject())
            continue;
        if (auto added = addEvent(database, id, earlier.toObject()); !added)
            return added.error();
    }
    if (fields.value(QStringLiteral("event")).isObject()) {
        // The same event also comes as a dossier_event change: whichever comes first adds it.
        if (auto added = addEvent(database, id, fields.value(QStringLiteral("event")).toObject()); !added)
            return added.error();
    }
    return std::optional<QString>();
}

} // namespace motcua::RemoteDossiers

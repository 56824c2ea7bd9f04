#include "SyncState.h"

#include "CommuneProfile.h"

#include "Database.h"
#include "IsoTime.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::SyncState", text);
}

Error readError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.read_failed"), tr("The sync state could not be read: %1").arg(query.lastError().text()));
}

Error writeError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The sync state could not be saved: %1").arg(query.lastError().text()));
}

QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(IsoTime::text(at)) : QVariant(QMetaType(QMetaType::QString));
}

// QtSql binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return VietnamTime::parseIso(value.toString()).value_or(QDateTime());
}

} // namespace

SyncState::SyncState(Database &database)
    : m_database(database)
{
}

Result<SyncEnrollment> SyncState::enrollment() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT server_url, device_id, token, commune_code, commune_name, device_tag, "
                                   "ca_pem, enrolled_at FROM sync_state WHERE id = 1")))
        return readError(query);
    SyncEnrollment enrollment;
    if (query.next()) {
        enrollment.serverUrl = query.value(0).toString();
        enrollment.deviceId = query.value(1).toString();
        enrollment.token = query.value(2).toString();
        enrollment.communeCode = query.value(3).toString();
        enrollment.communeName = query.value(4).toString();
        enrollment.deviceTag = query.value(5).toString();
        enrollment.caPem = query.value(6).toString().toUtf8();
        enrollment.enrolledAt = parseTime(query.value(7));
    }
    return enrollment;
}

Status SyncState::saveEnrollment(const SyncEnrollment &enrollment)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE sync_state SET server_url = ?, device_id = ?, token = ?, commune_code = ?, commune_name = ?, "
            "device_tag = ?, ca_pem = ?, enrolled_at = ?, revoked = 0, pull_cursor = NULL, last_error_code = '', "
            "last_error_message = '', last_error_at = NULL WHERE id = 1"));
        for (const QVariant &value :
            QVariantList{text(enrollment.serverUrl), text(enrollment.deviceId), text(enrollment.token),
                text(enrollment.communeCode), text(enrollment.communeName), text(enrollment.deviceTag),
                text(QString::fromUtf8(enrollment.caPem)), timeOrNull(enrollment.enrolledAt)})
            query.addBindValue(value);
        if (!query.exec())
            return writeError(query);
        // What the server now knows this device as; new dossiers and their events carry it.
        if (auto s = m_database.setMeta(QStringLiteral("device_id"), enrollment.deviceId); !s)
            return s;
        if (auto s = m_database.setMeta(QStringLiteral("device_tag"), enrollment.deviceTag); !s)
            return s;
        // The commune's name for the forms (CommuneProfile) comes with the enrollment too.
        if (!enrollment.communeName.trimmed().isEmpty()) {
            if (auto s
                = m_database.setMeta(QStringLiteral("commune_name"), CommuneProfile::bareName(enrollment.communeName));
                !s)
                return s;
        }
        return m_database.setMeta(QStringLiteral("commune_code"), enrollment.communeCode);
    });
}

Result<std::optional<QString>> SyncState::cursor() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT pull_cursor FROM sync_state WHERE id = 1")))
        return readError(query);
    if (!query.next() || query.value(0).isNull())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Status SyncState::setCursor(const QString &cursor)
{
    return update(QStringLiteral("pull_cursor = ?"), {cursor});
}

Result<SyncHealth> SyncState::health() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT last_attempt_at, last_success_at, last_error_code, last_error_message, "
                                   "last_error_at, revoked FROM sync_state WHERE id = 1")))
        return readError(query);
    SyncHealth health;
    if (query.next()) {
        health.lastAttemptAt = parseTime(query.value(0));
        health.lastSuccessAt = parseTime(query.value(1));
        health.lastErrorCode = query.value(2).toString();
        health.lastErrorMessage = query.value(3).toString();
        health.lastErrorAt = parseTime(query.value(4));
        health.revoked = query.value(5).toInt() != 0;
    }
    return health;
}

Status SyncState::recordAttempt(const QDateTime &at)
{
    return update(QStringLiteral("last_attempt_at = ?"), {timeOrNull(at)});
}

Status SyncState::recordSuccess(const QDateTime &at)
{
    return update(QStringLiteral("last_success_at = ?, last_error_code = '', last_error_message = '', "
                                 "last_error_at = NULL"),
        {timeOrNull(at)});
}

Status SyncState::recordError(const Error &error, const QDateTime &at)
{
    return update(QStringLiteral("last_error_code = ?, last_error_message = ?, last_error_at = ?"),
        {text(error.code), text(error.message), timeOrNull(at)});
}

Status SyncState::setRevoked(bool revoked)
{
    return update(QStringLiteral("revoked = ?"), {revoked ? 1 : 0});
}

bool SyncState::isBlobConfirmed(const QString &sha256) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

Status SyncState::confirmBlob(const QString &sha256)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_blobs (sha256, confirmed_at) VALUES (?, ?)"));
        query.addBindValue(sha256);
        query.addBindValue(IsoTime::text(VietnamTime::now()));
        if (!query.exec())
            return writeError(query);
        return {};
    });
}

Status SyncState::forgetBlob(const QString &sha256)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM sync_blobs WHERE sha256 = ?"));
        query.addBindValue(sha256);
        if (!query.exec())
            return writeError(query);
        return {};
    });
}

Result<qint64> SyncState::pendingBlobBytes() const
{
    QSqlQuery query(m_database.connection());
    // Scans named by ops still in the outbox, and scans in the upload queue (ScanUploads) less what
    // the server acknowledged of them.
    if (!query.exec(
            QStringLiteral("SELECT coalesce(sum(a.size - min(a.size, coalesce(CAST(m.value AS INTEGER), 0))), 0) "
                           "FROM attachments AS a LEFT JOIN meta AS m ON m.key = 'sync_upload:' || a.sha256 "
                           "WHERE (m.key IS NOT NULL OR a.sha256 IN "
                           "(SELECT refs.value FROM outbox, json_each(outbox.blob_refs) AS refs)) "
                           "AND a.sha256 NOT IN (SELECT sha256 FROM sync_blobs)"))
        || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Status SyncState::update(const QString &assignments, const QVariantList &values)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE sync_state SET ") + assignments + QStringLiteral(" WHERE id = 1"));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return writeError(query);
        return {};
    });
}

} // namespace motcua

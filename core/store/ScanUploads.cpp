#include "ScanUploads.h"

#include "Database.h"
#include "IsoTime.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

const QString kPrefix = QStringLiteral("sync_upload:");

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::ScanUploads", text);
}

Error readError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.read_failed"),
        tr("The scan upload queue could not be read: %1").arg(query.lastError().text()));
}

Error writeError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The scan upload queue could not be saved: %1").arg(query.lastError().text()));
}

} // namespace

ScanUploads::ScanUploads(Database &database)
    : m_database(database)
{
}

QString ScanUploads::key(const QString &sha256)
{
    return kPrefix + sha256;
}

Status ScanUploads::enqueue(const QStringList &sha256s)
{
    if (sha256s.isEmpty())
        return {};
    return m_database.write([&]() -> Status {
        QSqlQuery forget(m_database.connection());
        forget.prepare(QStringLiteral("DELETE FROM sync_blobs WHERE sha256 = ?"));
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES (?, '0')"));
        for (const QString &sha256 : sha256s) {
            forget.addBindValue(sha256);
            if (!forget.exec())
                return writeError(forget);
            query.addBindValue(key(sha256));
            if (!query.exec())
                return writeError(query);
        }
        return {};
    });
}

Result<QList<PendingUpload>> ScanUploads::pending() const
{
    QSqlQuery query(m_database.connection());
    // rowid order is insertion order: the scans of the oldest records go first.
    query.prepare(QStringLiteral("SELECT substr(key, ?), value FROM meta WHERE key >= ? AND key < ? ORDER BY rowid"));
    query.addBindValue(int(kPrefix.size()) + 1);
    query.addBindValue(kPrefix);
    query.addBindValue(QStringLiteral("sync_upload;")); // the first key after the prefix's range
    if (!query.exec())
        return readError(query);
    QList<PendingUpload> uploads;
    while (query.next())
        uploads.append(PendingUpload{query.value(0).toString(), query.value(1).toLongLong()});
    return uploads;
}

Status ScanUploads::setOffset(const QString &sha256, qint64 offset)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    query.addBindValue(QString::number(offset));
    query.addBindValue(key(sha256));
    if (!query.exec())
        return writeError(query);
    return {};
}

Status ScanUploads::complete(const QString &sha256)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_blobs (sha256, confirmed_at) VALUES (?, ?)"));
        query.addBindValue(sha256);
        query.addBindValue(IsoTime::text(VietnamTime::now()));
        if (!query.exec())
            return writeError(query);
        return drop(sha256);
    });
}

QString ScanUploads::refusedKey(const QString &sha256)
{
    return QStringLiteral("sync_scan_refused:") + sha256;
}

Status ScanUploads::refuse(const QString &sha256, const QString &reason)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        query.addBindValue(refusedKey(sha256));
        query.addBindValue(reason);
        if (!query.exec())
            return writeError(query);
        return drop(sha256);
    });
}

Status ScanUploads::drop(const QString &sha256)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(key(sha256));
    if (!query.exec())
        return writeError(query);
    return {};
}

Result<QList<ScanOnTheWay>> ScanUploads::onTheWay(const QUuid &dossierId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT d.position, d.title, d.attachment_sha256, coalesce(a.size, 0), coalesce(m.value, '0') "
                       "FROM dossier_documents AS d LEFT JOIN attachments AS a ON a.sha256 = d.attachment_sha256 "
                       "LEFT JOIN meta AS m ON m.key = ? || d.attachment_sha256 "
                       "WHERE d.dossier_id = ? AND d.attachment_sha256 IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM sync_blobs AS b WHERE b.sha256 = d.attachment_sha256) "
                       "AND (m.key IS NOT NULL OR d.attachment_sha256 IN "
                       "(SELECT refs.value FROM outbox, json_each(outbox.blob_refs) AS refs)) "
                       "ORDER BY d.position"));
    query.addBindValue(kPrefix);
    query.addBindValue(dossierId.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return readError(query);
    QList<ScanOnTheWay> scans;
    while (query.next()) {
        scans.append(ScanOnTheWay{query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    return scans;
}

} // namespace motcua

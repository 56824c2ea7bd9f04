#include "ChangeLog.h"

#include "ServerDatabase.h"

namespace motcua::server {

ChangeLog::ChangeLog(ServerDatabase &db, QString logKey)
    : m_db(db)
    , m_key(std::move(logKey))
{
}

Status ChangeLog::lock()
{
    if (Result<qint64> created = m_db.exec(
            QStringLiteral("INSERT INTO commune_seq (commune_code, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING"),
            {m_key});
        !created)
        return created.error();
    // A no-op update is the portable row lock (SQLite holds the database lock already; PostgreSQL
    // makes a concurrent writer of this commune wait here until we commit).
    if (Result<qint64> locked
        = m_db.exec(QStringLiteral("UPDATE commune_seq SET last_seq = last_seq WHERE commune_code = ?"), {m_key});
        !locked)
        return locked.error();
    const Result<std::optional<QVariantList>> row
        = m_db.selectRow(QStringLiteral("SELECT last_seq FROM commune_seq WHERE commune_code = ?"), {m_key});
    if (!row)
        return row.error();
    m_first = m_last = *row ? (**row)[0].toLongLong() : 0;
    return {};
}

Status ChangeLog::append(const QString &entity, const QString &id, qint64 version)
{
    return append(LoggedChange{entity, id, version, {}, {}, {}});
}

Status ChangeLog::append(const LoggedChange &change, qint64 *seq)
{
    ++m_last;
    m_pending << m_key << m_last << change.entity << change.id << change.version << change.originDevice
              << change.pushedBy << change.payload;
    if (seq)
        *seq = m_last;
    return {};
}

Status ChangeLog::flush()
{
    // Empty text is stored as NULL: the province's own changes have no device.
    const Result<qint64> logged = m_db.insertRows(
        QStringLiteral("INSERT INTO change_log (commune_code, seq, entity, id, version, origin_device, pushed_by, "
                       "fields) VALUES"),
        QStringLiteral("(?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''))"), kColumns, m_pending);
    m_pending.clear();
    if (!logged)
        return logged.error();
    return {};
}

Status ChangeLog::finish()
{
    if (m_last == m_first)
        return {};
    if (Status written = flush(); !written)
        return written;
    const Result<qint64> stored
        = m_db.exec(QStringLiteral("UPDATE commune_seq SET last_seq = ? WHERE commune_code = ?"), {m_last, m_key});
    if (!stored)
        return stored.error();
    return {};
}

} // namespace motcua::server

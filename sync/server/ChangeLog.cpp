#include "ChangeLog.h"

#include "ServerDatabase.h"
#include "protocol/ErrorBody.h"

namespace motcua::server {

ChangeLog::ChangeLog(ServerDatabase &db, QString logKey)
    : m_db(db)
    , m_key(std::move(logKey))
{
}

Status ChangeLog::lock()
{
    // One statement creates the commune's row if need be, locks it (PostgreSQL makes a concurrent
    // writer of this commune wait here until we commit; SQLite holds the database lock already) and
    // reads the last seq as the lock found it.
    const Result<std::optional<QVariantList>> row
        = m_db.selectRow(QStringLiteral("INSERT INTO commune_seq (commune_code, last_seq) VALUES (?, 0) "
                                        "ON CONFLICT (commune_code) DO UPDATE SET last_seq = commune_seq.last_seq "
                                        "RETURNING last_seq"),
            {m_key});
    if (!row)
        return row.error();
    if (!*row)
        return Error{QString::fromLatin1(protocol::errors::internal),
            QStringLiteral("The change log of %1 could not be locked.").arg(m_key)};
    m_first = m_last = (**row)[0].toLongLong();
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

#pragma once

#include "domain/Result.h"

#include <QString>

namespace motcua::server {

class ServerDatabase;

// The key of the province's own log (catalog and calendar publications) in commune_seq and
// change_log; commune codes are five digits, so it cannot collide.
inline constexpr char provinceLogKey[] = "province";

// Appends record versions to one commune's change log, the list that pulls read in seq order.
// Used inside a transaction: lock() first (it serializes the writers of that commune, which keeps
// seqs gap-free and in commit order and prevents deadlocks between pushes), then append() per
// change, then finish() before the commit.
class ChangeLog final
{
public:
    ChangeLog(ServerDatabase &db, QString logKey);

    Status lock();
    Status append(const QString &entity, const QString &id, qint64 version);
    Status finish();

private:
    ServerDatabase &m_db;
    QString m_key;
    qint64 m_first = 0;
    qint64 m_last = 0;
};

} // namespace motcua::server

#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua::server {

class ServerDatabase;

// The key of the province's own log (catalog and calendar publications) in commune_seq and
// change_log; commune codes are five digits, so it cannot collide.
inline constexpr char provinceLogKey[] = "province";

// One entry of a change log. A record's entry names its version (the fields are read from records
// when it is pulled); a derived change (dossier_event, scan) carries its payload, which never
// changes.
struct LoggedChange
{
    QString entity;
    QString id;
    qint64 version = 1;
    QString originDevice; // the device whose op made it; empty for the province and the server
    QString pushedBy; // the device that sent it (a forwarder differs from the origin); may be empty
    std::optional<QJsonObject> payload; // derived changes only
};

// Appends record versions and derived changes to one commune's change log, the list that pulls
// read in seq order.
// Used inside a transaction: lock() first (it serializes the writers of that commune, which keeps
// seqs gap-free and in commit order and prevents deadlocks between pushes), then append() per
// change, then finish() before the commit.
class ChangeLog final
{
public:
    ChangeLog(ServerDatabase &db, QString logKey);

    Status lock();
    Status append(const QString &entity, const QString &id, qint64 version);
    // The seq given to the change in *seq when not null.
    Status append(const LoggedChange &change, qint64 *seq = nullptr);
    Status finish();

private:
    ServerDatabase &m_db;
    QString m_key;
    qint64 m_first = 0;
    qint64 m_last = 0;
};

} // namespace motcua::server

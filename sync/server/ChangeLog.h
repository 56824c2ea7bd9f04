#pragma once

#include "domain/Result.h"

#include <QString>
#include <QVariantList>

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
    QString payload; // a derived change's compact JSON; empty for a record's version
};

// Appends record versions and derived changes to one commune's change log, the list that pulls
// read in seq order.
// Used inside a transaction: lock() first (it serializes the writers of that commune, which keeps
// seqs gap-free and in commit order and prevents deadlocks between pushes), then append() per
// change, then finish() before the commit. The entries are written by finish(), several per INSERT,
// so the log holds them only once finish() returned: nothing reads it in between.
class ChangeLog final
{
public:
    ChangeLog(ServerDatabase &db, QString logKey);

    Status lock();
    Status append(const QString &entity, const QString &id, qint64 version);
    // The seq given to the change in *seq when not null.
    Status append(const LoggedChange &change, qint64 *seq = nullptr);
    // The seq the next append() gives, for a row that names its log entry in the same INSERT.
    qint64 nextSeq() const { return m_last + 1; }
    Status finish();

private:
    static constexpr qsizetype kColumns = 8;
    Status flush();

    ServerDatabase &m_db;
    QString m_key;
    QVariantList m_pending; // kColumns values per entry not yet written
    qint64 m_first = 0;
    qint64 m_last = 0;
};

} // namespace motcua::server

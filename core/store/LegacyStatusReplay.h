#pragma once

#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace motcua {

class Database;

// Replays the legal moves that bring an imported dossier, just received, to the status the old
// list gives it: in process at the receipt, then done and returned at the file's dates. It writes
// exactly what DossierRepository::move writes for each step (the same lifecycle check, one
// "move" event and one outbox op with the same fields), but with statements prepared once and one
// UPDATE of the dossier for all its steps: a 100,000-row register replays about 200,000 moves,
// and preparing four statements per move was most of the import's time.
// Runs inside the caller's Database::write.
class LegacyStatusReplay final
{
public:
    LegacyStatusReplay(Database &database, QString actor);
    ~LegacyStatusReplay();
    LegacyStatusReplay(const LegacyStatusReplay &) = delete;
    LegacyStatusReplay &operator=(const LegacyStatusReplay &) = delete;

    // `received` as receiveMany returned it (status received, version 1). Errors: "lifecycle.*"
    // (a date of the file breaks the workflow's order), "dossier.changed", store errors.
    Status replay(const Dossier &received, DossierStatus status, const QDateTime &doneAt, const QDateTime &returnedAt,
        const QString &note);

private:
    struct Statements;

    Database &m_database;
    QString m_actor;
    QString m_deviceId;
    std::unique_ptr<Statements> m_statements;
};

} // namespace motcua

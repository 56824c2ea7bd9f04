#pragma once

#include "domain/Officer.h"
#include "domain/Permissions.h"
#include "domain/Result.h"
#include "domain/WorkCalendar.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace motcua::cli {

// What every command needs: where the data lives, who acts, the store (opened on first use),
// the work calendar with the province's published schedules, and the two output streams.
class CliContext final
{
public:
    CliContext(QString dataDir, QString actor);

    QString dataDir() const { return m_dataDir; }
    QString actor() const { return m_actor; }

    // An encrypted data folder opens only with an officer's username and password
    // ($MOTCUA_OFFICER / $MOTCUA_PASSWORD, else asked on the terminal): the store is unlocked and
    // the actor becomes that officer (a --actor of its own is refused there). A clear folder (an
    // older release's, or a test's) keeps the free actor. Errors: "cli.login_required",
    // "cli.actor_fixed", and the vault's and the officers' login errors.
    Status logIn(bool actorGiven);

    // The officer who logged in; none on a clear folder.
    const std::optional<Officer> &officer() const { return m_officer; }
    // The desk's role rules (domain/Permissions), for the officer who logged in: "permission.denied"
    // with the role that would allow it, before the command touches anything. A clear folder has
    // no login and nothing to check against: its file is open to anyone who can read the disk, so
    // the boundary there is the encryption the desk turns on (docs/encryption.md), not the CLI.
    Status require(Permission permission) const;
    // The same for moving a dossier to `to` (Permissions::mayMoveTo).
    Status requireMove(DossierStatus to) const;

    // Opens the store on first use; the error is printed by the caller.
    Result<Database *> database();

    // The default arrangement plus the schedules stored by `calendar import`.
    Result<WorkCalendar> workCalendar();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints one JSON document on stdout.
    void printJson(const QJsonDocument &document);
    // Prints "motcua-cli: <message>" on stderr and returns the exit code 1.
    int fail(const QString &message);
    int fail(const Error &error) { return fail(error.message); }

private:
    QString m_dataDir;
    QString m_actor;
    std::unique_ptr<Database> m_database;
    bool m_loggedIn = false;
    std::optional<Officer> m_officer;
    QTextStream m_out;
    QTextStream m_err;
};

// The platform's application-data folder, unless MOTCUA_DATA says otherwise.
QString defaultDataDir();

} // namespace motcua::cli

#pragma once

#include "ServerDatabase.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua::server::cli {

// The command line of one `motcua-server` command: options with a value, flags, positionals.
struct Parsed
{
    QMap<QString, QString> options;
    bool json = false;
    QStringList positional;

    QString option(const char *name) const { return options.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return options.contains(QString::fromLatin1(name)); }
};

void out(const QString &text);
void err(const QString &text);
QString tr(const char *text);

// The database named by --data DIR or --database URL; nullptr (after printing why) when it cannot
// be opened.
std::unique_ptr<ServerDatabase> openDatabase(const Parsed &parsed);

// The administrator's commands (AdminCommands.cpp). Exit codes: 0 done, 1 refused, 2 usage.
int enroll(const Parsed &parsed);
int devices(const Parsed &parsed);
int revoke(const Parsed &parsed);
int publishCatalog(const Parsed &parsed);
int publishCalendar(const Parsed &parsed);
int stats(const Parsed &parsed);
int importBundle(const Parsed &parsed); // BundleImportCommand.cpp
int dossier(const Parsed &parsed); // DossierShowCommand.cpp
int serve(const Parsed &parsed); // ServeCommand.cpp
int backup(const Parsed &parsed); // BackupCommand.cpp

} // namespace motcua::server::cli

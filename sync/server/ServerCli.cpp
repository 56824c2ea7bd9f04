#include "ServerCli.h"

#include "CliSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace motcua::server {

namespace cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerCli", text);
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

std::unique_ptr<ServerDatabase> openDatabase(const Parsed &parsed)
{
    Result<std::unique_ptr<ServerDatabase>> db
        = ServerDatabase::open(DatabaseLocation{parsed.option("--data"), parsed.option("--database")});
    if (!db) {
        err(db.error().message);
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace cli

namespace {

using cli::err;
using cli::out;
using cli::Parsed;
using cli::tr;

int usage()
{
    err(tr("usage: motcua-server COMMAND (--data DIR | --database postgresql://USER@HOST:PORT/DB) [options]\n"
           "  enroll --commune CODE [--name NAME] [--json]   issue a one-time enrollment code\n"
           "  devices [--json]                                list the enrolled devices\n"
           "  revoke DEVICE                                   revoke a device\n"
           "  publish-catalog FILE [--json]                   publish a motcua-catalog file to every commune\n"
           "  publish-calendar FILE [--json]                  publish a motcua-holidays file to every commune\n"
           "  stats [--json]                                  per-commune dossiers, ops, devices, blobs\n"
           "  import-bundle FILE [--json]                     apply a device's USB bundle (as its push would)\n"
           "  dossier show CODE [--json]                      a dossier with its whole timeline and its scans\n"
           "  backup FILE                                     a consistent copy of the SQLite store (--data only)\n"
           "  serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--threads N]\n"
           "        [--max-connections N] [--max-connections-per-address N]\n"
           "        [--read-timeout SECONDS] [--idle-timeout SECONDS]\n"
           "        [--partial-ttl 7d] [--orphan-grace 30d] [--commune-quota 20G]\n"
           "        [--trusted-proxy ADDR[,ADDR...]]... [--metrics-listen HOST:PORT]   run the sync server"));
    return 2;
}

// Options with a value, flags without, and positional arguments; nullopt for an unknown option.
std::optional<Parsed> parse(const QStringList &arguments)
{
    static const QStringList valueOptions = {QStringLiteral("--data"), QStringLiteral("--database"),
        QStringLiteral("--commune"), QStringLiteral("--name"), QStringLiteral("--listen"), QStringLiteral("--tls-cert"),
        QStringLiteral("--tls-key"), QStringLiteral("--threads"), QStringLiteral("--max-connections"),
        QStringLiteral("--max-connections-per-address"), QStringLiteral("--read-timeout"),
        QStringLiteral("--idle-timeout"), QStringLiteral("--partial-ttl"), QStringLiteral("--orphan-grace"),
        QStringLiteral("--commune-quota"), QStringLiteral("--trusted-proxy"), QStringLiteral("--metrics-listen")};
    // Options that may be given several times; their values add up as one comma list.
    static const QStringList listOptions = {QStringLiteral("--trusted-proxy")};
    Parsed parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--json")) {
            parsed.json = true;
        } else if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            const QString &value = arguments[++i];
            if (listOptions.contains(argument) && parsed.options.contains(argument))
                parsed.options[argument] += QLatin1Char(',') + value;
            else
                parsed.options.insert(argument, value);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return std::nullopt;
        } else {
            parsed.positional << argument;
        }
    }
    return parsed;
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString command = arguments.first();
    const std::optional<Parsed> parsed = parse(arguments.mid(1));
    if (!parsed || parsed->has("--data") == parsed->has("--database"))
        return usage();
    if (command == QLatin1String("enroll"))
        return cli::enroll(*parsed);
    if (command == QLatin1String("devices"))
        return cli::devices(*parsed);
    if (command == QLatin1String("revoke"))
        return cli::revoke(*parsed);
    if (command == QLatin1String("publish-catalog"))
        return cli::publishCatalog(*parsed);
    if (command == QLatin1String("publish-calendar"))
        return cli::publishCalendar(*parsed);
    if (command == QLatin1String("stats"))
        return cli::stats(*parsed);
    if (command == QLatin1String("import-bundle"))
        return cli::importBundle(*parsed);
    if (command == QLatin1String("dossier"))
        return cli::dossier(*parsed);
    if (command == QLatin1String("backup"))
        return cli::backup(*parsed);
    if (command == QLatin1String("serve"))
        return cli::serve(*parsed);
    return usage();
}

} // namespace motcua::server

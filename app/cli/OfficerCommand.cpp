// motcua-cli officer add | list | passwd | roles | enable | disable: the desk's local officer
// accounts. Passwords come from $MOTCUA_NEW_PASSWORD (on a clear folder also $MOTCUA_PASSWORD) or
// one line on stdin (without echo on a terminal), never from the command line, where other users
// of the machine could read them. On an encrypted folder $MOTCUA_PASSWORD is the login of the
// officer who runs the command, never the password being set.

#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "store/OfficerRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QJsonObject officerJson(const Officer &officer)
{
    QJsonArray roles;
    for (Role role : officer.roles)
        roles.append(roleKey(role));
    return QJsonObject{{QStringLiteral("id"), officer.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("username"), officer.username}, {QStringLiteral("full_name"), officer.fullName},
        {QStringLiteral("roles"), roles}, {QStringLiteral("active"), officer.active}};
}

QString roleKeys(const QList<Role> &roles)
{
    QStringList keys;
    for (Role role : roles)
        keys << roleKey(role);
    return keys.join(QLatin1Char(','));
}

// "--role reception,handling" (also repeated): every key must be known.
Result<QList<Role>> parseRoles(const QStringList &values)
{
    QList<Role> roles;
    for (const QString &value : values) {
        for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = roleFromKey(key);
            if (!role) {
                return makeError(QStringLiteral("officer.unknown_role"),
                    tr("unknown role '%1'; use one of: %2").arg(key.trimmed(), roleKeys(allRoles())));
            }
            if (!roles.contains(*role))
                roles << *role;
        }
    }
    if (roles.isEmpty())
        return makeError(
            QStringLiteral("officer.no_role"), tr("--role needs at least one of: %1").arg(roleKeys(allRoles())));
    return roles;
}

// $MOTCUA_NEW_PASSWORD (or, with no login, $MOTCUA_PASSWORD), else one line of stdin; on a
// terminal, asked for without echo.
QString readPassword(CliContext &context)
{
    if (qEnvironmentVariableIsSet("MOTCUA_NEW_PASSWORD"))
        return qEnvironmentVariable("MOTCUA_NEW_PASSWORD");
    if (!context.officer() && qEnvironmentVariableIsSet("MOTCUA_PASSWORD"))
        return qEnvironmentVariable("MOTCUA_PASSWORD");
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        context.err() << tr("Password: ");
        context.err().flush();
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err() << Qt::endl;
    }
    QString password = QString::fromStdString(line);
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

int printOfficer(CliContext &context, const Officer &officer, bool json, const QString &what)
{
    if (json) {
        context.printJson(QJsonDocument(officerJson(officer)));
    } else {
        context.out() << what.arg(officer.actorLabel(), roleKeys(officer.roles)) << Qt::endl;
    }
    return 0;
}

int runAdd(CliContext &context, OfficerRepository &officers, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli officer add USERNAME --name NAME --role R[,R...] [--json]"),
        tr("Add an officer account. The password comes from $MOTCUA_NEW_PASSWORD or one line on stdin. "
           "The first account of a desk must have the admin role."));
    parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("Full name, printed on forms."), tr("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("role"), tr("Roles: %1 (comma-separated or repeated).").arg(roleKeys(allRoles())), tr("roles")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("officer add needs exactly one USERNAME"));
    auto roles = parseRoles(parser.values(QStringLiteral("role")));
    if (!roles)
        return context.fail(roles.error());
    Officer officer;
    officer.username = parser.positional().first();
    officer.fullName = parser.value(QStringLiteral("name"));
    officer.roles = roles.value();
    // Check what needs no password first, so a typo costs no password prompt.
    if (auto s = OfficerRepository::checkUsername(officer.username); !s)
        return context.fail(s.error());
    auto added = officers.add(officer, readPassword(context));
    if (!added)
        return context.fail(added.error());
    return printOfficer(context, added.value(), parser.json(), tr("Added %1 with the roles %2"));
}

int runList(CliContext &context, OfficerRepository &officers, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli officer list [--json]"), tr("List the officer accounts."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return context.fail(tr("unexpected argument '%1'").arg(parser.positional().first()));
    auto list = officers.list();
    if (!list)
        return context.fail(list.error());
    if (parser.json()) {
        QJsonArray array;
        for (const Officer &officer : list.value())
            array.append(officerJson(officer));
        context.printJson(QJsonDocument(array));
        return 0;
    }
    if (list->isEmpty())
        context.out() << tr("No officer accounts yet: add the first with the admin role.") << Qt::endl;
    for (const Officer &officer : list.value()) {
        context.out() << officer.username << QStringLiteral("\t") << officer.fullName << QStringLiteral("\t")
                      << roleKeys(officer.roles)
                      << (officer.active ? QString() : QStringLiteral("\t") + tr("(disabled)")) << Qt::endl;
    }
    return 0;
}

// passwd, roles, enable, disable: one USERNAME, then one change.
int runChange(CliContext &context, OfficerRepository &officers, const QString &sub, const QStringList &args)
{
    const bool withRoles = sub == QLatin1String("roles");
    ArgParser parser(withRoles ? QStringLiteral("motcua-cli officer roles USERNAME --role R[,R...]")
                               : QStringLiteral("motcua-cli officer %1 USERNAME").arg(sub),
        sub == QLatin1String("passwd") ? tr("Set an officer's password ($MOTCUA_NEW_PASSWORD or one line on stdin).")
                                       : tr("Change an officer account."));
    if (withRoles) {
        parser.addOption(QCommandLineOption(QStringLiteral("role"),
            tr("Roles: %1 (comma-separated or repeated).").arg(roleKeys(allRoles())), tr("roles")));
    }
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("officer %1 needs exactly one USERNAME").arg(sub));
    auto officer = officers.findByUsername(parser.positional().first());
    if (!officer)
        return context.fail(officer.error());
    Status status;
    if (sub == QLatin1String("passwd")) {
        status = officers.setPassword(officer->id, readPassword(context));
    } else if (withRoles) {
        auto roles = parseRoles(parser.values(QStringLiteral("role")));
        if (!roles)
            return context.fail(roles.error());
        status = officers.setRoles(officer->id, roles.value());
    } else {
        status = officers.setActive(officer->id, sub == QLatin1String("enable"));
    }
    if (!status)
        return context.fail(status.error());
    context.out() << tr("Changed %1").arg(officer->actorLabel()) << Qt::endl;
    return 0;
}

} // namespace

int runOfficer(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const QStringList known{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("passwd"),
        QStringLiteral("roles"), QStringLiteral("enable"), QStringLiteral("disable")};
    if (!known.contains(sub)) {
        return context.fail(
            tr("usage: motcua-cli officer add USERNAME --name NAME --role R[,R...] | list [--json] | passwd USERNAME | "
               "roles USERNAME --role R[,R...] | enable USERNAME | disable USERNAME"));
    }
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    // Only an administrator manages accounts; any officer may change his own password.
    const bool ownPassword
        = sub == QLatin1String("passwd") && context.officer() && rest.value(0).trimmed() == context.officer()->username;
    if (sub != QLatin1String("list") && !ownPassword) {
        if (auto allowed = context.require(Permission::ManageOfficers); !allowed)
            return context.fail(allowed.error());
    }
    OfficerRepository officers(**db);
    if (sub == QLatin1String("add"))
        return runAdd(context, officers, rest);
    if (sub == QLatin1String("list"))
        return runList(context, officers, rest);
    return runChange(context, officers, sub, rest);
}

} // namespace motcua::cli

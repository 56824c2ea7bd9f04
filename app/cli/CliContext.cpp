#include "CliContext.h"

#include "io/HolidayScheduleJson.h"
#include "store/OfficerRepository.h"
#include "vault/SecureFiles.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace motcua::cli {

QString defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MOTCUA_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

CliContext::CliContext(QString dataDir, QString actor)
    : m_dataDir(std::move(dataDir))
    , m_actor(std::move(actor))
    , m_out(stdout)
    , m_err(stderr)
{
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli::CliContext", text);
}

// One line from the terminal; echo off for a password.
QString ask(const QString &prompt, bool secret)
{
    std::cerr << prompt.toStdString() << std::flush;
    termios saved{};
    const bool hide = secret && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << std::endl;
    }
    return QString::fromStdString(line);
}

} // namespace

Status CliContext::logIn(bool actorGiven)
{
    vault::SecureFiles::restrictProcessUmask();
    if (m_loggedIn || !vault::Vault::isEncrypted(m_dataDir))
        return {};
    if (actorGiven) {
        return makeError(QStringLiteral("cli.actor_fixed"),
            tr("This data folder is encrypted: the actor is the officer who logs in; leave out --actor and set "
               "MOTCUA_OFFICER and MOTCUA_PASSWORD."));
    }
    QString username = qEnvironmentVariable("MOTCUA_OFFICER");
    QString password = qEnvironmentVariable("MOTCUA_PASSWORD");
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    if (username.isEmpty() && terminal)
        username = ask(tr("Officer username: "), false).trimmed();
    if (password.isEmpty() && terminal)
        password = ask(tr("Password: "), true);
    if (username.isEmpty() || password.isEmpty()) {
        return makeError(QStringLiteral("cli.login_required"),
            tr("This data folder is encrypted: log in with an officer's username and password (MOTCUA_OFFICER "
               "and MOTCUA_PASSWORD, or run on a terminal to be asked)."));
    }
    if (auto unlocked = vault::Vault::unlock(m_dataDir, username, password); !unlocked)
        return unlocked;
    auto db = database();
    if (!db)
        return db.error();
    auto officer = OfficerRepository(**db).authenticate(username, password);
    if (!officer) {
        vault::Vault::lock(m_dataDir);
        m_database.reset();
        return officer.error();
    }
    m_actor = officer->actorLabel();
    m_officer = *officer;
    m_loggedIn = true;
    return {};
}

Status CliContext::require(Permission permission) const
{
    if (m_officer && !Permissions::allows(*m_officer, permission))
        return makeError(QStringLiteral("permission.denied"), Permissions::deniedMessage(*m_officer, permission));
    return {};
}

Status CliContext::requireMove(DossierStatus to) const
{
    if (m_officer && !Permissions::mayMoveTo(*m_officer, to))
        return makeError(QStringLiteral("permission.denied"), Permissions::moveDeniedMessage(*m_officer, to));
    return {};
}

Result<Database *> CliContext::database()
{
    if (!m_database) {
        auto opened = Database::open(m_dataDir);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

Result<WorkCalendar> CliContext::workCalendar()
{
    auto db = database();
    if (!db)
        return db.error();
    WorkCalendar calendar;
    const QString stored = (*db)->meta(QStringLiteral("holiday_schedules"));
    if (!stored.isEmpty()) {
        auto schedules = HolidayScheduleJson::parse(stored.toUtf8());
        if (!schedules)
            return schedules.error();
        for (const HolidaySchedule &schedule : schedules.value())
            calendar.setSchedule(schedule);
    }
    return calendar;
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const QString &message)
{
    m_out.flush();
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << Qt::endl;
    return 1;
}

} // namespace motcua::cli

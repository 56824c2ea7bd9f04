#include "CliContext.h"

#include "io/HolidayScheduleJson.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

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

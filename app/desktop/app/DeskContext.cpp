#include "DeskContext.h"

#include "io/CatalogJson.h"
#include "io/HolidayScheduleJson.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/OfficerRepository.h"
#include "store/ProcedureRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace motcua::desktop {

namespace {

Q_LOGGING_CATEGORY(lcDesk, "motcua.desk")

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::desktop::DeskContext", text);
}

} // namespace

QString defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MOTCUA_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<DeskContext>> DeskContext::open(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return makeError(QStringLiteral("desk.data_dir"), tr("Cannot create the data folder %1.").arg(dataDir));
    auto database = Database::open(dataDir);
    if (!database)
        return database.error();
    std::unique_ptr<DeskContext> context(new DeskContext);
    context->m_dataDir = dataDir;
    context->m_database = std::move(database).value();
    const QString stored = context->m_database->meta(QStringLiteral("holiday_schedules"));
    if (!stored.isEmpty()) {
        auto schedules = HolidayScheduleJson::parse(stored.toUtf8());
        if (!schedules)
            return schedules.error();
        for (const HolidaySchedule &schedule : schedules.value())
            context->m_calendar.setSchedule(schedule);
    }
    // Scans a crash or an older release left without a record take room a full disk needs.
    if (const int reclaimed = AttachmentStore(*context->m_database).reclaimOrphans(); reclaimed > 0)
        qCInfo(lcDesk) << "removed" << reclaimed << "scan files no record names";
    context->m_procedures = std::make_unique<ProcedureRepository>(*context->m_database);
    context->m_officers = std::make_unique<OfficerRepository>(*context->m_database);
    if (const Status seeded = context->seedCatalog(); !seeded)
        return seeded.error();
    return context;
}

DeskContext::~DeskContext() = default;

Status DeskContext::seedCatalog()
{
    if (m_procedures->installedVersion() > 0)
        return {};
    QFile file(QStringLiteral(":/catalog/commune-procedures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("desk.seed_catalog"), tr("The built-in procedure catalog is missing."));
    auto catalog = CatalogJson::parse(file.readAll());
    if (!catalog)
        return catalog.error();
    auto imported = m_procedures->importCatalog(catalog.value());
    if (!imported)
        return imported.error();
    return {};
}

QString DeskContext::draftPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("intake-draft.json"));
}

QString DeskContext::receiptsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("receipts"));
}

QString DeskContext::scansDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("scans-pending"));
}

} // namespace motcua::desktop

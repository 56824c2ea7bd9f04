#pragma once

#include "domain/Result.h"
#include "domain/WorkCalendar.h"

#include <QString>

#include <memory>

namespace motcua {
class Database;
class OfficerRepository;
class ProcedureRepository;
} // namespace motcua

namespace motcua::desktop {

// What the desk needs before anyone logs in: the store of the data folder, the work calendar with
// the province's published schedules, the catalog and the officer accounts. Built once in main()
// (or by a test, or the screenshot run) and passed to the windows.
class DeskContext final
{
public:
    // Opens DIR/motcua.db and installs the seed catalog shipped in the resources when the store has
    // none yet, so a fresh desk can look procedures up at once.
    static Result<std::unique_ptr<DeskContext>> open(const QString &dataDir);
    ~DeskContext();
    DeskContext(const DeskContext &) = delete;
    DeskContext &operator=(const DeskContext &) = delete;

    QString dataDir() const { return m_dataDir; }
    Database &database() { return *m_database; }
    const WorkCalendar &calendar() const { return m_calendar; }
    ProcedureRepository &procedures() { return *m_procedures; }
    OfficerRepository &officers() { return *m_officers; }

    // Where the intake wizard keeps its draft, and where the receipts (form 01 PDF) are written.
    QString draftPath() const;
    QString receiptsDir() const;
    QString scansDir() const; // downscaled scans waiting for the dossier to be saved

private:
    DeskContext() = default;
    Status seedCatalog();

    QString m_dataDir;
    std::unique_ptr<Database> m_database;
    WorkCalendar m_calendar;
    std::unique_ptr<ProcedureRepository> m_procedures;
    std::unique_ptr<OfficerRepository> m_officers;
};

// The data folder: --data, else $MOTCUA_DATA, else the platform's application-data folder.
QString defaultDataDir();

} // namespace motcua::desktop

#pragma once

#include "domain/Result.h"
#include "io/LegacyColumns.h"
#include "io/LegacyTable.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

class Database;
class WorkCalendar;

// All-or-nothing: one refused row refuses the file. Valid rows: the others are imported.
enum class ImportMode { AllOrNothing, ValidRows };

// A row the import refused: where it is in the file and why.
struct ImportRowError
{
    qint64 row = 0; // LegacyTableRow::number
    int column = -1; // 0-based; -1 when the problem is the row as a whole
    QString columnName; // "C (Số CCCD)"; empty with column -1
    QString field; // importFieldKey
    QString code; // "citizen_id.length", "import.unknown_procedure", …
    QString message; // in the UI language
};

// Where an import stands, for a progress bar.
struct ImportProgress
{
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; // -1 when unknown
};

struct LegacyImportOptions
{
    LegacyListKind kind = LegacyListKind::Dossiers;
    ImportMode mode = ImportMode::AllOrNothing;
    LegacyTableOptions table; // encoding and delimiter, detected when left empty
    QMap<QString, QString> mapping; // column (header, number or letter) → field key; see mapColumns
    bool allowReimport = false; // import a file whose exact bytes were imported before
    int batchSize = 2000; // rows per receiveMany call (and between two progress reports)
    int keepErrors = 1000; // errors listed in the report; all are counted
    // Called after every batch; returning false cancels the import, which then writes nothing.
    std::function<bool(const ImportProgress &)> progress;
};

// The first rows of a file as the import would read them.
struct ImportPreviewRow
{
    qint64 row = 0;
    QList<std::pair<ImportField, QString>> values; // mapped fields, as converted
    QList<ImportRowError> errors;
};

struct LegacyImportPreview
{
    QString format; // "csv" or "xlsx"
    QString encoding; // LegacyEncoding::key
    EncodingGuess guess;
    QString delimiter; // CSV
    QStringList header;
    QList<ColumnMapping> mapping;
    QList<ImportPreviewRow> rows;
};

struct LegacyImportReport
{
    QString importId; // the import_batches row; empty when nothing was written
    QString format;
    QString encoding;
    EncodingGuess guess;
    QList<ColumnMapping> mapping;
    qint64 rowsRead = 0; // data rows, blank rows not counted
    qint64 imported = 0;
    qint64 refused = 0;
    qint64 updated = 0; // citizens: rows that updated a citizen already known
    QList<ImportRowError> errors; // the first keepErrors
    bool committed = false; // false: all-or-nothing and some row was refused, so nothing was written
};

// Imports old dossiers and citizens' lists (CSV or XLSX in any legacy encoding) into the store.
//
// Dossiers go through DossierRepository::receiveMany, so each gets its code, due date, "receive"
// event and outbox op and syncs like one received at the desk; a legacy status (in process,
// done, returned) is replayed with DossierRepository::move at the dates of the file. Citizens
// go to the citizens table (SchemaClerk.cpp), a known citizen ID updating its row.
//
// The whole import is one transaction: a refused file (all-or-nothing), a cancellation, a crash
// or a killed process leave nothing of it. Rows are checked and written in one pass, batch by
// batch, so memory holds one batch whatever the file's size. Every import that commits is
// recorded in import_batches with the file's SHA-256, and which row made which dossier in
// import_dossiers.
class LegacyImporter final
{
public:
    LegacyImporter(Database &database, const WorkCalendar &calendar, QString actor);
    ~LegacyImporter();
    LegacyImporter(const LegacyImporter &) = delete;
    LegacyImporter &operator=(const LegacyImporter &) = delete;

    // Reads the header and the first `rows` rows and checks them, writing nothing. Errors: the
    // table's ("table.*", "csv.*", "xlsx.*") and the mapping's ("import.*").
    Result<LegacyImportPreview> preview(const QString &path, const LegacyImportOptions &options, int rows);

    // Imports the file. A report comes back whenever the file could be read, also when rows were
    // refused; committed says whether anything was written. Errors: those of preview(),
    // "import.already_imported" (same bytes imported before; allowReimport to insist),
    // "import.cancelled", and store errors.
    Result<LegacyImportReport> run(const QString &path, const LegacyImportOptions &options);

private:
    Database &m_database;
    const WorkCalendar &m_calendar;
    QString m_actor;
};

} // namespace motcua

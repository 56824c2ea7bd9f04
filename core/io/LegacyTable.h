#pragma once

#include "LegacyEncoding.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace motcua {

// How to read a legacy table; everything left empty is detected.
struct LegacyTableOptions
{
    std::optional<TextEncoding> encoding; // nullopt: detect (LegacyEncoding::detect)
    char delimiter = 0; // CSV only; 0: detect (LegacyCsvReader::detectDelimiter)
};

// One data row: where it is in the file, as the officer will look for it (the CSV line on which
// the record starts, or the spreadsheet's row number), and its cells as NFC text.
struct LegacyTableRow
{
    qint64 number = 0;
    QStringList cells;
    QList<bool> numeric; // XLSX: the cell held a number; CSV: always false
};

// A table of old records, CSV or XLSX, read row by row with its text already converted from
// whatever legacy encoding it was written in. The first non-blank row is the header. The format
// comes from the file's first bytes (a zip archive is XLSX), not from its name.
//
// CSV: a UTF-8 BOM means UTF-8; a UTF-16 BOM (Excel's "Unicode text") is converted whole in
// memory, the one case that is not streamed; an Excel "sep=;" first line sets the delimiter.
// XLSX: strings typed with legacy fonts (.VnTime, VNI-Times) are detected on the shared strings
// and the first 200 rows, and converted (LegacyEncoding::detectInStrings).
class LegacyTable final
{
public:
    enum class Format { Csv, Xlsx };

    // Errors: "table.open_failed", "table.empty" (no header row), the CSV and XLSX readers' own.
    static Result<std::unique_ptr<LegacyTable>> open(const QString &path, const LegacyTableOptions &options = {});
    ~LegacyTable();
    LegacyTable(const LegacyTable &) = delete;
    LegacyTable &operator=(const LegacyTable &) = delete;

    Format format() const;
    TextEncoding encoding() const;
    // The detector's verdict (scores of every candidate); empty scores when the caller chose.
    const EncodingGuess &guess() const;
    char delimiter() const; // CSV

    const QStringList &header() const;
    qint64 headerRow() const;

    // The next data row, or false after the last one.
    Result<bool> next(LegacyTableRow &row);

    // Progress: bytes consumed and in all (uncompressed for XLSX); total -1 when unknown.
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    struct Private;
    explicit LegacyTable(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace motcua

#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {

// One row of a worksheet: its number as the spreadsheet shows it and its cells by column
// (column A is index 0; missing cells are empty strings).
struct XlsxRow
{
    qint64 number = 0;
    QStringList cells;
    QList<bool> numeric; // per cell: the cell held a number (not a date), not text
};

// Reads the first worksheet of an .xlsx file row by row. The file is a zip archive (libzip) of
// XML parts (QXmlStreamReader): the sheet is decompressed and parsed in 64 KiB pieces, so memory
// holds one row plus the shared-string table, whatever the number of rows. Cells come as text:
// shared and inline strings as they are, numbers as Excel wrote them, and numbers formatted as
// dates or times as ISO 8601 ("2021-03-12", "2021-03-12T08:30:00"), honouring the 1904 date
// system. Limits against hostile files: the shared strings hold at most kMaxSharedChars
// characters, a cell at most kMaxCellChars, a row at most 16,384 columns (Excel's own limit).
class LegacyXlsxReader final
{
public:
    static constexpr qsizetype kMaxSharedChars = 128 * 1024 * 1024;
    static constexpr qsizetype kMaxCellChars = 1024 * 1024;

    // Errors: "xlsx.open_failed" (not a zip archive or unreadable), "xlsx.no_sheet",
    // "xlsx.malformed" (a part is not the XML it should be), "xlsx.too_large".
    static Result<std::unique_ptr<LegacyXlsxReader>> open(const QString &path);
    // The same from bytes in memory (the fuzzer, tests).
    static Result<std::unique_ptr<LegacyXlsxReader>> openData(const QByteArray &data);

    ~LegacyXlsxReader();
    LegacyXlsxReader(const LegacyXlsxReader &) = delete;
    LegacyXlsxReader &operator=(const LegacyXlsxReader &) = delete;

    // The next row that has at least one cell: true, or false after the last one. Errors:
    // "xlsx.malformed", "xlsx.too_large", "xlsx.read_failed".
    Result<bool> next(XlsxRow &row);

    QString sheetName() const;
    // Uncompressed bytes of the sheet consumed so far, and in all (for progress).
    qint64 bytesRead() const;
    qint64 totalBytes() const;

    // Every shared string (the encoding detector samples them).
    const QStringList &sharedStrings() const;

private:
    struct Private;
    explicit LegacyXlsxReader(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<LegacyXlsxReader>> start(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d;
};

// "A" → 0, "AB" → 27 from a cell reference such as "AB12"; -1 when it has no column letters.
int xlsxColumnIndex(QStringView reference);

} // namespace motcua

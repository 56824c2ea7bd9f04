// libFuzzer target: arbitrary bytes as an .xlsx file for LegacyXlsxReader (libzip, then the XML
// parts). Beyond "no crash, no sanitizer report, no hang", it aborts when a refusal carries no
// "xlsx." code or no message, or when a row breaks the reader's own limits.

#include "io/LegacyXlsxReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace motcua;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_legacy_xlsx: property violated: %s\n", what);
    std::abort();
}

void expectError(const Error &error)
{
    if (!error.code.startsWith(QLatin1String("xlsx.")) || error.message.isEmpty())
        violated("error code and message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto reader = LegacyXlsxReader::openData(bytes);
    if (!reader) {
        expectError(reader.error());
        return 0;
    }
    XlsxRow row;
    qint64 previous = 0;
    for (int rows = 0; rows < 100000; ++rows) {
        auto more = (*reader)->next(row);
        if (!more) {
            expectError(more.error());
            return 0;
        }
        if (!*more)
            break;
        if (row.cells.size() > 16384)
            violated("column limit");
        if (row.numeric.size() != row.cells.size())
            violated("numeric flags per cell");
        for (const QString &cell : std::as_const(row.cells)) {
            if (cell.size() > LegacyXlsxReader::kMaxCellChars)
                violated("cell size limit");
        }
        previous = row.number;
    }
    (void)previous;
    if ((*reader)->totalBytes() >= 0 && (*reader)->bytesRead() > (*reader)->totalBytes())
        violated("progress past the total");
    return 0;
}

// libFuzzer target: arbitrary bytes as a legacy CSV list. They go through LegacyCsvReader with
// each delimiter (and the detected one), then through LegacyTable from a file, which also runs
// the encoding detection and decoding. Beyond "no crash, no sanitizer report", it aborts when a
// refusal carries no "csv."/"table." code or no message, when a field passes the reader's size
// limit, or when a row decodes to text that is not NFC.

#include "io/LegacyCsvReader.h"
#include "io/LegacyTable.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace motcua;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_legacy_csv: property violated: %s\n", what);
    std::abort();
}

void expectError(const Error &error, const char *prefix)
{
    if (!error.code.startsWith(QLatin1String(prefix)) || error.message.isEmpty())
        violated(prefix);
}

void readAll(const QByteArray &bytes, char delimiter)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    LegacyCsvReader reader(buffer, delimiter);
    QList<QByteArray> fields;
    for (int records = 0; records < 100000; ++records) {
        auto more = reader.next(fields);
        if (!more) {
            expectError(more.error(), "csv.");
            return;
        }
        if (!*more)
            return;
        if (fields.size() > LegacyCsvReader::kMaxFields)
            violated("field count limit");
        for (const QByteArray &field : std::as_const(fields)) {
            if (field.size() > LegacyCsvReader::kMaxFieldBytes)
                violated("field size limit");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const char detected = LegacyCsvReader::detectDelimiter(bytes);
    if (detected != ',' && detected != ';' && detected != '\t' && detected != '|')
        violated("detectDelimiter");
    for (char delimiter : {',', ';', '\t'})
        readAll(bytes, delimiter);

    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return 0;
    }
    auto table = LegacyTable::open(path);
    if (!table) {
        if (!table.error().code.startsWith(QLatin1String("table."))
            && !table.error().code.startsWith(QLatin1String("csv."))
            && !table.error().code.startsWith(QLatin1String("xlsx.")))
            violated("LegacyTable::open error code");
        if (table.error().message.isEmpty())
            violated("LegacyTable::open error message");
        return 0;
    }
    LegacyTableRow row;
    for (int rows = 0; rows < 100000; ++rows) {
        auto more = (*table)->next(row);
        if (!more) {
            if (more.error().message.isEmpty())
                violated("LegacyTable::next error message");
            return 0;
        }
        if (!*more)
            break;
        for (const QString &cell : std::as_const(row.cells)) {
            if (cell != cell.normalized(QString::NormalizationForm_C))
                violated("cells are NFC");
        }
    }
    return 0;
}

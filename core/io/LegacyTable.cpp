#include "LegacyTable.h"

#include "domain/SystemErrorText.h"

#include "LegacyCsvReader.h"
#include "LegacyXlsxReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <deque>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::LegacyTable", text);
}

constexpr qint64 kSampleBytes = 256 * 1024;
constexpr int kSampleRows = 200;
constexpr int kSampleSharedStrings = 5000;

} // namespace

struct LegacyTable::Private
{
    Format format = Format::Csv;
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingGuess guess;
    char delimiter = ',';
    QStringList header;
    qint64 headerRow = 0;
    qint64 totalBytes = -1;

    std::unique_ptr<QIODevice> device; // CSV
    std::unique_ptr<LegacyCsvReader> csv;
    std::unique_ptr<LegacyXlsxReader> xlsx;
    std::deque<XlsxRow> lookahead; // XLSX rows read for the encoding sample, not yet handed out
    QList<QByteArray> fields;

    Result<bool> nextCsv(LegacyTableRow &row)
    {
        auto more = csv->next(fields);
        if (!more || !*more)
            return more;
        row.number = csv->recordLine();
        row.cells.clear();
        row.numeric.clear();
        for (const QByteArray &field : std::as_const(fields)) {
            row.cells.append(LegacyEncoding::decode(field, encoding));
            row.numeric.append(false);
        }
        return true;
    }

    Result<bool> nextXlsxRaw(XlsxRow &raw)
    {
        if (!lookahead.empty()) {
            raw = std::move(lookahead.front());
            lookahead.pop_front();
            return true;
        }
        return xlsx->next(raw);
    }

    Result<bool> nextXlsx(LegacyTableRow &row)
    {
        XlsxRow raw;
        auto more = nextXlsxRaw(raw);
        if (!more || !*more)
            return more;
        row.number = raw.number;
        row.numeric = raw.numeric;
        row.cells.clear();
        for (qsizetype i = 0; i < raw.cells.size(); ++i)
            row.cells.append(
                raw.numeric.at(i) ? raw.cells.at(i) : LegacyEncoding::fromSpreadsheet(raw.cells.at(i), encoding));
        return true;
    }

    Result<bool> next(LegacyTableRow &row) { return format == Format::Csv ? nextCsv(row) : nextXlsx(row); }
};

LegacyTable::LegacyTable(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

LegacyTable::~LegacyTable() = default;

Result<std::unique_ptr<LegacyTable>> LegacyTable::open(const QString &path, const LegacyTableOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("table.open_failed"),
            tr("%1 cannot be opened: %2").arg(path, SystemErrorText::file(file->errorString())));
    }
    auto p = std::make_unique<Private>();
    const QByteArray start = file->peek(4);
    if (start.startsWith("PK\x03\x04")) {
        file->close();
        auto reader = LegacyXlsxReader::open(path);
        if (!reader)
            return reader.error();
        p->format = Format::Xlsx;
        p->xlsx = std::move(reader).value();
        p->totalBytes = p->xlsx->totalBytes();
        // The sample: shared strings and the first rows' own strings (writers that stream, such
        // as libxlsxwriter's constant-memory mode, keep every string inline).
        QStringList sample = p->xlsx->sharedStrings().mid(0, kSampleSharedStrings);
        for (int i = 0; i < kSampleRows; ++i) {
            XlsxRow raw;
            auto more = p->xlsx->next(raw);
            if (!more)
                return more.error();
            if (!*more)
                break;
            for (qsizetype c = 0; c < raw.cells.size(); ++c) {
                if (!raw.numeric.at(c) && !raw.cells.at(c).isEmpty())
                    sample.append(raw.cells.at(c));
            }
            p->lookahead.push_back(std::move(raw));
        }
        if (options.encoding) {
            p->encoding = *options.encoding;
        } else {
            p->guess = LegacyEncoding::detectInStrings(sample);
            p->encoding = p->guess.encoding;
        }
    } else {
        p->totalBytes = file->size();
        QByteArray sample = file->peek(kSampleBytes);
        if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
            // UTF-16: Excel's "Unicode text". Converted whole to UTF-8, then read like any CSV.
            QStringDecoder decoder(sample.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            const QString text = decoder.decode(file->readAll().mid(2));
            auto buffer = std::make_unique<QBuffer>();
            buffer->setData(text.toUtf8());
            buffer->open(QIODevice::ReadOnly);
            p->totalBytes = buffer->size();
            sample = buffer->data().left(kSampleBytes);
            p->device = std::move(buffer);
            p->encoding = TextEncoding::Utf8;
            p->guess.scores = {{TextEncoding::Utf8, 0}};
        } else {
            p->device = std::move(file);
            if (options.encoding) {
                p->encoding = *options.encoding;
            } else {
                p->guess = LegacyEncoding::detect(sample);
                p->encoding = p->guess.encoding;
            }
        }
        QByteArrayView body = sample;
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        char delimiter = options.delimiter;
        bool sepLine = false;
        if (body.startsWith("sep=") && body.size() >= 5
            && (body.size() == 5 || body.at(5) == '\r' || body.at(5) == '\n')) {
            delimiter = body.at(4);
            sepLine = true;
        }
        if (delimiter == 0)
            delimiter = LegacyCsvReader::detectDelimiter(body);
        p->delimiter = delimiter;
        p->csv = std::make_unique<LegacyCsvReader>(*p->device, delimiter);
        if (sepLine) {
            QList<QByteArray> skipped;
            if (auto s = p->csv->next(skipped); !s)
                return s.error();
        }
    }

    LegacyTableRow first;
    auto header = p->next(first);
    if (!header)
        return header.error();
    if (!*header)
        return makeError(QStringLiteral("table.empty"), tr("%1 holds no table: not even a header row.").arg(path));
    p->header = first.cells;
    for (QString &name : p->header)
        name = name.trimmed();
    p->headerRow = first.number;
    return std::unique_ptr<LegacyTable>(new LegacyTable(std::move(p)));
}

LegacyTable::Format LegacyTable::format() const
{
    return d->format;
}

TextEncoding LegacyTable::encoding() const
{
    return d->encoding;
}

const EncodingGuess &LegacyTable::guess() const
{
    return d->guess;
}

char LegacyTable::delimiter() const
{
    return d->delimiter;
}

const QStringList &LegacyTable::header() const
{
    return d->header;
}

qint64 LegacyTable::headerRow() const
{
    return d->headerRow;
}

Result<bool> LegacyTable::next(LegacyTableRow &row)
{
    return d->next(row);
}

qint64 LegacyTable::bytesRead() const
{
    if (d->format == Format::Csv)
        return d->csv->bytesRead();
    return d->xlsx->bytesRead();
}

qint64 LegacyTable::totalBytes() const
{
    return d->totalBytes;
}

} // namespace motcua

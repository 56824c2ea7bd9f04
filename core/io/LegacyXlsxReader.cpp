#include "LegacyXlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

#include <zip.h>

#include <cmath>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::LegacyXlsxReader", text);
}

constexpr int kMaxColumns = 16384;
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kMaxSmallPart = 16 * 1024 * 1024; // workbook, relationships, styles

Error malformed(const QString &part, const QString &detail)
{
    return makeError(QStringLiteral("xlsx.malformed"), tr("The spreadsheet is damaged (%1: %2).").arg(part, detail));
}

// One zip entry parsed as XML while it is being decompressed.
class ZipXml final
{
public:
    ZipXml(zip_t *archive, zip_int64_t index)
        : m_file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0))
    {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
            m_total = static_cast<qint64>(stat.size);
    }
    ~ZipXml()
    {
        if (m_file)
            zip_fclose(m_file);
    }
    ZipXml(const ZipXml &) = delete;
    ZipXml &operator=(const ZipXml &) = delete;

    bool isOpen() const { return m_file != nullptr; }
    QXmlStreamReader &reader() { return m_reader; }
    qint64 bytesRead() const { return m_read; }
    // An archive may declare a smaller size than its entry inflates to: progress never passes 100%.
    qint64 totalBytes() const { return m_total < 0 ? -1 : std::max(m_total, m_read); }
    bool readFailed() const { return m_readFailed; }
    // The whole document was read: a part cut short or broken is not.
    bool complete() const { return m_complete; }

    // The next token; Invalid at the end of the entry or on an error (see reader().error()).
    QXmlStreamReader::TokenType next()
    {
        while (true) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::EndDocument) {
                m_complete = true;
                m_ended = true;
                return QXmlStreamReader::Invalid;
            }
            if (token != QXmlStreamReader::Invalid || m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError
                || m_ended)
                return token;
            QByteArray chunk(kChunk, Qt::Uninitialized);
            const zip_int64_t read = zip_fread(m_file, chunk.data(), static_cast<zip_uint64_t>(chunk.size()));
            if (read < 0)
                m_readFailed = true;
            if (read <= 0) {
                m_ended = true;
                return QXmlStreamReader::Invalid;
            }
            chunk.truncate(static_cast<qsizetype>(read));
            m_read += read;
            m_reader.addData(chunk);
        }
    }

private:
    zip_file_t *m_file = nullptr;
    QXmlStreamReader m_reader;
    qint64 m_read = 0;
    qint64 m_total = -1;
    bool m_ended = false;
    bool m_readFailed = false;
    bool m_complete = false;
};

// Excel's built-in number formats that show a date or a time.
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format shows a date or time when a d, m, y, h or s stands outside quotes, brackets
// ([Red], [$-42A]) and escapes.
bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = qMax(0, bracket - 1);
        } else if (bracket == 0 && QStringLiteral("dmyhsDMYHS").contains(c)) {
            return true;
        }
    }
    return false;
}

QString serialToIso(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return QString::number(serial, 'g', 15);
    double days = std::floor(serial);
    const double fraction = serial - days;
    QDate base;
    if (date1904)
        base = QDate(1904, 1, 1);
    else if (days >= 61)
        base = QDate(1899, 12, 30); // day 60 is Excel's 29 February 1900, which never was
    else
        base = QDate(1899, 12, 31), days -= 1;
    const QDate date = base.addDays(static_cast<qint64>(days));
    const int seconds = static_cast<int>(std::lround(fraction * 86400.0));
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    if (seconds >= 86400)
        return date.addDays(1).toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char('T') + QTime(0, 0).addSecs(seconds).toString(Qt::ISODate);
}

} // namespace

int xlsxColumnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

struct LegacyXlsxReader::Private
{
    QByteArray data; // openData: the archive in memory (libzip reads it in place)
    zip_t *archive = nullptr;
    QString sheetName;
    QStringList shared;
    QList<bool> dateStyles; // by cellXfs index
    bool date1904 = false;
    std::unique_ptr<ZipXml> sheet;
    qint64 lastRow = 0;
    bool inSheetData = false;

    ~Private()
    {
        sheet.reset();
        if (archive)
            zip_discard(archive);
    }

    zip_int64_t locate(const QString &name) const
    {
        return zip_name_locate(archive, name.toUtf8().constData(), ZIP_FL_NOCASE);
    }

    // A small part read whole; empty when absent.
    Result<QByteArray> readSmall(const QString &name) const
    {
        const zip_int64_t index = locate(name);
        if (index < 0)
            return QByteArray();
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
            return malformed(name, tr("no size"));
        if (stat.size > static_cast<zip_uint64_t>(kMaxSmallPart))
            return makeError(QStringLiteral("xlsx.too_large"), tr("The spreadsheet part %1 is too large.").arg(name));
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
        if (!file)
            return malformed(name, tr("cannot be opened"));
        QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size))
            return malformed(name, tr("cannot be decompressed"));
        return bytes;
    }
};

LegacyXlsxReader::LegacyXlsxReader(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

LegacyXlsxReader::~LegacyXlsxReader() = default;

Result<std::unique_ptr<LegacyXlsxReader>> LegacyXlsxReader::open(const QString &path)
{
    auto p = std::make_unique<Private>();
    int error = 0;
    p->archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!p->archive) {
        return makeError(QStringLiteral("xlsx.open_failed"),
            tr("%1 cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.").arg(path));
    }
    return start(std::move(p));
}

Result<std::unique_ptr<LegacyXlsxReader>> LegacyXlsxReader::openData(const QByteArray &data)
{
    auto p = std::make_unique<Private>();
    p->data = data;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(p->data.constData(), static_cast<zip_uint64_t>(p->data.size()), 0, &error);
    if (source)
        p->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (source && !p->archive)
        zip_source_free(source);
    zip_error_fini(&error);
    if (!p->archive) {
        return makeError(QStringLiteral("xlsx.open_failed"),
            tr("The data cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind."));
    }
    return start(std::move(p));
}

Result<std::unique_ptr<LegacyXlsxReader>> LegacyXlsxReader::start(std::unique_ptr<Private> p)
{
    // The first sheet of the workbook, through its relationship; sheet1.xml when that fails.
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    QString sharedPath = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPath = QStringLiteral("xl/styles.xml");
    auto workbook = p->readSmall(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    QString sheetRelation;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto value = xml.attributes().value(QStringLiteral("date1904"));
                p->date1904 = value == QLatin1String("1") || value == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet") && sheetRelation.isEmpty()) {
                p->sheetName = xml.attributes().value(QStringLiteral("name")).toString();
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                        sheetRelation = attribute.value().toString();
                }
            }
        }
    }
    auto relations = p->readSmall(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relations)
        return relations.error();
    {
        QXmlStreamReader xml(*relations);
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
                continue;
            const auto attributes = xml.attributes();
            QString target = attributes.value(QStringLiteral("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            const auto type = attributes.value(QStringLiteral("Type"));
            if (!sheetRelation.isEmpty() && attributes.value(QStringLiteral("Id")) == sheetRelation)
                sheetPath = target;
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                sharedPath = target;
            else if (type.endsWith(QLatin1String("/styles")))
                stylesPath = target;
        }
    }

    auto styles = p->readSmall(stylesPath);
    if (!styles)
        return styles.error();
    {
        QHash<int, bool> customDate;
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
            if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                customDate.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                    isDateFormatCode(attributes.value(QStringLiteral("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf") && p->dateStyles.size() < 65536) {
                const int id = attributes.value(QStringLiteral("numFmtId")).toInt();
                p->dateStyles.append(customDate.contains(id) ? customDate.value(id) : isBuiltinDateFormat(id));
            }
        }
    }

    const zip_int64_t sharedIndex = p->locate(sharedPath);
    if (sharedIndex >= 0) {
        ZipXml xml(p->archive, sharedIndex);
        if (!xml.isOpen())
            return malformed(sharedPath, tr("cannot be opened"));
        qsizetype chars = 0;
        QString current;
        int depthInPhonetic = 0;
        bool inText = false;
        bool inItem = false;
        for (auto token = xml.next(); token != QXmlStreamReader::Invalid; token = xml.next()) {
            const QStringView name = xml.reader().name();
            if (token == QXmlStreamReader::StartElement) {
                if (name == QLatin1String("si")) {
                    inItem = true;
                    current.clear();
                } else if (name == QLatin1String("rPh")) {
                    ++depthInPhonetic;
                } else if (name == QLatin1String("t")) {
                    inText = depthInPhonetic == 0;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (name == QLatin1String("si") && inItem) {
                    p->shared.append(current);
                    inItem = false;
                } else if (name == QLatin1String("rPh")) {
                    depthInPhonetic = qMax(0, depthInPhonetic - 1);
                } else if (name == QLatin1String("t")) {
                    inText = false;
                }
            } else if (token == QXmlStreamReader::Characters && inText && inItem) {
                const QStringView text = xml.reader().text();
                chars += text.size();
                if (chars > kMaxSharedChars) {
                    return makeError(QStringLiteral("xlsx.too_large"),
                        tr("The spreadsheet's shared texts exceed %1 million characters.")
                            .arg(kMaxSharedChars / 1000000));
                }
                current.append(text);
            }
        }
        if (!xml.complete())
            return malformed(sharedPath, xml.readFailed() ? tr("cannot be decompressed") : xml.reader().errorString());
    }

    const zip_int64_t sheetIndex = p->locate(sheetPath);
    if (sheetIndex < 0) {
        return makeError(QStringLiteral("xlsx.no_sheet"), tr("The spreadsheet has no worksheet to read."));
    }
    p->sheet = std::make_unique<ZipXml>(p->archive, sheetIndex);
    if (!p->sheet->isOpen())
        return malformed(sheetPath, tr("cannot be opened"));
    return std::unique_ptr<LegacyXlsxReader>(new LegacyXlsxReader(std::move(p)));
}

Result<bool> LegacyXlsxReader::next(XlsxRow &row)
{
    ZipXml &xml = *d->sheet;
    QXmlStreamReader &reader = xml.reader();
    row.cells.clear();
    row.numeric.clear();
    bool inRow = false;
    bool inValue = false;
    int column = -1;
    QString type;
    int style = -1;
    QString value;
    bool hasValue = false;
    int nextColumn = 0;
    bool anyCell = false;

    for (auto token = xml.next(); token != QXmlStreamReader::Invalid; token = xml.next()) {
        const QStringView name = reader.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("sheetData")) {
                d->inSheetData = true;
            } else if (d->inSheetData && name == QLatin1String("row")) {
                inRow = true;
                anyCell = false;
                nextColumn = 0;
                row.cells.clear();
                row.numeric.clear();
                bool isNumber = false;
                const qint64 number = reader.attributes().value(QStringLiteral("r")).toLongLong(&isNumber);
                row.number = isNumber && number > d->lastRow ? number : d->lastRow + 1;
                d->lastRow = row.number;
            } else if (inRow && name == QLatin1String("c")) {
                const auto attributes = reader.attributes();
                const auto reference = attributes.value(QStringLiteral("r"));
                column = reference.isEmpty() ? nextColumn : xlsxColumnIndex(reference);
                if (column < 0 || column >= kMaxColumns)
                    return malformed(QStringLiteral("sheet"), tr("bad cell reference \"%1\"").arg(reference));
                type = attributes.value(QStringLiteral("t")).toString();
                bool isNumber = false;
                style = attributes.value(QStringLiteral("s")).toInt(&isNumber);
                style = isNumber ? style : -1;
                value.clear();
                hasValue = false;
            } else if (inRow && (name == QLatin1String("v") || name == QLatin1String("t"))) {
                inValue = true;
                hasValue = true;
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
            if (value.size() + reader.text().size() > kMaxCellChars) {
                return makeError(QStringLiteral("xlsx.too_large"),
                    tr("A cell of row %1 holds more than %2 characters.").arg(row.number).arg(kMaxCellChars));
            }
            value.append(reader.text());
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = false;
            } else if (inRow && name == QLatin1String("c")) {
                QString text;
                bool numeric = false;
                if (type == QLatin1String("s")) {
                    bool isNumber = false;
                    const int index = value.trimmed().toInt(&isNumber);
                    if (hasValue && (!isNumber || index < 0 || index >= d->shared.size()))
                        return malformed(QStringLiteral("sheet"), tr("shared string %1 does not exist").arg(value));
                    text = hasValue ? d->shared.at(index) : QString();
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    bool isNumber = false;
                    const double number = value.toDouble(&isNumber);
                    const bool date = isNumber && style >= 0 && style < d->dateStyles.size() && d->dateStyles.at(style);
                    text = date ? serialToIso(number, d->date1904) : value;
                    numeric = isNumber && !date;
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else {
                    text = value; // str, inlineStr, e, d
                }
                if (!text.isEmpty()) {
                    while (row.cells.size() <= column) {
                        row.cells.append(QString());
                        row.numeric.append(false);
                    }
                    row.cells[column] = text;
                    row.numeric[column] = numeric;
                    anyCell = true;
                }
                nextColumn = column + 1;
            } else if (inRow && name == QLatin1String("row")) {
                inRow = false;
                if (anyCell)
                    return true;
            } else if (name == QLatin1String("sheetData")) {
                d->inSheetData = false;
            }
        }
    }
    if (xml.readFailed()) {
        return makeError(QStringLiteral("xlsx.read_failed"), tr("The worksheet cannot be decompressed."));
    }
    if (!xml.complete())
        return malformed(QStringLiteral("sheet"), reader.errorString());
    return false;
}

QString LegacyXlsxReader::sheetName() const
{
    return d->sheetName;
}

qint64 LegacyXlsxReader::bytesRead() const
{
    return d->sheet->bytesRead();
}

qint64 LegacyXlsxReader::totalBytes() const
{
    return d->sheet->totalBytes();
}

const QStringList &LegacyXlsxReader::sharedStrings() const
{
    return d->shared;
}

} // namespace motcua

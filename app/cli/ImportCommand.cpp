// motcua-cli import: old dossier and citizen lists (CSV or XLSX, any legacy encoding) into the
// store through core/store/LegacyImporter, with a preview, a choice between all-or-nothing and
// valid rows only, and progress on stderr.
#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "store/LegacyImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QJsonArray mappingJson(const QList<ColumnMapping> &mapping)
{
    QJsonArray array;
    for (const ColumnMapping &column : mapping) {
        array.append(QJsonObject{{QStringLiteral("column"), columnLetter(column.column)},
            {QStringLiteral("header"), column.header}, {QStringLiteral("field"), importFieldKey(column.field)},
            {QStringLiteral("guessed"), column.guessed}});
    }
    return array;
}

QJsonArray errorsJson(const QList<ImportRowError> &errors)
{
    QJsonArray array;
    for (const ImportRowError &error : errors) {
        array.append(QJsonObject{{QStringLiteral("row"), error.row},
            {QStringLiteral("column"), error.column < 0 ? QJsonValue() : QJsonValue(columnLetter(error.column))},
            {QStringLiteral("column_name"), error.columnName}, {QStringLiteral("field"), error.field},
            {QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    }
    return array;
}

void printErrors(QTextStream &stream, const QList<ImportRowError> &errors)
{
    for (const ImportRowError &error : errors) {
        stream << (error.columnName.isEmpty()
                ? tr("  row %1: %2").arg(error.row).arg(error.message)
                : tr("  row %1, column %2: %3").arg(error.row).arg(error.columnName, error.message))
               << Qt::endl;
    }
}

void printMapping(QTextStream &out, const QList<ColumnMapping> &mapping)
{
    for (const ColumnMapping &column : mapping) {
        out << QStringLiteral("  %1 %2 → %3%4")
                   .arg(columnLetter(column.column), column.header, importFieldKey(column.field),
                       column.guessed ? QString() : tr(" (chosen)"))
            << Qt::endl;
    }
}

} // namespace

int runLegacyImport(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli import dossiers|citizens FILE [--map COLUMN=FIELD]... [--preview] "
                                    "[--rows N] [--valid-rows] [--encoding E] [--allow-reimport] [--json]"),
        tr("Import an old list of dossiers or citizens (CSV or XLSX, TCVN3, VNI, VISCII, Windows-1258 or "
           "Unicode). By default one refused row refuses the whole file."));
    parser.addOption(QCommandLineOption(QStringLiteral("map"),
        tr("Which field a column feeds: the column's header, number or letter = a field key, or ignore "
           "(repeatable)."),
        tr("column=field")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("preview"), tr("Show how the first rows would be read; write nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("rows"), tr("Rows shown by --preview (default 10)."), tr("N")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("valid-rows"), tr("Import the valid rows and list the refused ones.")));
    parser.addOption(QCommandLineOption(QStringLiteral("encoding"),
        tr("The file's encoding (utf-8, tcvn3, vni, viscii, cp1258); detected when left out."), tr("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("allow-reimport"), tr("Import a file even though the same bytes were imported before.")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positional();
    if (positional.size() != 2
        || (positional.first() != QLatin1String("dossiers") && positional.first() != QLatin1String("citizens")))
        return context.fail(tr("usage: motcua-cli import dossiers|citizens FILE [--map COLUMN=FIELD]..."));
    if (auto allowed = context.require(Permission::ImportData); !allowed)
        return context.fail(allowed.error());

    LegacyImportOptions options;
    options.kind
        = positional.first() == QLatin1String("dossiers") ? LegacyListKind::Dossiers : LegacyListKind::Citizens;
    options.mode = parser.isSet(QStringLiteral("valid-rows")) ? ImportMode::ValidRows : ImportMode::AllOrNothing;
    options.allowReimport = parser.isSet(QStringLiteral("allow-reimport"));
    for (const QString &item : parser.values(QStringLiteral("map"))) {
        const qsizetype separator = item.lastIndexOf(QLatin1Char('='));
        if (separator <= 0 || separator == item.size() - 1)
            return context.fail(tr("--map '%1' needs the form COLUMN=FIELD").arg(item));
        options.mapping.insert(item.left(separator).trimmed(), item.mid(separator + 1).trimmed());
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.table.encoding = LegacyEncoding::fromKey(parser.value(QStringLiteral("encoding")));
        if (!options.table.encoding)
            return context.fail(tr("unknown encoding '%1'; use utf-8, tcvn3, vni, viscii or cp1258")
                                    .arg(parser.value(QStringLiteral("encoding"))));
    }
    int previewRows = 10;
    if (parser.isSet(QStringLiteral("rows"))) {
        bool isNumber = false;
        previewRows = parser.value(QStringLiteral("rows")).toInt(&isNumber);
        if (!isNumber || previewRows < 1)
            return context.fail(tr("--rows needs a whole number above 0"));
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto calendar = context.workCalendar();
    if (!calendar)
        return context.fail(calendar.error());
    LegacyImporter importer(**db, *calendar, context.actor());
    const QString path = positional.at(1);
    QTextStream &out = context.out();

    if (parser.isSet(QStringLiteral("preview"))) {
        auto preview = importer.preview(path, options, previewRows);
        if (!preview)
            return context.fail(preview.error());
        if (parser.json()) {
            QJsonArray rows;
            for (const ImportPreviewRow &row : std::as_const(preview->rows)) {
                QJsonObject values;
                for (const auto &[field, value] : row.values)
                    values.insert(importFieldKey(field), value);
                rows.append(QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("values"), values},
                    {QStringLiteral("errors"), errorsJson(row.errors)}});
            }
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("format"), preview->format},
                {QStringLiteral("encoding"), preview->encoding}, {QStringLiteral("delimiter"), preview->delimiter},
                {QStringLiteral("header"), QJsonArray::fromStringList(preview->header)},
                {QStringLiteral("mapping"), mappingJson(preview->mapping)}, {QStringLiteral("rows"), rows}}));
            return 0;
        }
        out << tr("%1 file, encoding %2").arg(preview->format.toUpper(), preview->encoding) << Qt::endl;
        printMapping(out, preview->mapping);
        for (const ImportPreviewRow &row : std::as_const(preview->rows)) {
            QStringList values;
            for (const auto &[field, value] : row.values)
                values << importFieldKey(field) + QLatin1Char('=') + value;
            out << tr("row %1: %2").arg(row.row).arg(values.join(QStringLiteral("; "))) << Qt::endl;
            printErrors(out, row.errors);
        }
        return 0;
    }

    QTextStream &err = context.err();
    QElapsedTimer shown;
    shown.start();
    options.progress = [&](const ImportProgress &progress) {
        // Enough to see it move, not a line per batch on a fast disk.
        if (shown.elapsed() < 500)
            return true;
        shown.restart();
        if (progress.totalBytes > 0)
            err << tr("read %1 rows (%2%)").arg(progress.rowsRead).arg(100 * progress.bytesRead / progress.totalBytes);
        else
            err << tr("read %1 rows").arg(progress.rowsRead);
        err << Qt::endl;
        return true;
    };
    auto report = importer.run(path, options);
    if (!report)
        return context.fail(report.error());
    if (parser.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("committed"), report->committed},
            {QStringLiteral("import_id"), report->importId}, {QStringLiteral("format"), report->format},
            {QStringLiteral("encoding"), report->encoding}, {QStringLiteral("rows_read"), report->rowsRead},
            {QStringLiteral("imported"), report->imported}, {QStringLiteral("updated"), report->updated},
            {QStringLiteral("refused"), report->refused}, {QStringLiteral("mapping"), mappingJson(report->mapping)},
            {QStringLiteral("errors"), errorsJson(report->errors)}}));
    } else {
        if (report->committed) {
            out << tr("Imported %1 of %2 rows (%3 refused, %4 updated) from %5 (%6, %7).")
                       .arg(report->imported)
                       .arg(report->rowsRead)
                       .arg(report->refused)
                       .arg(report->updated)
                       .arg(path, report->format, report->encoding)
                << Qt::endl;
        }
        printErrors(report->committed ? out : err, report->errors);
    }
    if (!report->committed) {
        return context.fail(tr("nothing was imported: %1 of %2 rows were refused (see above, or use --valid-rows to "
                               "import the others)")
                                .arg(report->refused)
                                .arg(report->rowsRead));
    }
    return 0;
}

} // namespace motcua::cli

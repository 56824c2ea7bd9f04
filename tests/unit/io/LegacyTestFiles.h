#pragma once

// Builders of legacy test files: CSV bytes in any encoding and XLSX workbooks written with
// libxlsxwriter, the way the province's old spreadsheets were made. Shared by the io, store and
// CLI tests of the legacy import.

#include "io/LegacyEncoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <xlsxwriter.h>

namespace motcua::testing {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Rows joined with delimiter and CRLF, every field quoted when it needs it, then encoded.
inline QByteArray csvBytes(const QList<QStringList> &rows, TextEncoding encoding, char delimiter = ',')
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row) {
            const bool quote = field.contains(QLatin1Char(delimiter)) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n'));
            fields << (quote ? QLatin1Char('"') + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\""))
                        + QLatin1Char('"')
                             : field);
        }
        text += fields.join(QLatin1Char(delimiter)) + QStringLiteral("\r\n");
    }
    return LegacyEncoding::encode(text, encoding);
}

// One XLSX cell: text (a QString), a number (a double) or a date (a QDate or QDateTime, written
// as an Excel date number with a date format).
using XlsxCell = QVariant;

// Writes rows to the first sheet. legacyFont: the strings are written as the Windows-1252
// characters of that encoding's bytes, as Excel stores text typed with .VnTime or VNI-Times.
inline bool writeXlsx(const QString &path, const QList<QList<XlsxCell>> &rows,
    std::optional<TextEncoding> legacyFont = std::nullopt, bool constantMemory = false)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_format *dateTimeFormat = workbook_add_format(workbook);
    format_set_num_format(dateTimeFormat, "dd/mm/yyyy hh:mm");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QVariant &cell = rows.at(r).at(c);
            const auto row = static_cast<lxw_row_t>(r);
            const auto column = static_cast<lxw_col_t>(c);
            if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int
                || cell.typeId() == QMetaType::LongLong) {
                worksheet_write_number(sheet, row, column, cell.toDouble(), nullptr);
            } else if (cell.typeId() == QMetaType::QDate || cell.typeId() == QMetaType::QDateTime) {
                const QDateTime at = cell.toDateTime();
                lxw_datetime datetime = {at.date().year(), at.date().month(), at.date().day(), at.time().hour(),
                    at.time().minute(), static_cast<double>(at.time().second())};
                worksheet_write_datetime(
                    sheet, row, column, &datetime, cell.typeId() == QMetaType::QDate ? dateFormat : dateTimeFormat);
            } else if (!cell.toString().isEmpty()) {
                const QByteArray bytes = legacyFont
                    ? LegacyEncoding::windows1252Text(LegacyEncoding::encode(cell.toString(), *legacyFont)).toUtf8()
                    : cell.toString().toUtf8();
                worksheet_write_string(sheet, row, column, bytes.constData(), nullptr);
            }
        }
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace motcua::testing

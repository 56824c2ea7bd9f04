#include "io/LegacyXlsxReader.h"
#include "io/LegacyTable.h"

#include "LegacyTestFiles.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QFile>

using namespace motcua;
using namespace motcua::testing;

namespace {

QList<XlsxRow> readRows(LegacyXlsxReader &reader, QString *error = nullptr)
{
    QList<XlsxRow> rows;
    XlsxRow row;
    while (true) {
        auto more = reader.next(row);
        if (!more) {
            if (error)
                *error = more.error().code;
            break;
        }
        if (!*more)
            break;
        rows.append(row);
    }
    return rows;
}

} // namespace

TEST_CASE("An XLSX sheet is read row by row with strings, numbers and dates", "[legacy][xlsx]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("list.xlsx"));
    REQUIRE(writeXlsx(path,
        {
            {QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD"), QStringLiteral("Ngày tiếp nhận"),
                QStringLiteral("Số")},
            {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"), QDate(2021, 3, 12), 42.0},
            {},
            {QStringLiteral("Trần Văn Đức"), 1085000456.0, QDateTime(QDate(2021, 3, 15), QTime(8, 30)), 1.5},
        }));
    auto reader = LegacyXlsxReader::open(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->sheetName() == QStringLiteral("Danh sách"));
    QString error;
    const auto rows = readRows(**reader, &error);
    CHECK(error.isEmpty());
    REQUIRE(rows.size() == 3); // the empty row 3 has no cells
    CHECK(rows.at(0).number == 1);
    CHECK(rows.at(0).cells.at(1) == QStringLiteral("Số CCCD"));
    CHECK(rows.at(1).cells
        == QStringList{QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"), QStringLiteral("2021-03-12"),
            QStringLiteral("42")});
    CHECK(rows.at(1).numeric == QList<bool>{false, false, false, true});
    CHECK(rows.at(2).number == 4);
    CHECK(rows.at(2).cells.at(1) == QStringLiteral("1085000456"));
    CHECK(rows.at(2).numeric.at(1));
    CHECK(rows.at(2).cells.at(2) == QStringLiteral("2021-03-15T08:30:00"));
    CHECK(rows.at(2).cells.at(3) == QStringLiteral("1.5"));
}

TEST_CASE("Inline strings of a constant-memory workbook read like shared ones", "[legacy][xlsx]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("stream.xlsx"));
    REQUIRE(writeXlsx(path,
        {{QStringLiteral("Họ tên"), QStringLiteral("Địa chỉ")},
            {QStringLiteral("Lò Thị Xuân"), QStringLiteral("Sơn La")}},
        std::nullopt, true));
    auto reader = LegacyXlsxReader::open(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->sharedStrings().isEmpty());
    const auto rows = readRows(**reader);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).cells == QStringList{QStringLiteral("Lò Thị Xuân"), QStringLiteral("Sơn La")});
}

TEST_CASE("Cells skipped by the writer leave empty columns, and column letters are decoded", "[legacy][xlsx]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("gaps.xlsx"));
    REQUIRE(writeXlsx(path, {{QStringLiteral("a"), QString(), QString(), QStringLiteral("d")}}));
    auto reader = LegacyXlsxReader::open(path);
    REQUIRE(reader.ok());
    const auto rows = readRows(**reader);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells == QStringList{QStringLiteral("a"), QString(), QString(), QStringLiteral("d")});
    CHECK(xlsxColumnIndex(u"A1") == 0);
    CHECK(xlsxColumnIndex(u"Z9") == 25);
    CHECK(xlsxColumnIndex(u"AB12") == 27);
    CHECK(xlsxColumnIndex(u"XFD1") == 16383);
    CHECK(xlsxColumnIndex(u"XFE1") == -1);
    CHECK(xlsxColumnIndex(u"12") == -1);
}

TEST_CASE("Files that are not spreadsheets, or damaged ones, are refused with a reason", "[legacy][xlsx]")
{
    CHECK(LegacyXlsxReader::openData("not a zip at all").error().code == QStringLiteral("xlsx.open_failed"));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("ok.xlsx"));
    REQUIRE(writeXlsx(path, {{QStringLiteral("x")}}));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    // Cut the archive in half: its central directory is gone.
    CHECK_FALSE(LegacyXlsxReader::openData(bytes.left(bytes.size() / 2)).ok());
}

TEST_CASE("A table opened from XLSX detects text typed with a legacy font and converts it", "[legacy][xlsx]")
{
    TempDir dir;
    for (TextEncoding font : {TextEncoding::Vni, TextEncoding::Tcvn3}) {
        INFO(LegacyEncoding::key(font));
        const QString path = dir.file(QStringLiteral("font-%1.xlsx").arg(LegacyEncoding::key(font)));
        REQUIRE(writeXlsx(path,
            {{QStringLiteral("Họ và tên"), QStringLiteral("Địa chỉ")},
                {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("Buôn Ma Thuột, Đắk Lắk")},
                {QStringLiteral("Trần Văn Đức"), QStringLiteral("Ủy ban nhân dân xã Quảng Phú")}},
            font));
        auto table = LegacyTable::open(path);
        REQUIRE(table.ok());
        CHECK((*table)->format() == LegacyTable::Format::Xlsx);
        CHECK((*table)->encoding() == font);
        CHECK((*table)->header() == QStringList{QStringLiteral("Họ và tên"), QStringLiteral("Địa chỉ")});
        LegacyTableRow row;
        REQUIRE((*table)->next(row).ok());
        CHECK(row.number == 2);
        CHECK(row.cells == QStringList{QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("Buôn Ma Thuột, Đắk Lắk")});
    }
}

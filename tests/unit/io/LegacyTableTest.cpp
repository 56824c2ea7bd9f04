#include "io/LegacyTable.h"
#include "io/LegacyColumns.h"
#include "io/LegacyValues.h"

#include "LegacyTestFiles.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QStringDecoder>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QList<QStringList> kRows = {
    {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD/CMND"), QStringLiteral("Mã TTHC"),
        QStringLiteral("Ngày tiếp nhận"), QStringLiteral("Ghi chú")},
    {QStringLiteral("1"), QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"),
        QStringLiteral("1.001193"), QStringLiteral("12/03/2021"), QStringLiteral("Hồ sơ \"gấp\", nộp thay")},
    {QStringLiteral("2"), QStringLiteral("Đặng Văn Tú"), QStringLiteral("038090000002"), QStringLiteral("1.001640"),
        QStringLiteral("15/03/2021 08:30"), QStringLiteral("Ghi chú\nhai dòng")},
};

QList<LegacyTableRow> allRows(LegacyTable &table)
{
    QList<LegacyTableRow> rows;
    LegacyTableRow row;
    while (table.next(row).value())
        rows.append(row);
    return rows;
}

} // namespace

TEST_CASE("A CSV table in any legacy encoding and delimiter reads back as the same NFC text", "[legacy][table]")
{
    TempDir dir;
    for (TextEncoding encoding : LegacyEncoding::all()) {
        for (char delimiter : {',', ';', '\t'}) {
            INFO(LegacyEncoding::key(encoding).toStdString() << " delimiter " << int(delimiter));
            const QString path = dir.file(QStringLiteral("list.csv"));
            REQUIRE(writeFile(path, csvBytes(kRows, encoding, delimiter)));
            auto table = LegacyTable::open(path);
            REQUIRE(table.ok());
            CHECK((*table)->format() == LegacyTable::Format::Csv);
            CHECK((*table)->encoding() == encoding);
            CHECK((*table)->delimiter() == delimiter);
            CHECK((*table)->header() == kRows.at(0));
            const auto rows = allRows(**table);
            REQUIRE(rows.size() == 2);
            CHECK(rows.at(0).cells == kRows.at(1));
            CHECK(rows.at(1).cells == kRows.at(2));
            CHECK(rows.at(0).number == 2);
            CHECK(rows.at(1).number == 3);
        }
    }
}

TEST_CASE("A chosen encoding overrides detection", "[legacy][table]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("list.csv"));
    REQUIRE(writeFile(path, csvBytes(kRows, TextEncoding::Tcvn3)));
    LegacyTableOptions options;
    options.encoding = TextEncoding::Vni;
    auto table = LegacyTable::open(path, options);
    REQUIRE(table.ok());
    CHECK((*table)->encoding() == TextEncoding::Vni);
    CHECK((*table)->guess().scores.isEmpty());
    CHECK((*table)->header() != kRows.at(0));
}

TEST_CASE("UTF-16 text exported by Excel and a sep= line are understood", "[legacy][table]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("unicode.txt"));
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    QByteArray bytes = "\xFF\xFE";
    bytes += encoder.encode(QStringLiteral("Họ và tên\tĐịa chỉ\r\nLò Thị Xuân\tSơn La\r\n"));
    REQUIRE(writeFile(path, bytes));
    auto table = LegacyTable::open(path);
    REQUIRE(table.ok());
    CHECK((*table)->header() == QStringList{QStringLiteral("Họ và tên"), QStringLiteral("Địa chỉ")});
    CHECK(allRows(**table).at(0).cells == QStringList{QStringLiteral("Lò Thị Xuân"), QStringLiteral("Sơn La")});

    const QString sep = dir.file(QStringLiteral("sep.csv"));
    REQUIRE(writeFile(sep, "sep=|\r\na|b\r\n1|2\r\n"));
    auto withSep = LegacyTable::open(sep);
    REQUIRE(withSep.ok());
    CHECK((*withSep)->header() == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("An empty file has no table", "[legacy][table]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.csv"));
    REQUIRE(writeFile(path, "\r\n\r\n"));
    CHECK(LegacyTable::open(path).error().code == QStringLiteral("table.empty"));
    CHECK(
        LegacyTable::open(dir.file(QStringLiteral("missing.csv"))).error().code == QStringLiteral("table.open_failed"));
}

TEST_CASE("Columns are recognized from Vietnamese headers with or without diacritics", "[legacy][columns]")
{
    const QStringList header{QStringLiteral("STT"), QStringLiteral("Ho va ten nguoi nop"),
        QStringLiteral("Số CCCD/CMND"), QStringLiteral("Mã TTHC"), QStringLiteral("NGÀY TIẾP NHẬN"),
        QStringLiteral("Ngày trả kết quả"), QStringLiteral("Điện thoại"), QStringLiteral("Tình trạng")};
    auto mapping = mapColumns(header, LegacyListKind::Dossiers);
    REQUIRE(mapping.ok());
    QStringList fields;
    for (const ColumnMapping &column : *mapping)
        fields << importFieldKey(column.field);
    CHECK(fields
        == QStringList{QStringLiteral("ignore"), QStringLiteral("applicant"), QStringLiteral("citizen_id"),
            QStringLiteral("procedure"), QStringLiteral("received_at"), QStringLiteral("returned_at"),
            QStringLiteral("phone"), QStringLiteral("status")});
}

TEST_CASE("Column overrides name a column by header, number or letter, and can drop a guess", "[legacy][columns]")
{
    const QStringList header{QStringLiteral("Tên"), QStringLiteral("Giấy tờ"), QStringLiteral("TT"),
        QStringLiteral("Ngày"), QStringLiteral("Điện thoại")};
    auto missing = mapColumns(header, LegacyListKind::Dossiers);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("import.missing_field"));
    auto mapping = mapColumns(header, LegacyListKind::Dossiers,
        {{QStringLiteral("ten"), QStringLiteral("applicant")}, {QStringLiteral("2"), QStringLiteral("citizen_id")},
            {QStringLiteral("C"), QStringLiteral("procedure")}, {QStringLiteral("Ngày"), QStringLiteral("received_at")},
            {QStringLiteral("E"), QStringLiteral("ignore")}});
    REQUIRE(mapping.ok());
    CHECK(mapping->at(0).field == ImportField::ApplicantName);
    CHECK_FALSE(mapping->at(0).guessed);
    CHECK(mapping->at(1).field == ImportField::CitizenId);
    CHECK(mapping->at(2).field == ImportField::ProcedureCode);
    CHECK(mapping->at(4).field == ImportField::Ignore);
    CHECK(mapColumns(header, LegacyListKind::Dossiers, {{QStringLiteral("Q"), QStringLiteral("phone")}}).error().code
        == QStringLiteral("import.unknown_column"));
    CHECK(
        mapColumns(header, LegacyListKind::Dossiers, {{QStringLiteral("A"), QStringLiteral("shoe_size")}}).error().code
        == QStringLiteral("import.unknown_field"));
    CHECK(columnLetter(0) == QStringLiteral("A"));
    CHECK(columnLetter(27) == QStringLiteral("AB"));
}

TEST_CASE("Dates are read day first in the shapes clerks typed them", "[legacy][values]")
{
    CHECK(LegacyValues::parseDateTime(QStringLiteral("12/03/2021"))->date() == QDate(2021, 3, 12));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("2/3/21"))->date() == QDate(2021, 3, 2));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("12-03-2021 8:30"))->time() == QTime(8, 30));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("08h30 ngày 12.03.2021"))->time() == QTime(8, 30));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("Ngày 12/03/2021"))->date() == QDate(2021, 3, 12));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("2021-03-12T08:30"))->toOffsetFromUtc(7 * 3600).time()
        == QTime(8, 30));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("44267"), true)->date() == QDate(2021, 3, 12));
    CHECK(LegacyValues::parseDateTime(QStringLiteral("12/03/2021 08:30"))->offsetFromUtc() == 7 * 3600);
    CHECK_FALSE(LegacyValues::parseDateTime(QStringLiteral("44267")).has_value());
    CHECK_FALSE(LegacyValues::parseDateTime(QStringLiteral("31/02/2021")).has_value());
    CHECK_FALSE(LegacyValues::parseDateTime(QStringLiteral("hôm qua")).has_value());
    CHECK_FALSE(LegacyValues::parseDateTime(QStringLiteral("12/03/2021 25:00")).has_value());
}

TEST_CASE("Statuses and genders are read from their Vietnamese labels", "[legacy][values]")
{
    CHECK(LegacyValues::parseStatus(QStringLiteral("Đã trả kết quả")) == DossierStatus::Returned);
    CHECK(LegacyValues::parseStatus(QStringLiteral("dang xu ly")) == DossierStatus::InProcess);
    CHECK(LegacyValues::parseStatus(QStringLiteral("Hoàn thành")) == DossierStatus::Done);
    CHECK(LegacyValues::parseStatus(QStringLiteral("in_process")) == DossierStatus::InProcess);
    CHECK_FALSE(LegacyValues::parseStatus(QStringLiteral("không rõ")).has_value());
    CHECK(LegacyValues::parseGender(QStringLiteral("Nữ")) == QStringLiteral("female"));
    CHECK(LegacyValues::parseGender(QStringLiteral("NAM")) == QStringLiteral("male"));
    CHECK(LegacyValues::parseGender(QStringLiteral("?")).isEmpty());
}

#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/LegacyImporter.h"

#include "../io/LegacyTestFiles.h"
#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::testing;

namespace {

struct Store
{
    TempDir dir;
    std::unique_ptr<Database> db;
    WorkCalendar calendar;

    Store()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(insertTestCatalog(*db));
    }

    QString csv(const QString &name, const QList<QStringList> &rows, TextEncoding encoding = TextEncoding::Utf8)
    {
        const QString path = dir.file(name);
        REQUIRE(writeFile(path, csvBytes(rows, encoding, ';')));
        return path;
    }
};

const QStringList kHeader{QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD"), QStringLiteral("Mã thủ tục"),
    QStringLiteral("Ngày tiếp nhận"), QStringLiteral("Trạng thái"), QStringLiteral("Ngày có kết quả"),
    QStringLiteral("Ngày trả kết quả"), QStringLiteral("Điện thoại")};

QList<QStringList> goodRows()
{
    return {kHeader,
        {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"), QStringLiteral("1.004884"),
            QStringLiteral("12/03/2021 08:30"), QString(), QString(), QString(), QStringLiteral("0912 345 678")},
        {QStringLiteral("Trần Văn Đức"), QStringLiteral("001085000456"), QStringLiteral("1.001640"),
            QStringLiteral("15/03/2021"), QStringLiteral("Đã trả kết quả"), QStringLiteral("15/03/2021 10:00"),
            QStringLiteral("16/03/2021 09:00"), QString()},
        {QStringLiteral("Lò Thị Xuân"), QStringLiteral("014301000789"),
            QStringLiteral("Cấp giấy xác nhận tình trạng hôn nhân"), QStringLiteral("16/03/2021"),
            QStringLiteral("Đang xử lý"), QString(), QString(), QString()}};
}

QString errorText(const ImportRowError &e)
{
    return QStringLiteral("%1|%2|%3").arg(e.row).arg(e.field, e.code);
}

} // namespace

TEST_CASE("Imported dossiers are received like desk receipts, with codes, events and outbox ops", "[legacy][import]")
{
    Store store;
    const QString path = store.csv(QStringLiteral("old.csv"), goodRows(), TextEncoding::Tcvn3);
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    auto report = importer.run(path, {});
    REQUIRE(failure(report) == QString());
    INFO((report->errors.isEmpty() ? QString() : report->errors.first().message));
    CHECK(report->committed);
    CHECK(report->encoding == QStringLiteral("tcvn3"));
    CHECK(report->rowsRead == 3);
    CHECK(report->imported == 3);
    CHECK(report->refused == 0);
    CHECK(rowCount(*store.db, QStringLiteral("dossiers")) == 3);
    // 3 receipts, then in-process for the third and in-process/done/returned for the second.
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 3 + 1 + 3);
    CHECK(rowCount(*store.db, QStringLiteral("outbox")) == 7);
    CHECK(rowCount(*store.db, QStringLiteral("import_dossiers")) == 3);
    CHECK(scalar(*store.db,
              QStringLiteral("SELECT rows_imported || '/' || rows_read || ' ' || encoding || ' ' || actor "
                             "FROM import_batches"))
        == QStringLiteral("3/3 tcvn3 Văn thư"));

    DossierRepository dossiers(*store.db, store.calendar, QStringLiteral("x"));
    const QString secondId
        = scalar(*store.db, QStringLiteral("SELECT dossier_id FROM import_dossiers WHERE row_number = 3"));
    auto returned = dossiers.find(secondId);
    REQUIRE(returned.ok());
    CHECK(returned->applicantName == QStringLiteral("Trần Văn Đức"));
    CHECK(returned->procedureCode == QStringLiteral("1.001193")); // the old code, renumbered
    CHECK(returned->status == DossierStatus::Returned);
    CHECK(VietnamTime::toIso(returned->doneAt) == QStringLiteral("2021-03-15T10:00:00+07:00"));
    CHECK(VietnamTime::toIso(returned->returnedAt) == QStringLiteral("2021-03-16T09:00:00+07:00"));
    CHECK(returned->code.contains(QStringLiteral("-210315-")));

    const QString firstId
        = scalar(*store.db, QStringLiteral("SELECT dossier_id FROM import_dossiers WHERE row_number = 2"));
    auto first = dossiers.find(firstId);
    REQUIRE(first.ok());
    CHECK(first->phone == QStringLiteral("0912345678"));
    CHECK(VietnamTime::toIso(first->receivedAt) == QStringLiteral("2021-03-12T08:30:00+07:00"));
    CHECK(first->dueDate == QDate(2021, 3, 19)); // 5 working days

    const QString thirdId
        = scalar(*store.db, QStringLiteral("SELECT dossier_id FROM import_dossiers WHERE row_number = 4"));
    CHECK(dossiers.find(thirdId)->procedureCode == QStringLiteral("1.004873")); // found by its name
    CHECK(dossiers.find(thirdId)->status == DossierStatus::InProcess);
}

TEST_CASE(
    "All-or-nothing refuses the whole file and lists every refused row with column and reason", "[legacy][import]")
{
    Store store;
    QList<QStringList> rows = goodRows();
    rows.append({QStringLiteral("Hoàng Văn Bé"), QStringLiteral("0661900001"), QStringLiteral("1.004884"),
        QStringLiteral("17/03/2021"), QString(), QString(), QString(), QString()});
    rows.append({QStringLiteral("Vàng A Dính"), QStringLiteral("011090000321"), QStringLiteral("7.777777"),
        QStringLiteral("31/02/2021"), QString(), QString(), QString(), QStringLiteral("12")});
    rows.append({QString(), QStringLiteral("011090000321"), QStringLiteral("9.999999"), QStringLiteral("18/03/2021"),
        QStringLiteral("Đã từ chối"), QString(), QString(), QString()});
    const QString path = store.csv(QStringLiteral("bad.csv"), rows);
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    auto report = importer.run(path, {});
    REQUIRE(failure(report) == QString());
    CHECK_FALSE(report->committed);
    CHECK(report->importId.isEmpty());
    CHECK(report->imported == 0);
    CHECK(report->refused == 3);
    QStringList errors;
    for (const ImportRowError &e : report->errors)
        errors << errorText(e);
    CHECK(errors
        == QStringList{QStringLiteral("5|citizen_id|citizen_id.length"),
            QStringLiteral("6|procedure|import.unknown_procedure"), QStringLiteral("6|received_at|import.bad_date"),
            QStringLiteral("6|phone|dossier.invalid_phone"), QStringLiteral("7|procedure|import.inactive_procedure"),
            QStringLiteral("7|applicant|import.required"), QStringLiteral("7|status|import.unsupported_status")});
    CHECK(report->errors.first().columnName == QStringLiteral("B (Số CCCD)"));
    CHECK(report->errors.first().message.contains(QStringLiteral("leading zeros")));
    for (const char *table :
        {"dossiers", "dossier_events", "outbox", "import_batches", "import_dossiers", "code_sequences"})
        CHECK(rowCount(*store.db, QString::fromLatin1(table)) == 0);
}

TEST_CASE("Valid-rows mode imports the good rows and reports the others", "[legacy][import]")
{
    Store store;
    QList<QStringList> rows = goodRows();
    rows.insert(2,
        {QStringLiteral("Hoàng Văn Bé"), QStringLiteral("999190000001"), QStringLiteral("1.004884"),
            QStringLiteral("17/03/2021"), QString(), QString(), QString(), QString()});
    const QString path = store.csv(QStringLiteral("mixed.csv"), rows);
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    LegacyImportOptions options;
    options.mode = ImportMode::ValidRows;
    options.batchSize = 2;
    auto report = importer.run(path, options);
    REQUIRE(failure(report) == QString());
    CHECK(report->committed);
    CHECK(report->imported == 3);
    CHECK(report->refused == 1);
    REQUIRE(report->errors.size() == 1);
    CHECK(errorText(report->errors.first()) == QStringLiteral("3|citizen_id|citizen_id.unknown_province"));
    CHECK(rowCount(*store.db, QStringLiteral("dossiers")) == 3);
    CHECK(scalar(*store.db, QStringLiteral("SELECT rows_refused FROM import_batches")) == QStringLiteral("1"));
}

TEST_CASE("A cancelled import writes nothing", "[legacy][import]")
{
    Store store;
    QList<QStringList> rows{kHeader};
    for (int i = 0; i < 50; ++i) {
        rows.append({QStringLiteral("Công dân %1").arg(i), QStringLiteral("0011900%1").arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("1.004884"), QStringLiteral("12/03/2021"), QString(), QString(), QString(), QString()});
    }
    const QString path = store.csv(QStringLiteral("long.csv"), rows);
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    LegacyImportOptions options;
    options.batchSize = 10;
    int calls = 0;
    options.progress = [&](const ImportProgress &progress) {
        ++calls;
        CHECK(progress.rowsRead == calls * 10);
        CHECK(progress.totalBytes > 0);
        return calls < 3;
    };
    auto report = importer.run(path, options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QStringLiteral("import.cancelled"));
    CHECK(calls == 3);
    for (const char *table : {"dossiers", "dossier_events", "outbox", "import_batches", "code_sequences"})
        CHECK(rowCount(*store.db, QString::fromLatin1(table)) == 0);
    // The same file then imports whole.
    options.progress = {};
    auto again = importer.run(path, options);
    REQUIRE(failure(again) == QString());
    CHECK(again->imported == 50);
}

TEST_CASE("The same file is not imported twice unless the clerk insists", "[legacy][import]")
{
    Store store;
    const QString path = store.csv(QStringLiteral("old.csv"), goodRows());
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    REQUIRE(importer.run(path, {}).ok());
    auto again = importer.run(path, {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("import.already_imported"));
    LegacyImportOptions insist;
    insist.allowReimport = true;
    REQUIRE(importer.run(path, insist).ok());
    CHECK(rowCount(*store.db, QStringLiteral("dossiers")) == 6);
}

TEST_CASE("XLSX numbers that lost their leading zeros or trailing zeros are restored", "[legacy][import]")
{
    Store store;
    const QString path = store.dir.file(QStringLiteral("old.xlsx"));
    REQUIRE(writeXlsx(path,
        {{QStringLiteral("Họ tên"), QStringLiteral("CCCD"), QStringLiteral("Mã TTHC"), QStringLiteral("Ngày nhận"),
             QStringLiteral("SĐT")},
            {QStringLiteral("Nguyễn Văn An"), 1085000456.0, 1.00164, QDate(2021, 3, 15), 912345678.0}}));
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    auto report = importer.run(path, {});
    REQUIRE(failure(report) == QString());
    INFO((report->errors.isEmpty() ? QString() : report->errors.first().message));
    CHECK(report->format == QStringLiteral("xlsx"));
    CHECK(report->imported == 1);
    CHECK(scalar(*store.db,
              QStringLiteral("SELECT citizen_id || ' ' || procedure_code || ' ' || phone || ' ' || "
                             "substr(received_at, 1, 10) FROM dossiers"))
        == QStringLiteral("001085000456 1.001193 0912345678 2021-03-15"));
}

TEST_CASE("The preview shows the mapping and the first rows with their problems, writing nothing", "[legacy][import]")
{
    Store store;
    QList<QStringList> rows = goodRows();
    rows[1][1] = QStringLiteral("12345");
    const QString path = store.csv(QStringLiteral("old.csv"), rows, TextEncoding::Vni);
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    auto preview = importer.preview(path, {}, 2);
    REQUIRE(failure(preview) == QString());
    CHECK(preview->encoding == QStringLiteral("vni"));
    CHECK(preview->delimiter == QStringLiteral(";"));
    CHECK(preview->header == kHeader);
    REQUIRE(preview->rows.size() == 2);
    CHECK(preview->rows.at(0).row == 2);
    CHECK(preview->rows.at(0).values.contains(
        std::pair<ImportField, QString>{ImportField::ApplicantName, QStringLiteral("Nguyễn Thị Hương")}));
    REQUIRE(preview->rows.at(0).errors.size() == 1);
    CHECK(preview->rows.at(0).errors.first().code == QStringLiteral("citizen_id.length"));
    CHECK(preview->rows.at(1).errors.isEmpty());
    CHECK(rowCount(*store.db, QStringLiteral("dossiers")) == 0);
}

TEST_CASE("A citizens' list fills the citizens table and a later list updates known citizens", "[legacy][import]")
{
    Store store;
    const QList<QStringList> first{
        {QStringLiteral("Họ và tên"), QStringLiteral("Số định danh"), QStringLiteral("Ngày sinh"),
            QStringLiteral("Giới tính"), QStringLiteral("Địa chỉ")},
        {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"), QStringLiteral("05/09/1990"),
            QStringLiteral("Nữ"), QStringLiteral("Đắk Lắk")},
        {QStringLiteral("Trần Văn Đức"), QStringLiteral("001085000456"), QStringLiteral("1985"), QStringLiteral("Nam"),
            QString()},
        {QStringLiteral("Trần Văn Đức"), QStringLiteral("001085000456"), QStringLiteral("1985"), QStringLiteral("Nam"),
            QString()},
        {QStringLiteral("Lò Văn Chiến"), QStringLiteral("014090000001"), QStringLiteral("01/01/1991"),
            QStringLiteral("Nữ"), QString()},
    };
    LegacyImporter importer(*store.db, store.calendar, QStringLiteral("Văn thư"));
    LegacyImportOptions options;
    options.kind = LegacyListKind::Citizens;
    options.mode = ImportMode::ValidRows;
    auto report = importer.run(store.csv(QStringLiteral("citizens.csv"), first, TextEncoding::Viscii), options);
    REQUIRE(failure(report) == QString());
    CHECK(report->imported == 2);
    CHECK(report->refused == 2);
    QStringList errors;
    for (const ImportRowError &e : report->errors)
        errors << errorText(e);
    CHECK(errors
        == QStringList{QStringLiteral("4|citizen_id|import.duplicate_in_file"),
            QStringLiteral("5|birth_date|import.birth_year_mismatch"),
            QStringLiteral("5|gender|import.gender_mismatch")});
    CHECK(scalar(*store.db,
              QStringLiteral("SELECT full_name || '|' || birth_date || '|' || gender || '|' || address "
                             "FROM citizens WHERE citizen_id = '066190000123'"))
        == QStringLiteral("Nguyễn Thị Hương|1990-09-05|female|Đắk Lắk"));

    const QList<QStringList> second{{QStringLiteral("Họ tên"), QStringLiteral("CCCD"), QStringLiteral("Địa chỉ")},
        {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("066190000123"), QStringLiteral("Buôn Ma Thuột")}};
    auto update = importer.run(store.csv(QStringLiteral("citizens2.csv"), second), options);
    REQUIRE(failure(update) == QString());
    CHECK(update->updated == 1);
    CHECK(update->imported == 0);
    CHECK(rowCount(*store.db, QStringLiteral("citizens")) == 2);
    CHECK(scalar(*store.db,
              QStringLiteral("SELECT address || '|' || birth_date FROM citizens WHERE citizen_id = "
                             "'066190000123'"))
        == QStringLiteral("Buôn Ma Thuột|1990-09-05"));
}

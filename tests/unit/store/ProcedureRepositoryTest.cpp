#include "store/ProcedureRepository.h"

#include "io/CatalogJson.h"
#include "store/Database.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

#include <memory>

using namespace motcua;

namespace {

Procedure procedure(const QString &code, const QString &name, const QString &sector = QStringLiteral("Hộ tịch"))
{
    Procedure result;
    result.code = code;
    result.name = name;
    result.sector = sector;
    result.level = QStringLiteral("commune");
    result.processingDays = 3;
    result.processingUnit = ProcessingUnit::WorkingDays;
    result.fee = QStringLiteral("Miễn phí");
    result.legalBasis = {QStringLiteral("Luật Hộ tịch 2014")};
    result.documents = {
        {QStringLiteral("Tờ khai"), DocumentKind::Original, 1, true, {}},
        {QStringLiteral("Giấy tờ tùy thân"), DocumentKind::Photocopy, 1, true, QStringLiteral("xuất trình bản chính")},
    };
    return result;
}

Procedure birthRegistration()
{
    Procedure result = procedure(QStringLiteral("1.001193"), QStringLiteral("Đăng ký khai sinh"));
    result.processingDays = 0;
    result.processingUnit = ProcessingUnit::SameDay;
    result.aliases = {QStringLiteral("1.001640")};
    return result;
}

Catalog catalog(int version, const QList<Procedure> &procedures)
{
    Catalog result;
    result.version = version;
    result.publishedAt = QStringLiteral("2025-07-01");
    result.publisher = QStringLiteral("UBND tỉnh Lào Cai");
    result.procedures = procedures;
    return result;
}

// A data directory with its store and catalog; the repository goes before the database.
struct Store
{
    TempDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ProcedureRepository> procedures;

    Store()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(opened.ok());
        database = std::move(opened).value();
        procedures = std::make_unique<ProcedureRepository>(*database);
    }

    int rows(const QString &sql) const
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

const QList<Procedure> kFirstCatalog = {
    birthRegistration(),
    procedure(QStringLiteral("1.000894"), QStringLiteral("Đăng ký kết hôn")),
    procedure(QStringLiteral("1.000656"), QStringLiteral("Đăng ký khai tử")),
};

} // namespace

TEST_CASE("Importing a catalog into an empty store adds every procedure with its documents and aliases")
{
    Store store;
    auto summary = store.procedures->importCatalog(catalog(1, kFirstCatalog));
    REQUIRE(summary.ok());
    CHECK(summary->version == 1);
    CHECK(summary->added == 3);
    CHECK(summary->updated == 0);
    CHECK(summary->unchanged == 0);
    CHECK(summary->deactivated == 0);
    CHECK(store.procedures->count() == 3);
    CHECK(store.procedures->installedVersion() == 1);
    CHECK(store.database->meta(QStringLiteral("catalog_version")) == QStringLiteral("1"));

    auto found = store.procedures->find(QStringLiteral("1.001193"));
    REQUIRE(found.has_value());
    CHECK(found->name == QStringLiteral("Đăng ký khai sinh"));
    CHECK(found->sector == QStringLiteral("Hộ tịch"));
    CHECK(found->processingUnit == ProcessingUnit::SameDay);
    CHECK(found->workingDays() == 0);
    CHECK(found->fee == QStringLiteral("Miễn phí"));
    CHECK(found->legalBasis == QStringList{QStringLiteral("Luật Hộ tịch 2014")});
    CHECK(found->aliases == QStringList{QStringLiteral("1.001640")});
    CHECK(found->active);
    REQUIRE(found->documents.size() == 2);
    CHECK(found->documents.at(0).title == QStringLiteral("Tờ khai"));
    CHECK(found->documents.at(1).kind == DocumentKind::Photocopy);
    CHECK(found->documents.at(1).note == QStringLiteral("xuất trình bản chính"));
    CHECK_FALSE(store.procedures->find(QStringLiteral("9.999999")).has_value());
}

TEST_CASE("A newer catalog updates changed procedures, replaces their documents and leaves the others alone")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());

    QList<Procedure> next = kFirstCatalog;
    next[1].processingDays = 5;
    next[1].documents = {{QStringLiteral("Tờ khai đăng ký kết hôn"), DocumentKind::Original, 2, true, {}}};
    next.append(procedure(
        QStringLiteral("2.000815"), QStringLiteral("Chứng thực bản sao từ bản chính"), QStringLiteral("Chứng thực")));
    auto summary = store.procedures->importCatalog(catalog(2, next));
    REQUIRE(summary.ok());
    CHECK(summary->added == 1);
    CHECK(summary->updated == 1);
    CHECK(summary->unchanged == 2);
    CHECK(summary->deactivated == 0);
    CHECK(store.procedures->installedVersion() == 2);

    auto marriage = store.procedures->find(QStringLiteral("1.000894"));
    REQUIRE(marriage.has_value());
    CHECK(marriage->processingDays == 5);
    REQUIRE(marriage->documents.size() == 1);
    CHECK(marriage->documents.at(0).title == QStringLiteral("Tờ khai đăng ký kết hôn"));
    CHECK(marriage->documents.at(0).count == 2);
    CHECK(
        store.rows(QStringLiteral("SELECT count(*) FROM procedure_documents WHERE procedure_code = '1.000894'")) == 1);
    CHECK(store.procedures->find(QStringLiteral("2.000815")).has_value());
}

TEST_CASE("A procedure the new catalog no longer lists becomes inactive but is kept and still found by code")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());
    auto summary = store.procedures->importCatalog(catalog(2, {kFirstCatalog.at(0), kFirstCatalog.at(1)}));
    REQUIRE(summary.ok());
    CHECK(summary->deactivated == 1);
    CHECK(summary->unchanged == 2);
    CHECK(store.procedures->count() == 3);
    CHECK(store.procedures->activeCount() == 2);

    auto death = store.procedures->find(QStringLiteral("1.000656"));
    REQUIRE(death.has_value());
    CHECK_FALSE(death->active);
    CHECK(death->documents.size() == 2);
    CHECK(store.procedures->search(QStringLiteral("khai tử")).isEmpty());
}

TEST_CASE("A procedure that comes back into the catalog is active and searchable again")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());
    REQUIRE(store.procedures->importCatalog(catalog(2, {kFirstCatalog.at(0)})).ok());
    auto summary = store.procedures->importCatalog(catalog(3, kFirstCatalog));
    REQUIRE(summary.ok());
    CHECK(summary->updated == 2);
    CHECK(summary->unchanged == 1);
    CHECK(store.procedures->activeCount() == 3);
    auto hits = store.procedures->search(QStringLiteral("khai tu"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.at(0).procedure.code == QStringLiteral("1.000656"));
}

TEST_CASE("Re-importing the installed catalog version changes nothing")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(4, kFirstCatalog)).ok());
    const int searchRows = store.rows(QStringLiteral("SELECT count(*) FROM procedure_search"));
    const int changesBefore = store.rows(QStringLiteral("SELECT total_changes()"));

    auto summary = store.procedures->importCatalog(catalog(4, kFirstCatalog));
    REQUIRE(summary.ok());
    CHECK(summary->version == 4);
    CHECK(summary->changes() == 0);
    CHECK(summary->unchanged == 3);
    CHECK(store.rows(QStringLiteral("SELECT total_changes()")) == changesBefore);
    CHECK(store.rows(QStringLiteral("SELECT count(*) FROM procedure_search")) == searchRows);
    CHECK(store.procedures->installedVersion() == 4);
}

TEST_CASE("A catalog older than the installed one is refused, naming both versions, and nothing changes")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(5, kFirstCatalog)).ok());
    QList<Procedure> older = {procedure(QStringLiteral("1.004194"), QStringLiteral("Đăng ký tạm trú"))};

    auto refused = store.procedures->importCatalog(catalog(4, older));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalog.older_version"));
    CHECK(refused.error().message.contains(QStringLiteral("4")));
    CHECK(refused.error().message.contains(QStringLiteral("5")));
    CHECK(store.procedures->installedVersion() == 5);
    CHECK(store.procedures->count() == 3);
    CHECK(store.procedures->activeCount() == 3);
    CHECK_FALSE(store.procedures->find(QStringLiteral("1.004194")).has_value());
}

TEST_CASE("An import that fails halfway leaves the store exactly as it was")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());
    // The database refuses the last procedure, after the others have been written.
    QSqlQuery trigger(store.database->connection());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_procedure BEFORE INSERT ON procedures "
                                        "WHEN new.code = '9.999999' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));

    QList<Procedure> next = {procedure(QStringLiteral("1.004194"), QStringLiteral("Đăng ký tạm trú")),
        kFirstCatalog.at(0), procedure(QStringLiteral("9.999999"), QStringLiteral("Thủ tục thử"))};
    next[1].name = QStringLiteral("Đăng ký khai sinh (sửa)");
    auto failed = store.procedures->importCatalog(catalog(2, next));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == QStringLiteral("store.write_failed"));
    CHECK(store.procedures->installedVersion() == 1);
    CHECK(store.procedures->count() == 3);
    CHECK(store.procedures->activeCount() == 3);
    CHECK_FALSE(store.procedures->find(QStringLiteral("1.004194")).has_value());
    CHECK(store.procedures->find(QStringLiteral("1.001193"))->name == QStringLiteral("Đăng ký khai sinh"));
    CHECK(store.procedures->search(QStringLiteral("tam tru")).isEmpty());
    CHECK(store.procedures->search(QStringLiteral("khai tu")).size() == 1);
}

TEST_CASE("A catalog with a duplicate code or a nameless procedure is refused before anything is written")
{
    Store store;
    auto duplicate = store.procedures->importCatalog(catalog(1, {kFirstCatalog.at(1), kFirstCatalog.at(1)}));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == QStringLiteral("catalog.invalid"));
    CHECK(duplicate.error().message.contains(QStringLiteral("1.000894")));

    auto nameless = store.procedures->importCatalog(catalog(1, {procedure(QStringLiteral("1.000894"), {})}));
    REQUIRE_FALSE(nameless.ok());
    CHECK(nameless.error().code == QStringLiteral("catalog.invalid"));
    CHECK(store.procedures->count() == 0);
    CHECK(store.procedures->installedVersion() == 0);
}

TEST_CASE("Looking up a legacy code finds the procedure that replaced it")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());
    auto found = store.procedures->find(QStringLiteral(" 1.001640 "));
    REQUIRE(found.has_value());
    CHECK(found->code == QStringLiteral("1.001193"));
    CHECK(found->documents.size() == 2);
}

TEST_CASE("A legacy code that is the code of a procedure in the catalog is refused")
{
    Store store;
    QList<Procedure> procedures = kFirstCatalog;
    procedures[0].aliases.append(QStringLiteral("1.000894"));
    auto refused = store.procedures->importCatalog(catalog(1, procedures));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalog.alias_is_code"));
    CHECK(refused.error().message.contains(QStringLiteral("1.000894")));
    CHECK(store.procedures->count() == 0);
}

TEST_CASE("One legacy code given to two procedures is refused")
{
    Store store;
    QList<Procedure> procedures = kFirstCatalog;
    procedures[1].aliases = {QStringLiteral("1.001640")};
    auto refused = store.procedures->importCatalog(catalog(1, procedures));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("catalog.duplicate_alias"));
    CHECK(store.procedures->count() == 0);
}

TEST_CASE("Legacy codes stay known when a later catalog no longer lists them")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());
    QList<Procedure> next = kFirstCatalog;
    next[0].aliases.clear();
    auto summary = store.procedures->importCatalog(catalog(2, next));
    REQUIRE(summary.ok());
    CHECK(summary->changes() == 0);
    auto found = store.procedures->find(QStringLiteral("1.001640"));
    REQUIRE(found.has_value());
    CHECK(found->code == QStringLiteral("1.001193"));
}

TEST_CASE("A renumbered procedure: the old one becomes inactive and its old code searches to the new one")
{
    Store store;
    Procedure old = procedure(QStringLiteral("1.001640"), QStringLiteral("Đăng ký khai sinh"));
    REQUIRE(store.procedures->importCatalog(catalog(1, {old, kFirstCatalog.at(1)})).ok());

    auto summary = store.procedures->importCatalog(catalog(2, {birthRegistration(), kFirstCatalog.at(1)}));
    REQUIRE(summary.ok());
    CHECK(summary->added == 1);
    CHECK(summary->deactivated == 1);
    // Dossiers received under the old code still see the procedure they were received for.
    auto byOldCode = store.procedures->find(QStringLiteral("1.001640"));
    REQUIRE(byOldCode.has_value());
    CHECK(byOldCode->code == QStringLiteral("1.001640"));
    CHECK_FALSE(byOldCode->active);
    auto hits = store.procedures->search(QStringLiteral("1.001640"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.at(0).procedure.code == QStringLiteral("1.001193"));
}

TEST_CASE("A legacy code moves to the procedure a newer catalog gives it to")
{
    Store store;
    REQUIRE(store.procedures->importCatalog(catalog(1, kFirstCatalog)).ok());
    QList<Procedure> next = kFirstCatalog;
    next[0].aliases.clear();
    next[2].aliases = {QStringLiteral("1.001640")};
    auto summary = store.procedures->importCatalog(catalog(2, next));
    REQUIRE(summary.ok());
    CHECK(summary->updated == 2);
    CHECK(store.procedures->find(QStringLiteral("1.001640"))->code == QStringLiteral("1.000656"));
    CHECK(store.procedures->find(QStringLiteral("1.001193"))->aliases.isEmpty());
    auto hits = store.procedures->search(QStringLiteral("1.001640"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.at(0).procedure.code == QStringLiteral("1.000656"));
}

TEST_CASE("The shipped commune catalog imports with at least 40 procedures")
{
    QFile file(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto parsed = CatalogJson::parse(file.readAll());
    REQUIRE(parsed.ok());
    REQUIRE(parsed->procedures.size() >= 40);

    Store store;
    auto summary = store.procedures->importCatalog(*parsed);
    REQUIRE(summary.ok());
    CHECK(summary->added == parsed->procedures.size());
    CHECK(store.procedures->count() >= 40);
    CHECK(store.procedures->activeCount() == store.procedures->count());
    auto birth = store.procedures->search(QStringLiteral("dang ky khai sinh"));
    REQUIRE_FALSE(birth.isEmpty());
    CHECK(birth.at(0).procedure.code == QStringLiteral("1.001193"));

    auto again = store.procedures->importCatalog(*parsed);
    REQUIRE(again.ok());
    CHECK(again->changes() == 0);
}

#include "store/ProcedureSearch.h"

#include "io/CatalogJson.h"
#include "store/Database.h"
#include "store/ProcedureRepository.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <memory>

using namespace motcua;

namespace {

Procedure procedure(const QString &code, const QString &name, const QString &sector, const QStringList &aliases = {})
{
    Procedure result;
    result.code = code;
    result.name = name;
    result.sector = sector;
    result.level = QStringLiteral("commune");
    result.processingDays = 3;
    result.aliases = aliases;
    result.documents = {{QStringLiteral("Tờ khai"), DocumentKind::Original, 1, true, {}}};
    return result;
}

// A commune catalog in miniature: names that share words, a legacy code, a tone spelled the old
// way ("hoà"), a name that mentions another procedure's code, and one procedure that is dropped.
struct SearchStore
{
    TempDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ProcedureRepository> procedures;

    SearchStore()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(opened.ok());
        database = std::move(opened).value();
        procedures = std::make_unique<ProcedureRepository>(*database);

        const QString civilStatus = QStringLiteral("Hộ tịch");
        QList<Procedure> all = {
            procedure(QStringLiteral("1.001193"), QStringLiteral("Đăng ký khai sinh"), civilStatus,
                {QStringLiteral("1.001640")}),
            procedure(QStringLiteral("1.004884"), QStringLiteral("Đăng ký lại khai sinh"), civilStatus,
                {QStringLiteral("1.004800")}),
            procedure(
                QStringLiteral("1.000689"), QStringLiteral("Đăng ký khai sinh kết hợp nhận cha, mẹ, con"), civilStatus),
            procedure(QStringLiteral("1.000894"), QStringLiteral("Đăng ký kết hôn"), civilStatus,
                {QStringLiteral("1.004734")}),
            procedure(QStringLiteral("1.000656"), QStringLiteral("Đăng ký khai tử"), civilStatus),
            procedure(QStringLiteral("2.000815"), QStringLiteral("Chứng thực bản sao từ bản chính"),
                QStringLiteral("Chứng thực")),
            procedure(QStringLiteral("1.004194"), QStringLiteral("Đăng ký tạm trú"), QStringLiteral("Cư trú")),
            procedure(QStringLiteral("2.000930"), QStringLiteral("Công nhận hoà giải viên"),
                QStringLiteral("Phổ biến giáo dục pháp luật")),
            procedure(
                QStringLiteral("1.013225"), QStringLiteral("Hướng dẫn thay cho 1.001193"), QStringLiteral("Xây dựng")),
            procedure(QStringLiteral("1.001612"), QStringLiteral("Đăng ký thành lập hộ kinh doanh"),
                QStringLiteral("Thành lập và hoạt động của hộ kinh doanh")),
        };
        Catalog first;
        first.version = 1;
        first.procedures = all;
        first.procedures.append(procedure(
            QStringLiteral("1.011606"), QStringLiteral("Công nhận hộ nghèo"), QStringLiteral("Bảo trợ xã hội")));
        REQUIRE(procedures->importCatalog(first).ok());
        Catalog second;
        second.version = 2;
        second.procedures = all;
        REQUIRE(procedures->importCatalog(second).ok());
    }

    QStringList codes(const QString &text, int limit = 20) const
    {
        QStringList result;
        for (const ProcedureHit &hit : procedures->search(text, limit))
            result.append(hit.procedure.code);
        return result;
    }

    QString first(const QString &text) const
    {
        const QStringList found = codes(text);
        return found.isEmpty() ? QString() : found.first();
    }
};

} // namespace

TEST_CASE("A search typed without diacritics finds the name written with them")
{
    SearchStore store;
    CHECK(store.first(QStringLiteral("dang ky khai sinh")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("Đăng ký khai sinh")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("chung thuc ban sao")) == QStringLiteral("2.000815"));
}

TEST_CASE("Upper case finds the same procedures as lower case")
{
    SearchStore store;
    const QStringList upper = store.codes(QStringLiteral("ĐĂNG KÝ"));
    CHECK(upper == store.codes(QStringLiteral("đăng ký")));
    CHECK(upper.size() == 7);
    CHECK(upper.contains(QStringLiteral("1.001193")));
    CHECK(upper.contains(QStringLiteral("1.004194")));
}

TEST_CASE("Decomposed (NFD) input finds the composed name")
{
    SearchStore store;
    const QString decomposed = QStringLiteral("Đăng ký khai sinh").normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != QStringLiteral("Đăng ký khai sinh"));
    CHECK(store.first(decomposed) == QStringLiteral("1.001193"));
}

TEST_CASE("Tone placement does not matter: hoà and hòa find the same procedure")
{
    SearchStore store;
    CHECK(store.codes(QStringLiteral("hòa giải")) == QStringList{QStringLiteral("2.000930")});
    CHECK(store.codes(QStringLiteral("hoà giải")) == QStringList{QStringLiteral("2.000930")});
    CHECK(store.codes(QStringLiteral("hoa giai")) == QStringList{QStringLiteral("2.000930")});
}

TEST_CASE("Every word is a prefix, so a name is found while it is being typed")
{
    SearchStore store;
    CHECK(store.codes(QStringLiteral("dang k")).contains(QStringLiteral("1.001193")));
    const QStringList typing = store.codes(QStringLiteral("đăng ký kh"));
    CHECK(typing.contains(QStringLiteral("1.001193")));
    CHECK(typing.contains(QStringLiteral("1.000656")));
    CHECK_FALSE(typing.contains(QStringLiteral("1.000894")));
    CHECK(store.codes(QStringLiteral("kha")).contains(QStringLiteral("1.000656")));
    CHECK(store.codes(QStringLiteral("tam t")) == QStringList{QStringLiteral("1.004194")});
}

TEST_CASE("A code is found with or without its leading digit group")
{
    SearchStore store;
    CHECK(store.first(QStringLiteral("1.001193")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("001193")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("1001193")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral(" 2.000815 ")) == QStringLiteral("2.000815"));
}

TEST_CASE("A code being typed finds the procedures whose code starts with it")
{
    SearchStore store;
    const QStringList found = store.codes(QStringLiteral("1.0011"));
    CHECK(found.contains(QStringLiteral("1.001193")));
    CHECK_FALSE(found.contains(QStringLiteral("1.000894")));
}

TEST_CASE("Searching a legacy code finds the procedure that replaced it")
{
    SearchStore store;
    CHECK(store.first(QStringLiteral("1.001640")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("001640")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("1.004734")) == QStringLiteral("1.000894"));
}

TEST_CASE("An exact code match ranks first, above a name that mentions the code")
{
    SearchStore store;
    const auto hits = store.procedures->search(QStringLiteral("1.001193"));
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0).procedure.code == QStringLiteral("1.001193"));
    CHECK(hits.at(1).procedure.code == QStringLiteral("1.013225"));
    CHECK(hits.at(0).score > hits.at(1).score);
}

TEST_CASE("Khai sinh ranks the plain birth registration above the re-registration")
{
    SearchStore store;
    const QStringList found = store.codes(QStringLiteral("khai sinh"));
    REQUIRE(found.size() == 3);
    CHECK(found.at(0) == QStringLiteral("1.001193"));
    CHECK(found.indexOf(QStringLiteral("1.001193")) < found.indexOf(QStringLiteral("1.004884")));
}

TEST_CASE("Hits come with the fields the search list shows and scores in ranking order")
{
    SearchStore store;
    const auto hits = store.procedures->search(QStringLiteral("dang ky"));
    REQUIRE(hits.size() >= 2);
    const Procedure &top = hits.at(0).procedure;
    CHECK_FALSE(top.name.isEmpty());
    CHECK_FALSE(top.sector.isEmpty());
    CHECK(top.processingDays == 3);
    CHECK(top.active);
    for (int i = 1; i < hits.size(); ++i)
        CHECK(hits.at(i - 1).score >= hits.at(i).score - 0.001);
}

TEST_CASE("Procedures the catalog dropped are not found")
{
    SearchStore store;
    CHECK(store.codes(QStringLiteral("ho ngheo")).isEmpty());
    CHECK(store.codes(QStringLiteral("1.011606")).isEmpty());
}

TEST_CASE("The limit caps the number of hits")
{
    SearchStore store;
    CHECK(store.codes(QStringLiteral("dang"), 3).size() == 3);
    CHECK(store.codes(QStringLiteral("dang"), 0).isEmpty());
}

TEST_CASE("Text with search syntax in it is searched as plain words and never fails")
{
    SearchStore store;
    for (const QString &text :
        {QStringLiteral("\"*("), QStringLiteral("-"), QStringLiteral("..."), QStringLiteral(""), QStringLiteral("   "),
            QStringLiteral("AND OR NOT"), QStringLiteral("NEAR(dang ky)"), QStringLiteral("name:dang"),
            QStringLiteral("^dang"), QStringLiteral("dang\" OR \"ket"), QStringLiteral("{code name}: 1")}) {
        INFO(text.toStdString());
        CHECK_NOTHROW(store.procedures->search(text));
    }
    CHECK(store.codes(QStringLiteral("\"*(")).isEmpty());
    CHECK(store.codes(QStringLiteral("-")).isEmpty());
    CHECK(store.codes(QStringLiteral("AND OR NOT")).isEmpty());
    // Punctuation around real words is dropped, the words still count.
    CHECK(store.first(QStringLiteral("\"khai sinh\"*")) == QStringLiteral("1.001193"));
    CHECK(store.first(QStringLiteral("(khai tử)")) == QStringLiteral("1.000656"));
}

TEST_CASE("The match expression quotes every folded word as a prefix phrase")
{
    CHECK(ProcedureSearch::matchExpression(QStringLiteral("Đăng Ký")) == QStringLiteral("\"dang\"* \"ky\"*"));
    // A code is indexed without its dot; the dotted form still finds a name that mentions it.
    CHECK(ProcedureSearch::matchExpression(QStringLiteral("1.001193"))
        == QStringLiteral("(\"1001193\"* OR \"1.001193\"*)"));
    CHECK(ProcedureSearch::matchExpression(QStringLiteral("\"*( - ...")).isEmpty());
    CHECK(ProcedureSearch::matchExpression(QStringLiteral("a\"b")).count(QLatin1Char('"')) % 2 == 0);
}

TEST_CASE("A broad query lists names that start with the text first, each group shorter names first")
{
    TempDir dir;
    auto opened = Database::open(dir.path());
    REQUIRE(opened.ok());
    std::unique_ptr<Database> database = std::move(opened).value();
    ProcedureRepository procedures(*database);

    Catalog catalog;
    catalog.version = 1;
    for (int n = 1; n <= ProcedureSearch::kBroadMatches; ++n) {
        catalog.procedures.append(procedure(QStringLiteral("2.%1").arg(n, 6, 10, QLatin1Char('0')),
            QStringLiteral("Cấp giấy phép loại %1").arg(n), QStringLiteral("Xây dựng")));
    }
    catalog.procedures.append(procedure(QStringLiteral("1.000001"),
        QStringLiteral("Đăng ký khai sinh có yếu tố nước ngoài"), QStringLiteral("Hộ tịch")));
    catalog.procedures.append(procedure(
        QStringLiteral("1.000002"), QStringLiteral("Đăng ký kết hôn có yếu tố nước ngoài"), QStringLiteral("Hộ tịch")));
    catalog.procedures.append(
        procedure(QStringLiteral("2.000884"), QStringLiteral("Chứng thực chữ ký"), QStringLiteral("Chứng thực")));
    catalog.procedures.append(
        procedure(QStringLiteral("1.000003"), QStringLiteral("Cấp bản sao"), QStringLiteral("Hộ tịch")));
    REQUIRE(procedures.importCatalog(catalog).ok());
    // Dropped from the next catalog: a broad query must not show it either.
    catalog.procedures.removeLast();
    catalog.version = 2;
    REQUIRE(procedures.importCatalog(catalog).ok());

    const auto hits = procedures.search(QStringLiteral("c"), 200);
    REQUIRE(hits.size() == ProcedureSearch::kBroadMatches + 3);
    CHECK(hits.at(0).procedure.code == QStringLiteral("2.000884"));
    CHECK(hits.at(1).procedure.name == QStringLiteral("Cấp giấy phép loại 1"));
    CHECK(hits.at(hits.size() - 2).procedure.code == QStringLiteral("1.000002"));
    CHECK(hits.at(hits.size() - 1).procedure.code == QStringLiteral("1.000001"));
    for (int i = 1; i < hits.size() - 2; ++i) {
        INFO(hits.at(i).procedure.name.toStdString());
        CHECK(hits.at(i).procedure.name.startsWith(QStringLiteral("C")));
        CHECK(hits.at(i - 1).procedure.name.size() <= hits.at(i).procedure.name.size());
    }
    CHECK(procedures.search(QStringLiteral("c")).size() == 20);
    CHECK(procedures.search(QStringLiteral("cap b")).isEmpty());
}

TEST_CASE("A broken search index is an error the caller sees, not an empty list")
{
    SearchStore store;
    CHECK_FALSE(store.procedures->search(QStringLiteral("khai sinh")).isEmpty());
    CHECK_FALSE(store.procedures->lastSearchFailure().has_value());

    QSqlQuery drop(store.database->connection());
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE procedure_search")));
    ProcedureRepository damaged(*store.database);
    CHECK(damaged.search(QStringLiteral("khai sinh")).isEmpty());
    REQUIRE(damaged.lastSearchFailure().has_value());
    CHECK(damaged.lastSearchFailure()->code == QStringLiteral("search.failed"));
    CHECK(damaged.lastSearchFailure()->message.contains(QStringLiteral("catalog")));
    // A search with nothing searchable in it asks nothing of the index, so it cannot fail.
    CHECK(damaged.search(QStringLiteral("  ")).isEmpty());
    CHECK_FALSE(damaged.lastSearchFailure().has_value());
}

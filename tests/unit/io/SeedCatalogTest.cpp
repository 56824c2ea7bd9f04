#include "io/CatalogJson.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>

using namespace motcua;

namespace {

QByteArray seedFile()
{
    QFile file(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Catalog seedCatalog()
{
    const auto parsed = CatalogJson::parse(seedFile());
    if (!parsed.ok())
        FAIL(parsed.error().message.toStdString());
    return parsed.value();
}

QHash<QString, Procedure> byCode(const Catalog &catalog)
{
    QHash<QString, Procedure> procedures;
    for (const Procedure &procedure : catalog.procedures)
        procedures.insert(procedure.code, procedure);
    return procedures;
}

} // namespace

TEST_CASE("The shipped seed catalog parses and has at least 40 procedures", "[seedcatalog]")
{
    const Catalog catalog = seedCatalog();
    CHECK(catalog.version == 1);
    CHECK(catalog.publisher == QStringLiteral("MotCua seed catalog (example data; provinces publish their own)"));
    CHECK(catalog.procedures.size() >= 40);
}

TEST_CASE("The seed catalog has birth registration 1.001193 with its legacy code 1.001640", "[seedcatalog]")
{
    const auto procedures = byCode(seedCatalog());
    REQUIRE(procedures.contains(QStringLiteral("1.001193")));
    const Procedure &birth = procedures.value(QStringLiteral("1.001193"));
    CHECK(birth.name == QStringLiteral("Đăng ký khai sinh"));
    CHECK(birth.aliases.contains(QStringLiteral("1.001640")));
    CHECK(birth.processingUnit == ProcessingUnit::SameDay);
}

TEST_CASE("Every seed procedure is a named commune procedure with at least one document", "[seedcatalog]")
{
    for (const Procedure &procedure : seedCatalog().procedures) {
        INFO(procedure.code.toStdString());
        CHECK_FALSE(procedure.name.isEmpty());
        CHECK_FALSE(procedure.sector.isEmpty());
        CHECK(procedure.level == QStringLiteral("commune"));
        CHECK_FALSE(procedure.documents.isEmpty());
        CHECK_FALSE(procedure.fee.isEmpty());
        CHECK_FALSE(procedure.legalBasis.isEmpty());
    }
}

TEST_CASE("The seed catalog carries every renumbered code of DOMAIN.md as an alias", "[seedcatalog]")
{
    const auto procedures = byCode(seedCatalog());
    const QList<std::pair<const char *, const char *>> renumbered = {{"1.001640", "1.001193"}, {"1.004734", "1.000894"},
        {"1.004792", "1.000656"}, {"1.004800", "1.004884"}, {"1.001064", "2.000635"}, {"1.003559", "1.004873"},
        {"1.004621", "1.000881"}, {"1.001229", "1.004222"}, {"1.003306", "1.004194"}};
    for (const auto &[oldCode, newCode] : renumbered) {
        INFO(newCode);
        REQUIRE(procedures.contains(QLatin1String(newCode)));
        CHECK(procedures.value(QLatin1String(newCode)).aliases.contains(QLatin1String(oldCode)));
    }
}

TEST_CASE("The seed catalog has the processing times and fees of DOMAIN.md's table", "[seedcatalog]")
{
    const auto procedures = byCode(seedCatalog());
    CHECK(procedures.value(QStringLiteral("1.004222")).workingDays() == 7);
    CHECK(procedures.value(QStringLiteral("1.004194")).workingDays() == 3);
    CHECK(procedures.value(QStringLiteral("1.004873")).workingDays() == 3);
    CHECK(procedures.value(QStringLiteral("1.000656")).processingUnit == ProcessingUnit::SameDay);
    CHECK(procedures.value(QStringLiteral("2.000635")).fee.contains(QStringLiteral("8.000 đồng")));
    CHECK(procedures.value(QStringLiteral("2.000884")).fee.contains(QStringLiteral("10.000 đồng")));
    CHECK(procedures.value(QStringLiteral("1.004222")).fee.contains(QStringLiteral("20.000 đồng")));
    for (const char *code : {"1.005461", "1.004746", "1.000689", "1.000419", "1.000593", "1.002755", "1.010028",
             "1.003197", "1.001699", "1.001653", "1.001776", "1.011606", "1.011607", "1.001612", "2.000720", "1.001570",
             "1.001266", "1.013225", "2.000815"}) {
        INFO(code);
        CHECK(procedures.contains(QLatin1String(code)));
    }
}

TEST_CASE("The seed file is NFC and in the canonical layout of CatalogJson::write", "[seedcatalog]")
{
    const QByteArray bytes = seedFile();
    const QString text = QString::fromUtf8(bytes);
    CHECK(text == text.normalized(QString::NormalizationForm_C));
    // Written by the same layout, so a province that edits and re-saves it gets a minimal diff.
    CHECK(CatalogJson::write(seedCatalog()) == bytes);
}

#include "io/CatalogJson.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;

namespace {

Procedure birthRegistration()
{
    Procedure p;
    p.code = QStringLiteral("1.001193");
    p.name = QStringLiteral("Đăng ký khai sinh");
    p.sector = QStringLiteral("Hộ tịch");
    p.level = QStringLiteral("commune");
    p.documents = {
        {QStringLiteral("Tờ khai đăng ký khai sinh"), DocumentKind::Original, 1, true, QString()},
        {QStringLiteral("Giấy chứng sinh"), DocumentKind::Original, 1, true,
            QStringLiteral("hoặc văn bản của người làm chứng")},
        {QStringLiteral("Giấy tờ tùy thân của người đi đăng ký"), DocumentKind::Photocopy, 2, false,
            QStringLiteral("xuất trình bản chính \"để đối chiếu\"\n")},
    };
    p.processingDays = 0;
    p.processingUnit = ProcessingUnit::SameDay;
    p.fee = QStringLiteral("Miễn lệ phí");
    p.legalBasis = {QStringLiteral("Luật Hộ tịch 2014"), QStringLiteral("Nghị định 123/2015/NĐ-CP")};
    p.aliases = {QStringLiteral("1.001640")};
    p.resultDelivery = QStringLiteral("Tại bộ phận một cửa");
    return p;
}

Procedure marriageRegistration()
{
    Procedure p;
    p.code = QStringLiteral("1.000894");
    p.name = QStringLiteral("Đăng ký kết hôn");
    p.sector = QStringLiteral("Hộ tịch");
    p.level = QStringLiteral("commune");
    p.documents = {{QStringLiteral("Tờ khai đăng ký kết hôn"), DocumentKind::Original, 1, true, QString()},
        {QStringLiteral("Giấy xác nhận tình trạng hôn nhân"), DocumentKind::CertifiedCopy, 1, true, QString()}};
    p.processingDays = 3;
    p.processingUnit = ProcessingUnit::WorkingDays;
    p.aliases = {QStringLiteral("1.004734")};
    p.active = false;
    return p;
}

Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.version = 7;
    catalog.publishedAt = QStringLiteral("2025-07-01");
    catalog.publisher = QStringLiteral("Sở Tư pháp");
    catalog.procedures = {birthRegistration(), marriageRegistration()};
    return catalog;
}

void checkSame(const Procedure &a, const Procedure &b)
{
    CHECK(a.code == b.code);
    CHECK(a.name == b.name);
    CHECK(a.sector == b.sector);
    CHECK(a.level == b.level);
    REQUIRE(a.documents.size() == b.documents.size());
    for (qsizetype i = 0; i < a.documents.size(); ++i) {
        CHECK(a.documents.at(i).title == b.documents.at(i).title);
        CHECK(a.documents.at(i).kind == b.documents.at(i).kind);
        CHECK(a.documents.at(i).count == b.documents.at(i).count);
        CHECK(a.documents.at(i).required == b.documents.at(i).required);
        CHECK(a.documents.at(i).note == b.documents.at(i).note);
    }
    CHECK(a.processingDays == b.processingDays);
    CHECK(a.processingUnit == b.processingUnit);
    CHECK(a.fee == b.fee);
    CHECK(a.legalBasis == b.legalBasis);
    CHECK(a.aliases == b.aliases);
    CHECK(a.resultDelivery == b.resultDelivery);
    CHECK(a.active == b.active);
}

// The sample catalog as a JSON object, to be broken one field at a time.
QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(CatalogJson::write(sampleCatalog())).object();
}

QJsonObject procedureAt(const QJsonObject &root, int index)
{
    return root.value(QLatin1String("procedures")).toArray().at(index).toObject();
}

QJsonObject withProcedure(QJsonObject root, int index, const QJsonObject &procedure)
{
    QJsonArray procedures = root.value(QLatin1String("procedures")).toArray();
    procedures.replace(index, procedure);
    root.insert(QLatin1String("procedures"), procedures);
    return root;
}

QJsonObject withProcedureField(const QJsonObject &root, int index, const char *field, const QJsonValue &value)
{
    QJsonObject procedure = procedureAt(root, index);
    procedure.insert(QLatin1String(field), value);
    return withProcedure(root, index, procedure);
}

Error errorOf(const QJsonObject &root)
{
    const auto parsed = CatalogJson::parse(QJsonDocument(root).toJson());
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

} // namespace

TEST_CASE("A catalog survives write and parse unchanged", "[catalogjson]")
{
    const Catalog original = sampleCatalog();
    const QByteArray json = CatalogJson::write(original);
    const auto parsed = CatalogJson::parse(json);
    REQUIRE(parsed.ok());
    CHECK(parsed->version == 7);
    CHECK(parsed->publishedAt == QStringLiteral("2025-07-01"));
    CHECK(parsed->publisher == QStringLiteral("Sở Tư pháp"));
    REQUIRE(parsed->procedures.size() == 2);
    // The note keeps its inner quotes; its trailing newline is trimmed by normalization.
    Procedure expected = birthRegistration();
    expected.documents[2].note = QStringLiteral("xuất trình bản chính \"để đối chiếu\"");
    checkSame(parsed->procedures.at(0), expected);
    checkSame(parsed->procedures.at(1), marriageRegistration());
    CHECK(CatalogJson::write(*parsed) == CatalogJson::write(CatalogJson::parse(CatalogJson::write(*parsed)).value()));
}

TEST_CASE("The written catalog keeps the documented field order and UTF-8 text", "[catalogjson]")
{
    const QByteArray json = CatalogJson::write(sampleCatalog());
    const QString text = QString::fromUtf8(json);
    CHECK(text.startsWith(QStringLiteral("{\n  \"format\": \"motcua-catalog\",\n  \"format_version\": 1,\n")));
    CHECK(text.indexOf(QStringLiteral("\"code\"")) < text.indexOf(QStringLiteral("\"name\"")));
    CHECK(text.indexOf(QStringLiteral("\"documents\"")) < text.indexOf(QStringLiteral("\"processing_time\"")));
    CHECK(text.contains(QStringLiteral("\"Đăng ký khai sinh\"")));
    CHECK(text.contains(QStringLiteral("\"active\": false")));
    CHECK(QJsonDocument::fromJson(json).isObject());
}

TEST_CASE("Parsing normalizes text to NFC with single spaces", "[catalogjson]")
{
    QJsonObject root = sampleJson();
    root = withProcedureField(
        root, 0, "name", QStringLiteral("  Đăng ký   khai sinh ").normalized(QString::NormalizationForm_D));
    const auto parsed = CatalogJson::parse(QJsonDocument(root).toJson());
    REQUIRE(parsed.ok());
    CHECK(parsed->procedures.at(0).name == QStringLiteral("Đăng ký khai sinh"));
}

TEST_CASE("Optional fields take their defaults", "[catalogjson]")
{
    const QByteArray json = R"({"format":"motcua-catalog","format_version":1,"version":3,"procedures":[
        {"code":"2.000815","name":"Chứng thực bản sao từ bản chính","processing_time":0,
         "processing_unit":"same_day","documents":[{"title":"Bản chính","kind":"original"}]}]})";
    const auto parsed = CatalogJson::parse(json);
    REQUIRE(parsed.ok());
    CHECK(parsed->publishedAt.isEmpty());
    const Procedure &p = parsed->procedures.at(0);
    CHECK(p.documents.at(0).count == 1);
    CHECK(p.documents.at(0).required);
    CHECK(p.aliases.isEmpty());
    CHECK(p.active);
    CHECK(p.workingDays() == 0);
}

TEST_CASE("Malformed JSON is refused with its offset", "[catalogjson]")
{
    const auto parsed = CatalogJson::parse(QByteArray(R"({"format": "motcua-catalog", "version": })"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == QStringLiteral("catalog.malformed_json"));
    CHECK(parsed.error().message.contains(QStringLiteral("offset")));
    CHECK(CatalogJson::parse(QByteArray("[1, 2]")).error().code == QStringLiteral("catalog.malformed_json"));
}

TEST_CASE("A file of another format or format version is refused", "[catalogjson]")
{
    QJsonObject root = sampleJson();
    root.insert(QLatin1String("format"), QStringLiteral("motcua-calendar"));
    CHECK(errorOf(root).code == QStringLiteral("catalog.format"));
    root.remove(QLatin1String("format"));
    CHECK(errorOf(root).code == QStringLiteral("catalog.format"));

    root = sampleJson();
    root.insert(QLatin1String("format_version"), 2);
    const Error newer = errorOf(root);
    CHECK(newer.code == QStringLiteral("catalog.format_version"));
    CHECK(newer.message.contains(QStringLiteral("newer")));
    root.insert(QLatin1String("format_version"), QStringLiteral("1"));
    CHECK(errorOf(root).code == QStringLiteral("catalog.format_version"));
}

TEST_CASE("A catalog without a valid version is refused", "[catalogjson]")
{
    QJsonObject root = sampleJson();
    root.remove(QLatin1String("version"));
    CHECK(errorOf(root).code == QStringLiteral("catalog.version"));
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(-3), QJsonValue(1.5), QJsonValue(QStringLiteral("2"))}) {
        root.insert(QLatin1String("version"), bad);
        CHECK(errorOf(root).code == QStringLiteral("catalog.version"));
    }
}

TEST_CASE("Unknown fields and wrong types are refused with their place", "[catalogjson]")
{
    const Error unknown = errorOf(withProcedureField(sampleJson(), 1, "processing_days", 3));
    CHECK(unknown.code == QStringLiteral("catalog.unknown_field"));
    CHECK(unknown.message.contains(QStringLiteral("procedures[1] (1.000894)")));
    CHECK(unknown.message.contains(QStringLiteral("processing_days")));

    const Error wrongType = errorOf(withProcedureField(sampleJson(), 0, "fee", 8000));
    CHECK(wrongType.code == QStringLiteral("catalog.type"));
    CHECK(wrongType.message.contains(QStringLiteral("fee")));

    QJsonObject root = sampleJson();
    root.insert(QLatin1String("published_at"), QStringLiteral("01/07/2025"));
    CHECK(errorOf(root).code == QStringLiteral("catalog.published_at"));
    root = sampleJson();
    root.insert(QLatin1String("procedures"), QJsonObject());
    CHECK(errorOf(root).code == QStringLiteral("catalog.procedures"));
}

TEST_CASE("A document kind outside the three kinds is refused naming procedure and document", "[catalogjson]")
{
    QJsonObject procedure = procedureAt(sampleJson(), 1);
    QJsonArray documents = procedure.value(QLatin1String("documents")).toArray();
    QJsonObject document = documents.at(1).toObject();
    document.insert(QLatin1String("kind"), QStringLiteral("scan"));
    documents.replace(1, document);
    procedure.insert(QLatin1String("documents"), documents);
    const Error error = errorOf(withProcedure(sampleJson(), 1, procedure));
    CHECK(error.code == QStringLiteral("catalog.document_kind"));
    CHECK(error.message
        == QStringLiteral("procedures[1] (1.000894): documents[1].kind 'scan' is not one of original, certified_copy, "
                          "photocopy"));
}

TEST_CASE("A document without a title or with a count below one is refused", "[catalogjson]")
{
    QJsonObject procedure = procedureAt(sampleJson(), 0);
    QJsonArray documents = procedure.value(QLatin1String("documents")).toArray();
    QJsonObject document = documents.at(0).toObject();
    document.insert(QLatin1String("title"), QStringLiteral("   "));
    documents.replace(0, document);
    procedure.insert(QLatin1String("documents"), documents);
    CHECK(errorOf(withProcedure(sampleJson(), 0, procedure)).code == QStringLiteral("catalog.document_title"));

    document = procedureAt(sampleJson(), 0).value(QLatin1String("documents")).toArray().at(0).toObject();
    document.insert(QLatin1String("count"), 0);
    documents.replace(0, document);
    procedure.insert(QLatin1String("documents"), documents);
    CHECK(errorOf(withProcedure(sampleJson(), 0, procedure)).code == QStringLiteral("catalog.document_count"));
}

TEST_CASE("A procedure code not shaped N.NNNNNN is refused", "[catalogjson]")
{
    for (const QJsonValue &code : {QJsonValue(QStringLiteral("1.00119")), QJsonValue(QStringLiteral("1001193")),
             QJsonValue(QStringLiteral("1.00119a")), QJsonValue(QStringLiteral(" 1.001193")), QJsonValue(1.001193),
             QJsonValue()}) {
        const Error error = errorOf(withProcedureField(sampleJson(), 0, "code", code));
        CHECK(error.code == QStringLiteral("catalog.procedure_code"));
        CHECK(error.message.startsWith(QStringLiteral("procedures[0]")));
    }
    const Error alias = errorOf(withProcedureField(sampleJson(), 0, "aliases", QJsonArray{QStringLiteral("1640")}));
    CHECK(alias.code == QStringLiteral("catalog.alias_code"));
}

TEST_CASE("A procedure with an empty name is refused", "[catalogjson]")
{
    CHECK(errorOf(withProcedureField(sampleJson(), 0, "name", QStringLiteral(" "))).code
        == QStringLiteral("catalog.procedure_name"));
}

TEST_CASE("Duplicate procedure codes are refused", "[catalogjson]")
{
    const Error error = errorOf(withProcedureField(sampleJson(), 1, "code", QStringLiteral("1.001193")));
    CHECK(error.code == QStringLiteral("catalog.duplicate_code"));
    CHECK(error.message.contains(QStringLiteral("procedures[1] (1.001193)")));
    CHECK(error.message.contains(QStringLiteral("procedures[0]")));
}

TEST_CASE("An alias that is another procedure's code is refused", "[catalogjson]")
{
    const Error error = errorOf(withProcedureField(sampleJson(), 1, "aliases", QJsonArray{QStringLiteral("1.001193")}));
    CHECK(error.code == QStringLiteral("catalog.alias_conflict"));
    CHECK(error.message.contains(QStringLiteral("procedures[1] (1.000894)")));
    CHECK(error.message.contains(QStringLiteral("Đăng ký khai sinh")));
}

TEST_CASE("An alias claimed by two procedures is refused", "[catalogjson]")
{
    const Error error = errorOf(withProcedureField(sampleJson(), 1, "aliases", QJsonArray{QStringLiteral("1.001640")}));
    CHECK(error.code == QStringLiteral("catalog.alias_duplicate"));
    CHECK(error.message.contains(QStringLiteral("1.001640")));
}

TEST_CASE("Processing time must be a whole non-negative number, and zero for same-day", "[catalogjson]")
{
    CHECK(errorOf(withProcedureField(sampleJson(), 1, "processing_time", -1)).code
        == QStringLiteral("catalog.negative_time"));
    CHECK(errorOf(withProcedureField(sampleJson(), 1, "processing_time", 2.5)).code
        == QStringLiteral("catalog.processing_time"));
    CHECK(errorOf(withProcedureField(sampleJson(), 0, "processing_time", 2)).code
        == QStringLiteral("catalog.same_day_time"));
    CHECK(errorOf(withProcedureField(sampleJson(), 0, "processing_unit", QStringLiteral("hours"))).code
        == QStringLiteral("catalog.processing_unit"));
}

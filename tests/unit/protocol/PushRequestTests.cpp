#include "ProtocolSamples.h"
#include "TempDir.h"

#include "domain/Dossier.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"
#include "store/DossierJson.h"
#include "store/Outbox.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <QJsonArray>
#include <QJsonDocument>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

// The sample push as JSON with ops[index] changed by `edit`.
QByteArray withOp(int index, const std::function<void(QJsonObject &)> &edit, int ops = 4)
{
    QJsonObject request = samplePush(ops).toJson();
    QJsonArray array = request.value(QStringLiteral("ops")).toArray();
    QJsonObject op = array.at(index).toObject();
    edit(op);
    array.replace(index, op);
    request.insert(QStringLiteral("ops"), array);
    return body(request);
}

QByteArray withFields(const QJsonObject &fields)
{
    return withOp(1, [&](QJsonObject &op) { op.insert(QStringLiteral("fields"), fields); });
}

Error refusal(const QByteArray &bytes)
{
    const auto parsed = PushRequest::fromJson(bytes);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

QJsonObject nested(int depth)
{
    QJsonObject inner{{QStringLiteral("leaf"), 1}};
    for (int i = 1; i < depth; ++i)
        inner = QJsonObject{{QStringLiteral("level"), inner}};
    return inner;
}

} // namespace

TEST_CASE("A push request survives a round trip through its JSON body", "[protocol][push]")
{
    const PushRequest request = samplePush(3);
    const auto parsed = PushRequest::fromJson(body(request.toJson()));
    REQUIRE(parsed.ok());
    CHECK(*parsed == request);
    CHECK(
        parsed->ops.at(0).fields.value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    // The parser keeps the fields' compact text, which the server stores instead of serializing again.
    for (const PushOp &op : parsed->ops)
        CHECK(op.fieldsJson == compactJson(op.fields));
    CHECK(request.ops.at(0).fieldsJson.isEmpty()); // built in code: no text, and still equal
}

TEST_CASE("A forwarded op names its origin device; an own op has none", "[protocol][push]")
{
    PushRequest request = samplePush(2);
    request.ops[1].originDevice = QStringLiteral("4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a");
    const QByteArray bytes = body(request.toJson());
    CHECK(bytes.count("origin_device") == 1);
    const auto parsed = PushRequest::fromJson(bytes);
    REQUIRE(parsed.ok());
    CHECK(*parsed == request);
    CHECK_FALSE(parsed->ops.at(0).originDevice.has_value());

    CHECK(refusal(withOp(0, [](QJsonObject &op) {
        op.insert(QStringLiteral("origin_device"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    })).message.startsWith(QStringLiteral("ops[0].origin_device: ")));
    CHECK(refusal(withOp(0, [](QJsonObject &op) {
        op.insert(QStringLiteral("origin_device"), QJsonValue(QJsonValue::Null));
    })).message.startsWith(QStringLiteral("ops[0].origin_device: ")));
    CHECK(refusal(withOp(1, [](QJsonObject &op) {
        op.insert(QStringLiteral("origin_device"), QStringLiteral("4D5E6F7A-8B9C-4D0E-8F1A-2B3C4D5E6F7A"));
    })).message.startsWith(QStringLiteral("ops[1].origin_device: ")));
}

TEST_CASE("An op written by the outbox for a received dossier is a valid wire op", "[protocol][push]")
{
    Dossier dossier;
    dossier.id = QUuid::createUuid();
    dossier.code = QStringLiteral("12345-250701-K7Q2-0042");
    dossier.procedureCode = QStringLiteral("1.001193");
    dossier.applicantName = QStringLiteral("Trần Thị Bình");
    dossier.citizenId = QStringLiteral("001190012345");
    dossier.receivedAt = QDateTime(QDate(2025, 7, 1), QTime(9, 30), QTimeZone(7 * 3600));
    dossier.dueDate = QDate(2025, 7, 4);
    dossier.version = 1;
    dossier.communeCode = QStringLiteral("12345");
    dossier.documents.append(
        ReceivedDocument{QStringLiteral("Giấy chứng sinh"), DocumentKind::Original, 1, sha('c'), {}});
    DossierEvent event;
    event.id = QUuid::createUuid();
    event.dossierId = dossier.id;
    event.at = dossier.receivedAt;
    event.actor = QStringLiteral("reception");
    event.action = QStringLiteral("receive");
    event.opId = QUuid::createUuid();

    OutboxOp op;
    op.opId = event.opId;
    op.entity = QStringLiteral("dossier");
    op.entityId = dossier.id.toString(QUuid::WithoutBraces);
    op.fields = DossierJson::dossier(dossier);
    op.fields.insert(QStringLiteral("event"), DossierJson::event(event));
    op.blobRefs = {sha('c')};

    const auto parsed = PushOp::fromJson(op.toJson(), QStringLiteral("ops[0]"));
    REQUIRE(parsed.ok());
    CHECK(parsed->opId == uuidText(op.opId));
    CHECK(parsed->id == op.entityId);
    CHECK(parsed->baseVersion == 0);
    CHECK(parsed->fields == op.fields);
    CHECK(parsed->blobRefs == op.blobRefs);
    CHECK(isPushableEntity(parsed->entity));
}

TEST_CASE("A negative base_version is refused with the op's path", "[protocol][push]")
{
    const Error error = refusal(withOp(3, [](QJsonObject &op) { op.insert(QStringLiteral("base_version"), -1); }));
    CHECK(error.code == QLatin1String(errors::requestMalformed));
    CHECK(error.message == QStringLiteral("ops[3].base_version: must be an integer ≥ 0"));
}

TEST_CASE("A base_version that is not an integer is refused", "[protocol][push]")
{
    CHECK(refusal(withOp(2, [](QJsonObject &op) { op.insert(QStringLiteral("base_version"), 1.5); })).message
        == QStringLiteral("ops[2].base_version: must be an integer"));
    CHECK(refusal(withOp(2, [](QJsonObject &op) { op.insert(QStringLiteral("base_version"), QStringLiteral("1")); }))
              .message
        == QStringLiteral("ops[2].base_version: must be an integer"));
    CHECK(refusal(withOp(2, [](QJsonObject &op) { op.insert(QStringLiteral("base_version"), 4294967296.0); })).message
        == QStringLiteral("ops[2].base_version: must be an integer ≤ 2147483647"));
}

TEST_CASE("Identifiers must be canonical lower-case UUIDs", "[protocol][push]")
{
    const QString upper = QStringLiteral("6F1C2A9E-3B7D-4C1E-9A55-000000000000");
    const QString braces = QStringLiteral("{6f1c2a9e-3b7d-4c1e-9a55-000000000000}");
    const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    for (const QString &bad : {upper, braces, nil}) {
        const Error error = refusal(withOp(1, [&](QJsonObject &op) { op.insert(QStringLiteral("op_id"), bad); }));
        CHECK(error.message.startsWith(QStringLiteral("ops[1].op_id: must be a UUID")));
    }
    CHECK(refusal(withOp(0, [](QJsonObject &op) { op.remove(QStringLiteral("id")); })).message
        == QStringLiteral("ops[0].id: is required"));
    QJsonObject request = samplePush().toJson();
    request.insert(QStringLiteral("batch_id"), 42);
    CHECK(refusal(body(request)).message == QStringLiteral("batch_id: must be a string"));
}

TEST_CASE("Unknown members of a push request are refused, at the top level and in ops", "[protocol][push]")
{
    QJsonObject request = samplePush().toJson();
    request.insert(QStringLiteral("priority"), 1);
    CHECK(refusal(body(request)).message == QStringLiteral("priority: unknown field"));
    CHECK(refusal(withOp(2, [](QJsonObject &op) { op.insert(QStringLiteral("baseVersion"), 0); })).message
        == QStringLiteral("ops[2].baseVersion: unknown field"));
}

TEST_CASE("A batch holds 1 to 500 ops with distinct op ids", "[protocol][push]")
{
    QJsonObject empty = samplePush().toJson();
    empty.insert(QStringLiteral("ops"), QJsonArray());
    CHECK(refusal(body(empty)).message == QStringLiteral("ops: must have 1 to 500 items"));

    PushRequest full = samplePush(limits::maxOpsPerBatch);
    REQUIRE(PushRequest::fromJson(body(full.toJson())).ok());
    full.ops.append(sampleOp(limits::maxOpsPerBatch));
    CHECK(refusal(body(full.toJson())).message == QStringLiteral("ops: must have 1 to 500 items"));

    PushRequest repeated = samplePush(3);
    repeated.ops[2].opId = repeated.ops[0].opId;
    CHECK(refusal(body(repeated.toJson())).message == QStringLiteral("ops[2].op_id: repeats ops[0].op_id"));

    QJsonObject notObject = samplePush().toJson();
    notObject.insert(QStringLiteral("ops"), QJsonArray{QStringLiteral("op")});
    CHECK(refusal(body(notObject)).message == QStringLiteral("ops[0]: must be a JSON object"));
}

TEST_CASE("blob_refs are distinct lower-case SHA-256 digests", "[protocol][push]")
{
    const auto refs = [](const QJsonArray &array) {
        return withOp(1, [&](QJsonObject &op) { op.insert(QStringLiteral("blob_refs"), array); });
    };
    CHECK(PushRequest::fromJson(refs(QJsonArray())).ok());
    CHECK(refusal(refs(QJsonArray{sha('a'), sha('A')})).message
        == QStringLiteral("ops[1].blob_refs[1]: must be a SHA-256 digest in 64 lower-case hex digits"));
    CHECK(refusal(refs(QJsonArray{sha('a').left(63)})).message.startsWith(QStringLiteral("ops[1].blob_refs[0]: ")));
    CHECK(refusal(refs(QJsonArray{sha('a'), sha('b'), sha('a')})).message
        == QStringLiteral("ops[1].blob_refs[2]: repeats an earlier item"));
    QJsonArray many;
    for (int i = 0; i <= limits::maxBlobRefsPerOp; ++i)
        many.append(sha256Hex(QByteArray::number(i)));
    CHECK(refusal(refs(many)).message == QStringLiteral("ops[1].blob_refs: must have 0 to 64 items"));
}

TEST_CASE("An op's fields must be a non-empty JSON object", "[protocol][push]")
{
    CHECK(refusal(withFields(QJsonObject())).message == QStringLiteral("ops[1].fields: must not be empty"));
    CHECK(refusal(withOp(1, [](QJsonObject &op) { op.insert(QStringLiteral("fields"), QJsonArray{1}); })).message
        == QStringLiteral("ops[1].fields: must be a JSON object"));
}

TEST_CASE("An op's fields are bounded in depth, members, items, strings and bytes", "[protocol][push]")
{
    CHECK(PushRequest::fromJson(withFields(nested(limits::maxFieldsDepth))).ok());
    CHECK(refusal(withFields(nested(limits::maxFieldsDepth + 1))).message
        == QStringLiteral("ops[1].fields.level.level.level.level.level.level.level.level: nests deeper than 8 levels"));

    QJsonObject wide;
    for (int i = 0; i <= limits::maxObjectMembers; ++i)
        wide.insert(QStringLiteral("k%1").arg(i), i);
    CHECK(refusal(withFields(wide)).message == QStringLiteral("ops[1].fields: must have at most 256 members"));

    QJsonArray long_;
    for (int i = 0; i <= limits::maxArrayItems; ++i)
        long_.append(i);
    CHECK(refusal(withFields(QJsonObject{{QStringLiteral("documents"), long_}})).message
        == QStringLiteral("ops[1].fields.documents: must have at most 1000 items"));

    const QString huge(limits::maxStringLength + 1, QLatin1Char('x'));
    CHECK(refusal(withFields(QJsonObject{{QStringLiteral("note"), huge}})).message
        == QStringLiteral("ops[1].fields.note: must be at most 8192 characters long"));

    QJsonObject bulky;
    for (int i = 0; i < 10; ++i)
        bulky.insert(QStringLiteral("note_%1").arg(i), QString(8000, QLatin1Char('x')));
    CHECK(refusal(withFields(bulky)).message == QStringLiteral("ops[1].fields: must be at most 65536 bytes of JSON"));
}

TEST_CASE("Member names inside fields are lower-case snake_case", "[protocol][push]")
{
    CHECK(refusal(withFields(QJsonObject{{QStringLiteral("applicantName"), QStringLiteral("An")}})).message
        == QStringLiteral("ops[1].fields.applicantName: member names must be lower-case snake_case of at most 64 "
                          "characters"));
    const QJsonObject deep{{QStringLiteral("event"), QJsonObject{{QStringLiteral("Bad Key"), 1}}}};
    CHECK(refusal(withFields(deep)).message.startsWith(QStringLiteral("ops[1].fields.event.Bad Key: ")));
}

TEST_CASE("An entity name of valid shape passes the parser; only dossiers are pushable", "[protocol][push]")
{
    const auto parsed = PushRequest::fromJson(
        withOp(0, [](QJsonObject &op) { op.insert(QStringLiteral("entity"), QStringLiteral("citizen_note")); }));
    REQUIRE(parsed.ok());
    CHECK_FALSE(isPushableEntity(parsed->ops.at(0).entity));
    CHECK(isPushableEntity(parsed->ops.at(1).entity));
    CHECK(refusal(withOp(0, [](QJsonObject &op) {
        op.insert(QStringLiteral("entity"), QStringLiteral("Dossier"));
    })).message.startsWith(QStringLiteral("ops[0].entity: must be an entity name")));
}

TEST_CASE("A push body that is not a JSON object, or too large, is refused at $", "[protocol][push]")
{
    const Error html = refusal("<html><body>Please log in to the hotel Wi-Fi</body></html>");
    CHECK(html.code == QLatin1String(errors::requestMalformed));
    CHECK(html.message.startsWith(QStringLiteral("$: not valid JSON")));
    CHECK(refusal("[1,2]").message == QStringLiteral("$: must be a JSON object"));
    CHECK(refusal("{\"batch_id\": \"x\"").message.startsWith(QStringLiteral("$: not valid JSON")));
    const QByteArray big(limits::maxPushBody + 1, ' ');
    CHECK(refusal(big).code == QLatin1String(errors::requestTooLarge));
}

TEST_CASE("An op's fields text is cut from the body as the device spelled it, without the spaces between tokens",
    "[protocol][push]")
{
    const QByteArray spaced = R"( { "batch_id" : "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
        "ops" : [ { "op_id" : "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", "entity" : "dossier",
                    "id" : "2c3d4e5f-6071-4829-93a4-b5c6d7e8f901", "base_version" : 0,
                    "fields" : { "applicant_name" : "Nguy\u1ec5n  V\u0103n An" , "note" : "a \"quoted\" , { word",
                                 "documents" : [ { "title" : "T\u1edd khai", "count" : 1 } , 2.5e3 , true , null ],
                                 "fields" : { "nested" : -0 } },
                    "blob_refs" : [ ] } ] } )";
    const auto parsed = PushRequest::fromJson(spaced);
    REQUIRE(parsed.ok());
    const PushOp &op = parsed->ops.at(0);
    // The device's escapes and number spellings are kept; the whitespace inside strings is kept.
    CHECK(op.fieldsJson
        == R"({"applicant_name":"Nguy\u1ec5n  V\u0103n An","note":"a \"quoted\" , { word",)"
           R"("documents":[{"title":"T\u1edd khai","count":1},2.5e3,true,null],"fields":{"nested":-0}})");
    CHECK(QJsonDocument::fromJson(op.fieldsJson).object() == op.fields);
    CHECK(op.fields.value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Nguyễn  Văn An"));

    // A desk's compact body: the cut is the compact text of the parsed fields, byte for byte.
    const auto compact = PushRequest::fromJson(body(samplePush(3).toJson()));
    REQUIRE(compact.ok());
    for (const PushOp &each : compact->ops)
        CHECK(each.fieldsJson == compactJson(each.fields));
}

TEST_CASE(
    "A body whose fields could be read two ways is measured and stored from the parsed fields", "[protocol][push]")
{
    const QByteArray head = R"({"batch_id":"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9","ops":[{"op_id":)"
                            R"("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9","entity":"dossier","id":)"
                            R"("2c3d4e5f-6071-4829-93a4-b5c6d7e8f901","base_version":0,"blob_refs":[],)";
    // "fields" twice in one op, and a name spelled with an escape: whatever the parser kept is
    // what is checked, and its serialisation is what is stored.
    for (const QByteArray &fields : {QByteArray(R"("fields":{"a":"first"},"fields":{"a":"second"})"),
             QByteArray(R"("fi\u0065lds":{"a":"escaped"})")}) {
        INFO(fields.toStdString());
        const auto parsed = PushRequest::fromJson(head + fields + "}]}");
        REQUIRE(parsed.ok());
        CHECK(parsed->ops.at(0).fieldsJson == compactJson(parsed->ops.at(0).fields));
    }
    // "ops" twice: the same.
    const QByteArray twice = head + R"("fields":{"a":1}}],"ops":[{"op_id":"1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9",)"
        + R"("entity":"dossier","id":"2c3d4e5f-6071-4829-93a4-b5c6d7e8f901","base_version":0,"blob_refs":[],)"
        + R"("fields":{"b":2}}]})";
    const auto parsed = PushRequest::fromJson(twice);
    REQUIRE(parsed.ok());
    CHECK(parsed->ops.at(0).fieldsJson == compactJson(parsed->ops.at(0).fields));
}

TEST_CASE("The bound on an op's fields measures the text the server would store", "[protocol][push]")
{
    // Eight notes of 7,900 letters: about 63 KiB, under the bound as a desk sends it.
    QJsonObject fields;
    for (int i = 0; i < 8; ++i)
        fields.insert(QStringLiteral("note_%1").arg(i), QString(7900, QLatin1Char('x')));
    // Spaces between tokens do not count: the cut leaves them out.
    QByteArray spaced = withFields(fields);
    spaced.replace("\":\"x", "\"   :   \"x");
    REQUIRE(spaced.count("   :   ") == 8);
    const auto parsed = PushRequest::fromJson(spaced);
    REQUIRE(parsed.ok());
    CHECK(parsed->ops.at(1).fieldsJson == compactJson(parsed->ops.at(1).fields));
    // An escape counts as written: the same letters spelled \u0078 are six bytes each, past the bound.
    QByteArray escaped = withFields(fields);
    escaped.replace("xx", "\\u0078\\u0078");
    const Error refused = refusal(escaped);
    CHECK(refused.message.startsWith(QStringLiteral("ops[1].fields: ")));
    CHECK(refused.message.contains(QStringLiteral("bytes")));
}

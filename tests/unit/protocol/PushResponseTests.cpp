#include "ProtocolSamples.h"
#include "TempDir.h"

#include "protocol/ErrorBody.h"
#include "protocol/Push.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

QByteArray withResult(const PushResponse &response, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = response.toJson();
    QJsonArray results = object.value(QStringLiteral("results")).toArray();
    QJsonObject result = results.at(index).toObject();
    edit(result);
    results.replace(index, result);
    object.insert(QStringLiteral("results"), results);
    return body(object);
}

QString refusalMessage(const QByteArray &bytes)
{
    const auto parsed = PushResponse::fromJson(bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == QLatin1String(errors::responseMalformed));
    return parsed.error().message;
}

} // namespace

TEST_CASE("A push response with every outcome survives a round trip", "[protocol][push]")
{
    const PushRequest request = samplePush(5);
    const PushResponse response = sampleAnswer(request);
    const auto parsed = PushResponse::fromJson(body(response.toJson()));
    REQUIRE(parsed.ok());
    CHECK(*parsed == response);
    CHECK(parsed->results.at(2).serverRecord->version == 3);
    CHECK(parsed->results.at(4).pendingBlobs == QStringList{sha('a')});
    CHECK_FALSE(body(parsed->results.at(0).toJson()).contains("pending_blobs"));
    CHECK(parsed->matches(request).ok());
}

TEST_CASE("Outcome names map both ways", "[protocol][push]")
{
    for (const PushOutcome outcome :
        {PushOutcome::Applied, PushOutcome::Duplicate, PushOutcome::Conflict, PushOutcome::Rejected}) {
        CHECK(parsePushOutcome(pushOutcomeName(outcome)) == outcome);
    }
    CHECK_FALSE(parsePushOutcome(QStringLiteral("Applied")).has_value());
    // motcua-sync/1's "retry" is gone: a server that still sends it is not a version 2 server.
    CHECK_FALSE(parsePushOutcome(QStringLiteral("retry")).has_value());
}

TEST_CASE("Each outcome requires the members it is acted on with", "[protocol][push]")
{
    const PushResponse response = sampleAnswer(samplePush(5));
    CHECK(refusalMessage(withResult(response, 0, [](QJsonObject &r) { r.remove(QStringLiteral("version")); }))
        == QStringLiteral("results[0].version: is required"));
    CHECK(refusalMessage(withResult(response, 2, [](QJsonObject &r) { r.remove(QStringLiteral("server_record")); }))
        == QStringLiteral("results[2].server_record: is required"));
    CHECK(refusalMessage(withResult(response, 3, [](QJsonObject &r) { r.remove(QStringLiteral("reason")); }))
        == QStringLiteral("results[3].reason: is required"));
}

TEST_CASE("Pending blobs are distinct digests, only on applied and duplicate results", "[protocol][push]")
{
    const PushResponse response = sampleAnswer(samplePush(5));
    const auto empty = PushResponse::fromJson(
        withResult(response, 4, [](QJsonObject &r) { r.insert(QStringLiteral("pending_blobs"), QJsonArray()); }));
    REQUIRE(empty.ok());
    CHECK(empty->results.at(4).pendingBlobs.isEmpty());
    const auto duplicate = PushResponse::fromJson(withResult(
        response, 1, [](QJsonObject &r) { r.insert(QStringLiteral("pending_blobs"), QJsonArray{sha('a')}); }));
    REQUIRE(duplicate.ok());
    CHECK(duplicate->results.at(1).pendingBlobs == QStringList{sha('a')});
    CHECK(refusalMessage(withResult(response, 3, [](QJsonObject &r) {
        r.insert(QStringLiteral("pending_blobs"), QJsonArray{sha('a')});
    })) == QStringLiteral("results[3].pending_blobs: is only for applied and duplicate ops"));
    CHECK(refusalMessage(withResult(response, 4, [](QJsonObject &r) {
        r.insert(QStringLiteral("pending_blobs"), QJsonArray{sha('a'), sha('a')});
    })).startsWith(QStringLiteral("results[4].pending_blobs[1]: ")));
    CHECK(refusalMessage(withResult(response, 4, [](QJsonObject &r) {
        r.insert(QStringLiteral("pending_blobs"), QStringLiteral("none"));
    })).startsWith(QStringLiteral("results[4].pending_blobs: ")));
}

TEST_CASE("A conflict's server record is validated with its own path", "[protocol][push]")
{
    const PushResponse response = sampleAnswer(samplePush(5));
    CHECK(refusalMessage(withResult(response, 2, [](QJsonObject &r) {
        QJsonObject record = r.value(QStringLiteral("server_record")).toObject();
        record.insert(QStringLiteral("version"), 0);
        r.insert(QStringLiteral("server_record"), record);
    })) == QStringLiteral("results[2].server_record.version: must be an integer ≥ 1"));
}

TEST_CASE("An unknown outcome is refused, unknown members are ignored", "[protocol][push]")
{
    const PushResponse response = sampleAnswer(samplePush(5));
    CHECK(refusalMessage(withResult(response, 1, [](QJsonObject &r) {
        r.insert(QStringLiteral("result"), QStringLiteral("postponed"));
    })).startsWith(QStringLiteral("results[1].result: must be applied, duplicate, conflict or rejected")));

    QJsonObject extended = response.toJson();
    extended.insert(QStringLiteral("server_load"), 0.3);
    QJsonArray results = extended.value(QStringLiteral("results")).toArray();
    QJsonObject first = results.at(0).toObject();
    first.insert(QStringLiteral("applied_at"), QStringLiteral("later"));
    results.replace(0, first);
    extended.insert(QStringLiteral("results"), results);
    const auto parsed = PushResponse::fromJson(body(extended));
    REQUIRE(parsed.ok());
    CHECK(*parsed == response);
}

TEST_CASE("A push response must answer the request it was sent for", "[protocol][push]")
{
    const PushRequest request = samplePush(5);
    PushResponse other = sampleAnswer(request);
    other.batchId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    CHECK(other.matches(request).error().message == QStringLiteral("batch_id: answers another batch"));

    PushResponse shorter = sampleAnswer(request);
    shorter.results.removeLast();
    CHECK(shorter.matches(request).error().message == QStringLiteral("results: has 4 results for 5 ops"));

    PushResponse swapped = sampleAnswer(request);
    swapped.results.swapItemsAt(0, 1);
    CHECK(swapped.matches(request).error().message == QStringLiteral("results[0].op_id: does not answer ops[0]"));

    PushResponse foreignBlob = sampleAnswer(request);
    foreignBlob.results[4].pendingBlobs = {sha('f')};
    CHECK(foreignBlob.matches(request).error().message
        == QStringLiteral("results[4].pending_blobs[0]: is not among ops[4].blob_refs"));

    PushResponse foreignRecord = sampleAnswer(request);
    foreignRecord.results[2].serverRecord->id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    CHECK(foreignRecord.matches(request).error().code == QLatin1String(errors::responseMalformed));
}

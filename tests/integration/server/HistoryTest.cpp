// motcua-sync/2's whole history against the real motcua-server, on SQLite and on PostgreSQL:
// every dossier event kept once per commune and pulled as a dossier_event change, forwarded ops
// deduplicated against their origin's own push, and `dossier show` with the timeline.
#include "ServerHarness.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;
using namespace motcua::servertest;

namespace {

constexpr char dossierCode[] = "12345-250701-K7Q2-0042";

QJsonObject event(const QString &id, const QString &at, const QString &action, const QJsonValue &from,
    const QString &to, const QString &device, const QString &note = {})
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("at"), at}, {QStringLiteral("actor"), action},
        {QStringLiteral("device"), device}, {QStringLiteral("action"), action}, {QStringLiteral("from_status"), from},
        {QStringLiteral("to_status"), to}, {QStringLiteral("note"), note}};
}

protocol::PushOp withEvent(protocol::PushOp op, const QJsonObject &dossierEvent)
{
    op.fields.insert(QStringLiteral("event"), dossierEvent);
    return op;
}

QList<protocol::Change> ofEntity(const QList<protocol::Change> &changes, const char *entity)
{
    QList<protocol::Change> matching;
    for (const protocol::Change &change : changes) {
        if (change.entity == QLatin1String(entity))
            matching << change;
    }
    return matching;
}

// A received dossier moved twice by desk A: three ops, three events.
QList<protocol::PushOp> receivedAndMovedTwice(const QString &dossierId, const QString &device, QStringList *eventIds)
{
    *eventIds = {newUuid(), newUuid(), newUuid()};
    return {withEvent(dossierOp(dossierId, 0, QStringLiteral("received")),
                event(eventIds->at(0), QStringLiteral("2025-07-01T09:30:00+07:00"), QStringLiteral("receive"),
                    QJsonValue(QJsonValue::Null), QStringLiteral("received"), device)),
        withEvent(dossierOp(dossierId, 1, QStringLiteral("in_progress")),
            event(eventIds->at(1), QStringLiteral("2025-07-01T10:00:00+07:00"), QStringLiteral("move"),
                QStringLiteral("received"), QStringLiteral("in_progress"), device, QStringLiteral("Chuyển xử lý"))),
        withEvent(dossierOp(dossierId, 2, QStringLiteral("done")),
            // The same instant in UTC is written with another offset by a desk in another zone.
            event(eventIds->at(2), QStringLiteral("2025-07-01T04:00:00Z"), QStringLiteral("move"),
                QStringLiteral("in_progress"), QStringLiteral("done"), device))};
}

} // namespace

TEST_CASE("Every event of a dossier reaches the other desks of its commune once, in order")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse deskA = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse deskB = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse otherCommune = server.enroll(QStringLiteral("54321"));
    const QString dossierId = newUuid();
    QStringList eventIds;
    const QList<protocol::PushOp> ops = receivedAndMovedTwice(dossierId, deskA.deviceId, &eventIds);
    for (const protocol::PushResult &result : push(server, deskA, ops).results)
        REQUIRE(result.result == protocol::PushOutcome::Applied);
    // Sent again (a lost answer): duplicates, and no event twice.
    for (const protocol::PushResult &result : push(server, deskA, ops).results)
        CHECK(result.result == protocol::PushOutcome::Duplicate);
    CHECK(db.count(QStringLiteral("dossier_events")) == 3);

    const QList<protocol::Change> changes = pullAll(server, deskB);
    const QList<protocol::Change> events = ofEntity(changes, protocol::entityDossierEvent);
    REQUIRE(events.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(events[i].id == eventIds[i]);
        CHECK(events[i].version == 1);
        CHECK_FALSE(events[i].deleted);
        CHECK(events[i].originDevice == deskA.deviceId);
        CHECK(events[i].fields.value(QStringLiteral("dossier_id")).toString() == dossierId);
        CHECK(events[i].fields.value(QStringLiteral("id")).toString() == eventIds[i]);
    }
    CHECK(events[1].fields.value(QStringLiteral("note")).toString() == QStringLiteral("Chuyển xử lý"));
    CHECK(events[2].fields.value(QStringLiteral("to_status")).toString() == QStringLiteral("done"));
    // The record once, at its newest.
    const QList<protocol::Change> dossiers = ofEntity(changes, protocol::entityDossier);
    REQUIRE(dossiers.size() == 1);
    CHECK(dossiers[0].version == 3);
    // Another commune sees nothing of it.
    CHECK(ofEntity(pullAll(server, otherCommune), protocol::entityDossierEvent).isEmpty());

    // A later op that carries a copy of a known event (a clerk's merge resending it) applies its
    // change but adds no event.
    const protocol::PushOp copy = withEvent(dossierOp(dossierId, 3, QStringLiteral("done")),
        QJsonObject{{QStringLiteral("id"), eventIds[2]}, {QStringLiteral("action"), QStringLiteral("move")}});
    REQUIRE(push(server, deskA, {copy}).results[0].result == protocol::PushOutcome::Applied);
    CHECK(db.count(QStringLiteral("dossier_events")) == 3);
    CHECK(ofEntity(pullAll(server, deskB), protocol::entityDossierEvent).size() == 3);
}

TEST_CASE("A forwarded op is applied once, whether its origin or the forwarding desk pushes it first")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse origin = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse forwarder = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse stranger = server.enroll(QStringLiteral("54321"));
    QStringList eventIds;
    const QList<protocol::PushOp> ops = receivedAndMovedTwice(newUuid(), origin.deviceId, &eventIds);

    // The first op reaches the province through the forwarder (the USB bundle), then the origin
    // pushes its whole outbox itself.
    protocol::PushOp forwarded = ops[0];
    forwarded.originDevice = origin.deviceId;
    const protocol::PushResult viaForwarder = push(server, forwarder, {forwarded}).results[0];
    CHECK(viaForwarder.result == protocol::PushOutcome::Applied);
    const QList<protocol::PushResult> own = push(server, origin, ops).results;
    CHECK(own[0].result == protocol::PushOutcome::Duplicate);
    CHECK(own[0].version == 1);
    CHECK(own[1].result == protocol::PushOutcome::Applied);
    CHECK(own[2].result == protocol::PushOutcome::Applied);
    // The other way round: ops the origin pushed arrive again forwarded.
    protocol::PushOp late = ops[2];
    late.originDevice = origin.deviceId;
    CHECK(push(server, forwarder, {late}).results[0].result == protocol::PushOutcome::Duplicate);
    CHECK(db.count(QStringLiteral("applied_ops")) == 3);
    CHECK(db.count(QStringLiteral("dossier_events")) == 3);
    CHECK(db.scalar(QStringLiteral("SELECT version FROM records")).toLongLong() == 3);
    // The forwarded op kept its origin.
    const QList<protocol::Change> events = ofEntity(pullAll(server, stranger), protocol::entityDossierEvent);
    CHECK(events.isEmpty());

    // An origin outside the forwarder's commune is refused and changes nothing.
    protocol::PushOp foreign = dossierOp(newUuid(), 0, QStringLiteral("received"));
    foreign.originDevice = stranger.deviceId;
    const protocol::PushResult refused = push(server, forwarder, {foreign}).results[0];
    CHECK(refused.result == protocol::PushOutcome::Rejected);
    CHECK(refused.reason == QStringLiteral("scope.commune"));
    protocol::PushOp unknown = dossierOp(newUuid(), 0, QStringLiteral("received"));
    unknown.originDevice = newUuid();
    CHECK(push(server, forwarder, {unknown}).results[0].reason == QStringLiteral("scope.commune"));
    CHECK(db.count(QStringLiteral("records")) == 1);
    CHECK(db.count(QStringLiteral("applied_ops")) == 3);
}

TEST_CASE("dossier show prints a dossier with its whole timeline and its scans' state")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse desk = server.enroll(QStringLiteral("12345"));
    const QString dossierId = newUuid();
    QStringList eventIds;
    QList<protocol::PushOp> ops = receivedAndMovedTwice(dossierId, desk.deviceId, &eventIds);
    const QByteArray scan = QByteArray(300000, 'x') + QByteArray("end of the scan");
    const QString scanSha = protocol::sha256Hex(scan);
    const QString missingSha = protocol::sha256Hex("a scan still on the way");
    ops[0].fields.insert(QStringLiteral("documents"),
        QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Tờ khai")},
                       {QStringLiteral("attachment_sha256"), scanSha}},
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Giấy chứng sinh")},
                {QStringLiteral("attachment_sha256"), missingSha}},
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Bản sao")},
                {QStringLiteral("attachment_sha256"), QJsonValue(QJsonValue::Null)}}});
    ops[0].blobRefs = {scanSha, missingSha};
    // The ops travel first, the scans after (and one of them only half).
    REQUIRE(push(server, desk, ops).results[0].pendingBlobs == QStringList({scanSha, missingSha}));
    uploadBlob(server, desk, scan, 100000);
    REQUIRE(putChunk(server, desk, missingSha, 0, 200000, QByteArray(50000, 'y')).status == 200);

    int exitCode = -1;
    const QJsonObject shown = QJsonDocument::fromJson(
        runCli(db,
            {QStringLiteral("dossier"), QStringLiteral("show"), QLatin1String(dossierCode), QStringLiteral("--json")},
            &exitCode))
                                  .object();
    REQUIRE(exitCode == 0);
    CHECK(shown.value(QStringLiteral("code")).toString() == QLatin1String(dossierCode));
    const QJsonArray dossiers = shown.value(QStringLiteral("dossiers")).toArray();
    REQUIRE(dossiers.size() == 1);
    const QJsonObject dossier = dossiers.at(0).toObject();
    CHECK(dossier.value(QStringLiteral("id")).toString() == dossierId);
    CHECK(dossier.value(QStringLiteral("commune_code")).toString() == QStringLiteral("12345"));
    CHECK(dossier.value(QStringLiteral("version")).toInt() == 3);
    CHECK(dossier.value(QStringLiteral("fields")).toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("done"));
    const QJsonArray events = dossier.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 3);
    // In the order they happened: 10:00+07:00 (03:00Z) before 04:00Z.
    for (int i = 0; i < 3; ++i)
        CHECK(events.at(i).toObject().value(QStringLiteral("id")).toString() == eventIds[i]);
    const QJsonArray scans = dossier.value(QStringLiteral("scans")).toArray();
    REQUIRE(scans.size() == 2);
    CHECK(scans.at(0).toObject()
        == QJsonObject{{QStringLiteral("sha256"), scanSha}, {QStringLiteral("state"), QStringLiteral("complete")},
            {QStringLiteral("size"), scan.size()}, {QStringLiteral("received"), scan.size()}});
    CHECK(scans.at(1).toObject()
        == QJsonObject{{QStringLiteral("sha256"), missingSha}, {QStringLiteral("state"), QStringLiteral("pending")},
            {QStringLiteral("size"), 200000}, {QStringLiteral("received"), 50000}});

    const QString text = QString::fromUtf8(
        runCli(db, {QStringLiteral("dossier"), QStringLiteral("show"), QLatin1String(dossierCode)}, &exitCode));
    CHECK(exitCode == 0);
    CHECK(text.contains(QStringLiteral("Timeline (3 events):")));
    CHECK(text.contains(QStringLiteral("received → in_progress")));
    CHECK(text.contains(QStringLiteral("\"Chuyển xử lý\"")));
    CHECK(text.contains(scanSha + QStringLiteral("  complete, 300015 bytes")));
    CHECK(text.contains(missingSha + QStringLiteral("  pending, 50000 of 200000 bytes received")));

    QByteArray error;
    runCli(db, {QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("12345-250701-K7Q2-0043")}, &exitCode,
        &error);
    CHECK(exitCode == 1);
    CHECK(error.contains("No dossier with the code 12345-250701-K7Q2-0043"));
    runCli(db, {QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("not a code")}, &exitCode, &error);
    CHECK(exitCode == 2);
    CHECK(error.contains("not a dossier code"));
}

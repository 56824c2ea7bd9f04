// PushBatch reads a push's rows before its transaction (sync/server/PushBatch.h). Here another desk
// of the commune changes those rows between the read and the transaction, on SQLite and on
// PostgreSQL, and the push must be decided on what the database holds when it is written: nothing
// applied twice, no update lost, no record created twice.
#include "ServerHarness.h"
#include "protocol/WireTypes.h"
#include "server/PushBatch.h"
#include "server/ServerDatabase.h"
#include "server/ServerStore.h"

#include <catch2/catch.hpp>

#include <QUuid>

using namespace motcua;
using namespace motcua::server;
using namespace motcua::servertest;

namespace {

QString newId()
{
    return protocol::uuidText(QUuid::createUuid());
}

protocol::PushOp dossierOp(const QString &id, qint64 baseVersion, const QString &status, const QString &eventId)
{
    protocol::PushOp op;
    op.opId = newId();
    op.entity = QString::fromLatin1(protocol::entityDossier);
    op.id = id;
    op.baseVersion = baseVersion;
    op.fields = QJsonObject{{QStringLiteral("status"), status},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), eventId}, {QStringLiteral("at"), QStringLiteral("2025-07-01T09:30:00Z")},
                {QStringLiteral("action"), status}, {QStringLiteral("to_status"), status}}}};
    return op;
}

// Two desks of one commune on one database, as the server's request threads use it.
struct Commune
{
    explicit Commune(Backend backend)
        : database(backend)
    {
        const DatabaseLocation location = backend == Backend::Sqlite ? DatabaseLocation{database.dataDir(), {}}
                                                                     : DatabaseLocation{{}, database.arguments().at(1)};
        auto opened = ServerDatabase::open(location);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        store = std::make_unique<ServerStore>(*db);
        for (DeviceInfo *desk : {&first, &second}) {
            const Result<IssuedCode> code
                = store->issueCode(QStringLiteral("12345"), QStringLiteral("Xã Tân Lập"), now);
            REQUIRE(code.ok());
            const Result<EnrolledDevice> enrolled = store->enroll(code->code, QStringLiteral("Quầy"), now);
            REQUIRE(enrolled.ok());
            *desk = enrolled->device;
        }
    }

    protocol::PushResult push(const DeviceInfo &desk, const protocol::PushOp &op)
    {
        const Result<QList<protocol::PushResult>> results = store->push(desk, {op}, now);
        REQUIRE(results.ok());
        REQUIRE(results->size() == 1);
        return results->first();
    }

    // The batch read ahead, then `meanwhile`, then the batch's transaction.
    protocol::PushResult pushReadBefore(
        const DeviceInfo &desk, const protocol::PushOp &op, const std::function<void()> &meanwhile)
    {
        const QList<protocol::PushOp> ops{op};
        PushBatch batch(desk, ops);
        REQUIRE(batch.readAhead(*db).ok());
        meanwhile();
        const Result<QList<protocol::PushResult>> results
            = db->transaction([&] { return batch.apply(*db, timeText(now)); });
        INFO((results ? QString() : results.error().message).toStdString());
        REQUIRE(results.ok());
        REQUIRE(results->size() == 1);
        return results->first();
    }

    qint64 count(const QString &sql) const { return database.scalar(sql).toLongLong(); }

    TestDatabase database;
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<ServerStore> store;
    QDateTime now = QDateTime::currentDateTimeUtc();
    DeviceInfo first;
    DeviceInfo second;
};

} // namespace

TEST_CASE(
    "A push whose rows another desk changed after they were read is decided on the rows as written", "[server][push]")
{
    for (const Backend backend : availableBackends()) {
        DYNAMIC_SECTION(backendName(backend))
        {
            Commune commune(backend);
            const QString dossier = newId();
            REQUIRE(commune.push(commune.first, dossierOp(dossier, 0, QStringLiteral("received"), newId())).result
                == protocol::PushOutcome::Applied);

            // Both desks move the dossier from version 1; the second read it before the first wrote.
            const protocol::PushOp secondMove = dossierOp(dossier, 1, QStringLiteral("returned"), newId());
            const protocol::PushResult moved = commune.pushReadBefore(commune.second, secondMove, [&] {
                REQUIRE(commune.push(commune.first, dossierOp(dossier, 1, QStringLiteral("processing"), newId())).result
                    == protocol::PushOutcome::Applied);
            });
            CHECK(moved.result == protocol::PushOutcome::Conflict);
            CHECK(moved.version == 2);
            REQUIRE(moved.serverRecord.has_value());
            CHECK(moved.serverRecord->fields.value(QStringLiteral("status")).toString() == QLatin1String("processing"));
            CHECK(commune.count(QStringLiteral("SELECT version FROM records WHERE id = '%1'").arg(dossier)) == 2);
            CHECK(commune.count(
                      QStringLiteral("SELECT COUNT(*) FROM dossier_events WHERE event_id = '%1'")
                          .arg(secondMove.fields.value(QStringLiteral("event"))[QStringLiteral("id")].toString()))
                == 0);

            // Both desks create one new dossier id (a bundle imported on both): it is created once.
            const QString created = newId();
            const protocol::PushResult second = commune.pushReadBefore(
                commune.second, dossierOp(created, 0, QStringLiteral("received"), newId()), [&] {
                    REQUIRE(
                        commune.push(commune.first, dossierOp(created, 0, QStringLiteral("received"), newId())).result
                        == protocol::PushOutcome::Applied);
                });
            CHECK(second.result == protocol::PushOutcome::Conflict);
            CHECK(second.version == 1);
            CHECK(commune.count(QStringLiteral("SELECT COUNT(*) FROM records WHERE id = '%1'").arg(created)) == 1);

            // The second desk forwards the first desk's op while the first pushes it itself: one
            // application, one event, one log entry for the version.
            protocol::PushOp original = dossierOp(newId(), 0, QStringLiteral("received"), newId());
            protocol::PushOp forwarded = original;
            forwarded.originDevice = commune.first.deviceId;
            const qint64 logBefore = commune.count(QStringLiteral("SELECT COUNT(*) FROM change_log"));
            const protocol::PushResult copy = commune.pushReadBefore(commune.second, forwarded,
                [&] { REQUIRE(commune.push(commune.first, original).result == protocol::PushOutcome::Applied); });
            CHECK(copy.result == protocol::PushOutcome::Duplicate);
            CHECK(copy.version == 1);
            CHECK(
                commune.count(QStringLiteral("SELECT COUNT(*) FROM applied_ops WHERE op_id = '%1'").arg(original.opId))
                == 1);
            CHECK(commune.count(QStringLiteral("SELECT COUNT(*) FROM change_log")) == logBefore + 2); // record, event
            CHECK(commune.count(QStringLiteral("SELECT last_seq FROM commune_seq WHERE commune_code = '12345'"))
                == commune.count(QStringLiteral("SELECT MAX(seq) FROM change_log WHERE commune_code = '12345'")));
        }
    }
}

#include "store/ConflictResolver.h"
#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "store/Conflicts.h"
#include "store/Database.h"
#include "store/DossierJson.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"
#include "store/RemoteChanges.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kOther = QStringLiteral("4d5e6f7a-1b2c-4d3e-8f4a-5b6c7d8e9f00");

// A store with one dossier received here and acknowledged by the server (version 1).
struct Desk
{
    TempDir dir;
    std::unique_ptr<Database> db;
    WorkCalendar calendar;
    std::unique_ptr<DossierRepository> dossiers;
    Dossier dossier;

    Desk()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(insertTestCatalog(*db));
        dossiers = std::make_unique<DossierRepository>(*db, calendar, QStringLiteral("Cán bộ A"));
        ReceiveRequest request;
        request.procedureCode = QStringLiteral("1.004873");
        request.applicantName = QStringLiteral("Nguyễn Văn An");
        request.citizenId = QStringLiteral("001190012345");
        request.phone = QStringLiteral("0912000111");
        request.receivedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30), VietnamTime::zone());
        auto received = dossiers->receive(request);
        REQUIRE(failure(received) == QString());
        dossier = *received;
        acknowledgeAll();
    }

    QString id() const { return dossier.id.toString(QUuid::WithoutBraces); }

    void acknowledgeAll()
    {
        auto ops = Outbox(*db).pending(-1);
        REQUIRE(ops.ok());
        QList<PushedOpOutcome> outcomes;
        for (const OutboxOp &op : *ops) {
            PushedOpOutcome outcome;
            outcome.op = op;
            outcome.kind = PushedOpOutcome::Kind::Applied;
            outcome.version = op.baseVersion + 1;
            outcomes.append(outcome);
        }
        REQUIRE(RemoteChanges(*db).recordPushOutcomes(outcomes).ok());
    }

    // The server's record at `version`: this dossier as received, with changes made elsewhere.
    RemoteRecord serverRecord(qint64 version, const QJsonObject &changes) const
    {
        QJsonObject fields = DossierJson::dossier(dossier);
        for (auto field = changes.begin(); field != changes.end(); ++field)
            fields.insert(field.key(), field.value());
        fields.insert(QStringLiteral("version"), version);
        return RemoteRecord{QStringLiteral("dossier"), id(), version, fields, kOther, false};
    }

    QString sql(const QString &query) const { return scalar(*db, query); }
};

// Moves the dossier here, then has the server answer "conflict" to that move.
qint64 pushConflict(Desk &desk, const QJsonObject &serverChanges)
{
    REQUIRE(desk.dossiers->move(desk.id(), DossierStatus::InProcess, {}).ok());
    auto ops = Outbox(*desk.db).pending(-1);
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    PushedOpOutcome outcome;
    outcome.op = ops->first();
    outcome.kind = PushedOpOutcome::Kind::Conflict;
    outcome.version = 2;
    outcome.serverRecord = desk.serverRecord(2, serverChanges);
    REQUIRE(RemoteChanges(*desk.db).recordPushOutcomes({outcome}).ok());
    auto open = Conflicts(*desk.db).list();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    return open->first().id;
}

QJsonObject onlyOp(Database &db)
{
    auto ops = Outbox(db).pending(-1);
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    QJsonObject wire = ops->first().toJson();
    return wire;
}

} // namespace

TEST_CASE("Resolving a push conflict queues a new op on the server's version with the chosen fields")
{
    Desk desk;
    const qint64 conflictId = pushConflict(desk,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("supplement_requested")},
            {QStringLiteral("phone"), QStringLiteral("0987654321")}});
    // The conflicting move left the outbox with the server's answer.
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == 0);

    ConflictResolution resolution;
    resolution.take = ConflictSide::Mine;
    resolution.fields.insert(QStringLiteral("phone"), FieldChoice{ConflictSide::Server, std::nullopt});
    resolution.note = QStringLiteral("Đã gọi công dân");
    auto resolved = ConflictResolver(*desk.db, QStringLiteral("Văn thư C")).resolve(conflictId, resolution);
    REQUIRE(failure(resolved) == QString());
    CHECK(resolved->baseVersion == 2);

    const QJsonObject op = onlyOp(*desk.db);
    CHECK(op.value(QStringLiteral("base_version")).toInt() == 2);
    CHECK(op.value(QStringLiteral("op_id")).toString() == resolved->opId.toString(QUuid::WithoutBraces));
    const QJsonObject fields = op.value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("status")).toString() == QStringLiteral("in_process"));
    CHECK(fields.value(QStringLiteral("phone")).toString() == QStringLiteral("0987654321"));
    CHECK(fields.value(QStringLiteral("version")).toInt() == 3);
    CHECK(fields.value(QStringLiteral("event")).toObject().value(QStringLiteral("action")).toString()
        == QStringLiteral("resolve_conflict"));

    // The local dossier is the server's version with the choices over it, one version on.
    CHECK(desk.sql(QStringLiteral("SELECT status || ' ' || phone || ' ' || version FROM dossiers"))
        == QStringLiteral("in_process 0987654321 3"));
    // Its history says who resolved it, why, and pairs with the op.
    CHECK(
        desk.sql(QStringLiteral("SELECT actor || ' | ' || note FROM dossier_events WHERE action = 'resolve_conflict'"))
        == QStringLiteral("Văn thư C | Conflict resolved: Đã gọi công dân"));
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossier_events e JOIN outbox o ON o.op_id = e.op_id"))
        == QStringLiteral("1"));
    CHECK(desk.sql(QStringLiteral("SELECT resolution_note FROM sync_conflicts WHERE resolved_at IS NOT NULL"))
        == QStringLiteral("Đã gọi công dân"));
    CHECK(Conflicts(*desk.db).openCount().value() == 0);
}

TEST_CASE("Resolving a pull conflict sets the pending local ops aside so only the resolution is pushed")
{
    Desk desk;
    REQUIRE(desk.dossiers->move(desk.id(), DossierStatus::InProcess, {}).ok());
    const QString pendingOp = onlyOp(*desk.db).value(QStringLiteral("op_id")).toString();
    auto pulled = RemoteChanges(*desk.db).applyPage(
        {desk.serverRecord(2, QJsonObject{{QStringLiteral("status"), QStringLiteral("refused")}})},
        QStringLiteral("c1"));
    REQUIRE(pulled.ok());
    REQUIRE(pulled->conflicts == 1);
    const qint64 conflictId = Conflicts(*desk.db).list()->first().id;

    auto resolved = ConflictResolver(*desk.db, QStringLiteral("Văn thư C")).resolve(conflictId, ConflictResolution{});
    REQUIRE(failure(resolved) == QString());
    CHECK(resolved->supersededOps == QStringList{pendingOp});

    const QJsonObject op = onlyOp(*desk.db);
    CHECK(op.value(QStringLiteral("op_id")).toString() != pendingOp);
    CHECK(op.value(QStringLiteral("base_version")).toInt() == 2);
    CHECK(op.value(QStringLiteral("fields")).toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("refused"));
    CHECK(desk.sql(QStringLiteral("SELECT reason FROM sync_rejected_ops WHERE op_id = '%1'").arg(pendingOp))
        == QStringLiteral("conflict.superseded"));
    CHECK(desk.sql(QStringLiteral("SELECT status || ' ' || version FROM dossiers")) == QStringLiteral("refused 3"));
}

TEST_CASE("A typed value is checked and carried by the resolution op")
{
    Desk desk;
    const qint64 conflictId
        = pushConflict(desk, QJsonObject{{QStringLiteral("applicant_name"), QStringLiteral("Nguyen Van Ann")}});
    ConflictResolver resolver(*desk.db, QStringLiteral("Văn thư C"));

    ConflictResolution bad;
    bad.fields.insert(QStringLiteral("citizen_id"), FieldChoice{ConflictSide::Server, QStringLiteral("12345")});
    auto refused = resolver.resolve(conflictId, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("conflict.invalid_value"));
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == 0);
    CHECK(Conflicts(*desk.db).openCount().value() == 1);

    ConflictResolution typed;
    typed.fields.insert(
        QStringLiteral("applicant_name"), FieldChoice{ConflictSide::Server, QStringLiteral("Nguyễn Văn Ân")});
    auto resolved = resolver.resolve(conflictId, typed);
    REQUIRE(failure(resolved) == QString());
    CHECK(resolved->fields.value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Nguyễn Văn Ân"));
    CHECK(desk.sql(QStringLiteral("SELECT applicant_name || ' ' || applicant_key FROM dossiers"))
        == QStringLiteral("Nguyễn Văn Ân nguyen van an"));
}

TEST_CASE("Resolving refuses unknown conflicts, resolved ones and unknown fields, writing nothing")
{
    Desk desk;
    const qint64 conflictId = pushConflict(desk, QJsonObject{{QStringLiteral("status"), QStringLiteral("refused")}});
    ConflictResolver resolver(*desk.db, QStringLiteral("Văn thư C"));
    const auto before = storeCounts(*desk.db);

    auto unknown = resolver.resolve(conflictId + 100, {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("conflict.not_found"));

    ConflictResolution wrongField;
    wrongField.fields.insert(QStringLiteral("colour"), FieldChoice{});
    auto field = resolver.resolve(conflictId, wrongField);
    REQUIRE_FALSE(field.ok());
    CHECK(field.error().code == QStringLiteral("conflict.unknown_field"));
    CHECK(field.error().message.contains(QStringLiteral("status")));
    CHECK(storeCounts(*desk.db) == before);

    REQUIRE(resolver.resolve(conflictId, {}).ok());
    auto again = resolver.resolve(conflictId, {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("conflict.already_resolved"));
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == 1);
}

TEST_CASE("A resolution keeps a status only where the law leads from the server's, writing nothing otherwise")
{
    Desk desk;
    // Here the dossier went into processing; meanwhile the province refused it (a closed dossier).
    const qint64 conflictId = pushConflict(desk, QJsonObject{{QStringLiteral("status"), QStringLiteral("refused")}});
    ConflictResolver resolver(*desk.db, QStringLiteral("Văn thư C"));

    ConflictResolution reopen;
    reopen.take = ConflictSide::Mine;
    auto refused = resolver.resolve(conflictId, reopen);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("lifecycle.illegal_move"));
    CHECK(refused.error().message.contains(statusLabel(DossierStatus::Refused)));
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == 0);
    CHECK(Conflicts(*desk.db).openCount().value() == 1);

    ConflictResolution typed;
    typed.fields.insert(QStringLiteral("status"), FieldChoice{ConflictSide::Server, QStringLiteral("in_process")});
    CHECK(resolver.resolve(conflictId, typed).error().code == QStringLiteral("lifecycle.illegal_move"));

    auto kept = resolver.resolve(conflictId, ConflictResolution{});
    REQUIRE(failure(kept) == QString());
    CHECK(desk.sql(QStringLiteral("SELECT status FROM dossiers")) == QStringLiteral("refused"));
}

TEST_CASE("A resolution may keep a status several lawful moves ahead of the server's")
{
    Desk desk;
    // The server still has it received (version 2 changed only the phone); here it went on.
    const qint64 conflictId = pushConflict(desk, QJsonObject{{QStringLiteral("phone"), QStringLiteral("0987654321")}});
    ConflictResolution done;
    done.fields.insert(QStringLiteral("status"), FieldChoice{ConflictSide::Server, QStringLiteral("done")});
    auto resolved = ConflictResolver(*desk.db, QStringLiteral("Văn thư C")).resolve(conflictId, done);
    REQUIRE(failure(resolved) == QString());
    CHECK(desk.sql(QStringLiteral("SELECT status FROM dossiers")) == QStringLiteral("done"));
}

TEST_CASE("The pauses and the due date follow the side the status is kept from")
{
    Desk desk;
    // Here: in process. There: a supplement was requested, with its pause open.
    const QJsonArray openPause{QJsonObject{{QStringLiteral("position"), 0},
        {QStringLiteral("started_at"), QStringLiteral("2026-01-06T10:00:00+07:00")},
        {QStringLiteral("ended_at"), QJsonValue()}, {QStringLiteral("working_days"), 0}}};
    const qint64 conflictId = pushConflict(desk,
        QJsonObject{
            {QStringLiteral("status"), QStringLiteral("supplement_requested")}, {QStringLiteral("pauses"), openPause}});
    ConflictResolver resolver(*desk.db, QStringLiteral("Văn thư C"));

    ConflictResolution split;
    split.fields.insert(QStringLiteral("status"), FieldChoice{ConflictSide::Mine, std::nullopt});
    split.fields.insert(QStringLiteral("pauses"), FieldChoice{ConflictSide::Server, std::nullopt});
    auto refused = resolver.resolve(conflictId, split);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("conflict.clock_split"));
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == 0);
    CHECK(Conflicts(*desk.db).openCount().value() == 1);

    // Keeping this desk's status brings this desk's pauses (none open), not the server's.
    ConflictResolution mine;
    mine.take = ConflictSide::Server;
    mine.fields.insert(QStringLiteral("status"), FieldChoice{ConflictSide::Mine, std::nullopt});
    auto resolved = resolver.resolve(conflictId, mine);
    REQUIRE(failure(resolved) == QString());
    CHECK(resolved->fields.value(QStringLiteral("status")).toString() == QStringLiteral("in_process"));
    CHECK(resolved->fields.value(QStringLiteral("pauses")).toArray().isEmpty());
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossier_pauses")) == QStringLiteral("0"));
}

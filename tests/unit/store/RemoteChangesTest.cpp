#include "store/RemoteChanges.h"
#include "domain/WorkCalendar.h"
#include "store/Conflicts.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"
#include "store/SyncState.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kOther = QStringLiteral("4d5e6f7a-1b2c-4d3e-8f4a-5b6c7d8e9f00");
const QString kDossierId = QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5b");

// A dossier as another device of the commune pushed it (the fields of a receipt op).
RemoteRecord otherDevicesDossier(qint64 version = 1, const QString &procedure = QStringLiteral("1.004873"))
{
    QJsonObject fields{
        {QStringLiteral("id"), kDossierId},
        {QStringLiteral("code"), QStringLiteral("12345-260105-K7Q2-0001")},
        {QStringLiteral("procedure_code"), procedure},
        {QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Văn An")},
        {QStringLiteral("citizen_id"), QStringLiteral("001190012345")},
        {QStringLiteral("phone"), QStringLiteral("")},
        {QStringLiteral("address"), QStringLiteral("")},
        {QStringLiteral("email"), QStringLiteral("")},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_at"), QStringLiteral("2026-01-05T09:30:00+07:00")},
        {QStringLiteral("due_date"), QStringLiteral("2026-01-08")},
        {QStringLiteral("done_at"), QJsonValue()},
        {QStringLiteral("returned_at"), QJsonValue()},
        {QStringLiteral("version"), 1},
        {QStringLiteral("commune_code"), QStringLiteral("12345")},
        {QStringLiteral("origin_device"), kOther},
        {QStringLiteral("documents"),
            QJsonArray{
                QJsonObject{{QStringLiteral("position"), 0}, {QStringLiteral("title"), QStringLiteral("Tờ khai")},
                    {QStringLiteral("kind"), QStringLiteral("original")}, {QStringLiteral("count"), 1},
                    {QStringLiteral("attachment_sha256"), QJsonValue()}}}},
        {QStringLiteral("pauses"), QJsonArray{}},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0001")},
                {QStringLiteral("at"), QStringLiteral("2026-01-05T09:30:00+07:00")},
                {QStringLiteral("actor"), QStringLiteral("Cán bộ B")}, {QStringLiteral("device"), kOther},
                {QStringLiteral("action"), QStringLiteral("receive")}, {QStringLiteral("from_status"), QJsonValue()},
                {QStringLiteral("to_status"), QStringLiteral("received")},
                {QStringLiteral("note"), QStringLiteral("")}}},
    };
    return RemoteRecord{QStringLiteral("dossier"), kDossierId, version, fields, kOther, false};
}

struct Store
{
    TempDir dir;
    std::unique_ptr<Database> db;

    Store()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(insertTestCatalog(*db));
    }
};

OutboxOp pendingOp(const QString &entityId, int baseVersion)
{
    OutboxOp op;
    op.opId = QUuid::createUuid();
    op.entity = QStringLiteral("dossier");
    op.entityId = entityId;
    op.baseVersion = baseVersion;
    op.fields = QJsonObject{{QStringLiteral("status"), QStringLiteral("in_process")}};
    return op;
}

} // namespace

TEST_CASE("A pulled dossier of another device is inserted with its documents, its event and the cursor")
{
    Store store;
    RemoteChanges remote(*store.db);
    auto applied = remote.applyPage({otherDevicesDossier()}, QStringLiteral("c1.1"));
    REQUIRE(failure(applied) == QString());
    CHECK(applied->applied == 1);
    CHECK(scalar(*store.db, QStringLiteral("SELECT applicant_name FROM dossiers")) == QStringLiteral("Nguyễn Văn An"));
    CHECK(scalar(*store.db, QStringLiteral("SELECT version FROM dossiers")) == QStringLiteral("1"));
    CHECK(rowCount(*store.db, QStringLiteral("dossier_documents")) == 1);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 1);
    CHECK(rowCount(*store.db, QStringLiteral("outbox")) == 0);
    CHECK(SyncState(*store.db).cursor().value() == std::optional<QString>(QStringLiteral("c1.1")));

    // The repository reads it like its own, and the name search finds it.
    WorkCalendar calendar;
    DossierRepository repository(*store.db, calendar, QStringLiteral("Cán bộ A"));
    auto found = repository.find(QStringLiteral("12345-260105-K7Q2-0001"));
    REQUIRE(failure(found) == QString());
    CHECK(found->documents.size() == 1);
    CHECK(scalar(*store.db, QStringLiteral("SELECT count(*) FROM dossier_search WHERE dossier_search MATCH 'nguyen'"))
        == QStringLiteral("1"));
}

TEST_CASE("A later pulled version is merged onto the local dossier and an older one changes nothing")
{
    Store store;
    RemoteChanges remote(*store.db);
    REQUIRE(remote.applyPage({otherDevicesDossier()}, QStringLiteral("c1.1")).ok());
    const RemoteRecord moved{QStringLiteral("dossier"), kDossierId, 2,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("in_process")}, {QStringLiteral("version"), 2},
            {QStringLiteral("updated_at"), QStringLiteral("2026-01-06T08:00:00+07:00")}},
        kOther, false};
    REQUIRE(remote.applyPage({moved}, QStringLiteral("c1.2")).ok());
    CHECK(scalar(*store.db, QStringLiteral("SELECT status || ' ' || version || ' ' || applicant_name FROM dossiers"))
        == QStringLiteral("in_process 2 Nguyễn Văn An"));

    auto stale = remote.applyPage({otherDevicesDossier(1)}, QStringLiteral("c1.3"));
    REQUIRE(stale.ok());
    CHECK(stale->alreadyKnown == 1);
    CHECK(scalar(*store.db, QStringLiteral("SELECT status FROM dossiers")) == QStringLiteral("in_process"));
}

TEST_CASE("A pulled version of a dossier with pending ops becomes a conflict and overwrites nothing")
{
    Store store;
    RemoteChanges remote(*store.db);
    REQUIRE(remote.applyPage({otherDevicesDossier()}, QStringLiteral("c1.1")).ok());
    REQUIRE(store.db->write([&]() -> Status {
        QSqlQuery update(store.db->connection());
        if (!update.exec(QStringLiteral("UPDATE dossiers SET status = 'refused', version = 2")))
            return makeError(QStringLiteral("test"), QStringLiteral("update"));
        return Outbox(*store.db).append(pendingOp(kDossierId, 1));
    }));
    const RemoteRecord theirs{QStringLiteral("dossier"), kDossierId, 2,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("in_process")}}, kOther, false};
    auto applied = remote.applyPage({theirs}, QStringLiteral("c1.2"));
    REQUIRE(failure(applied) == QString());
    CHECK(applied->conflicts == 1);
    CHECK(scalar(*store.db, QStringLiteral("SELECT status FROM dossiers")) == QStringLiteral("refused"));
    auto conflicts = Conflicts(*store.db).list();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().source == ConflictRecord::Source::Pull);
    CHECK(conflicts->first().localFields.value(QStringLiteral("status")).toString() == QStringLiteral("refused"));
    CHECK(conflicts->first().serverFields.value(QStringLiteral("status")).toString() == QStringLiteral("in_process"));
    // The same version pulled again adds no second entry; the cursor still moved.
    CHECK(remote.applyPage({theirs}, QStringLiteral("c1.3"))->conflicts == 0);
    CHECK(Conflicts(*store.db).openCount().value() == 1);
    CHECK(SyncState(*store.db).cursor().value() == std::optional<QString>(QStringLiteral("c1.3")));
}

TEST_CASE("Push results acknowledge every op but retry ones, with conflicts and rejections recorded")
{
    Store store;
    Outbox outbox(*store.db);
    QList<OutboxOp> ops;
    for (int i = 0; i < 5; ++i) {
        ops.append(pendingOp(QUuid::createUuid().toString(QUuid::WithoutBraces), 0));
        REQUIRE(outbox.append(ops.last()));
    }
    QList<PushedOpOutcome> outcomes;
    const PushedOpOutcome::Kind kinds[] = {PushedOpOutcome::Kind::Applied, PushedOpOutcome::Kind::Duplicate,
        PushedOpOutcome::Kind::Conflict, PushedOpOutcome::Kind::Rejected, PushedOpOutcome::Kind::Retry};
    for (int i = 0; i < 5; ++i) {
        PushedOpOutcome outcome;
        outcome.op = ops.at(i);
        outcome.kind = kinds[i];
        outcome.version = 1;
        if (outcome.kind == PushedOpOutcome::Kind::Conflict) {
            outcome.version = 4;
            outcome.serverRecord = RemoteRecord{QStringLiteral("dossier"), ops.at(i).entityId, 4,
                QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}}, kOther, false};
        }
        if (outcome.kind == PushedOpOutcome::Kind::Rejected) {
            outcome.reason = QStringLiteral("dossier.invalid_status");
            outcome.message = QStringLiteral("The status does not exist.");
        }
        outcomes.append(outcome);
    }
    auto summary = RemoteChanges(*store.db).recordPushOutcomes(outcomes);
    REQUIRE(failure(summary) == QString());
    CHECK(summary->applied == 1);
    CHECK(summary->duplicates == 1);
    CHECK(summary->conflicts == 1);
    CHECK(summary->rejected == 1);
    CHECK(summary->retried == 1);
    auto left = outbox.pending(-1);
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->first().opId == ops.at(4).opId);
    auto conflicts = Conflicts(*store.db).list();
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().serverVersion == 4);
    CHECK(conflicts->first().opId == ops.at(2).opId.toString(QUuid::WithoutBraces));
    auto rejected = Conflicts(*store.db).rejected();
    REQUIRE(rejected->size() == 1);
    CHECK(rejected->first().reason == QStringLiteral("dossier.invalid_status"));
    CHECK(scalar(*store.db, QStringLiteral("SELECT version FROM sync_records WHERE id = '%1'").arg(ops.at(2).entityId))
        == QStringLiteral("4"));
}

TEST_CASE("A pulled dossier whose procedure is unknown is kept and applied once the catalog has it")
{
    Store store;
    RemoteChanges remote(*store.db);
    auto first = remote.applyPage({otherDevicesDossier(1, QStringLiteral("2.000815"))}, QStringLiteral("c1.1"));
    REQUIRE(first.ok());
    CHECK(first->unapplied == 1);
    CHECK(rowCount(*store.db, QStringLiteral("dossiers")) == 0);
    CHECK(remote.unappliedCount().value() == 1);

    REQUIRE(insertProcedure(
        *store.db, QStringLiteral("2.000815"), QStringLiteral("Chứng thực bản sao"), 0, QStringLiteral("same_day")));
    // Any later page that applies something gives the kept records another chance.
    RemoteRecord other = otherDevicesDossier();
    other.id = QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5c");
    other.fields.insert(QStringLiteral("code"), QStringLiteral("12345-260105-K7Q2-0002"));
    other.fields.insert(QStringLiteral("event"), QJsonValue());
    REQUIRE(remote.applyPage({other}, QStringLiteral("c1.2")).ok());
    CHECK(rowCount(*store.db, QStringLiteral("dossiers")) == 2);
    CHECK(remote.unappliedCount().value() == 0);
}

TEST_CASE("Enrollment makes the server's device id, tag and commune this installation's")
{
    Store store;
    SyncState state(*store.db);
    SyncEnrollment enrollment;
    enrollment.serverUrl = QStringLiteral("https://sync.example.vn");
    enrollment.deviceId = kOther;
    enrollment.token = QStringLiteral("kX3vQ9mZp2LrT8sW1yB4nC6dF0gH5jK7aE9uI2oP3qA");
    enrollment.communeCode = QStringLiteral("12345");
    enrollment.communeName = QStringLiteral("Xã Tân Lập");
    enrollment.deviceTag = QStringLiteral("K7Q2");
    REQUIRE(state.setCursor(QStringLiteral("c1.9")));
    REQUIRE(state.saveEnrollment(enrollment));
    auto stored = state.enrollment();
    REQUIRE(stored.ok());
    CHECK(stored->isEnrolled());
    CHECK(stored->token == enrollment.token);
    CHECK(stored->caPem.isEmpty());
    CHECK(store.db->deviceId() == kOther);
    CHECK(store.db->deviceTag() == QStringLiteral("K7Q2"));
    CHECK(store.db->meta(QStringLiteral("commune_code")) == QStringLiteral("12345"));
    // A new enrollment starts pulling from the beginning.
    CHECK(state.cursor().value() == std::nullopt);
    REQUIRE(state.recordError(Error{QStringLiteral("network.offline"), QStringLiteral("No link.")}, {}));
    CHECK(state.health()->lastErrorCode == QStringLiteral("network.offline"));
    REQUIRE(state.recordSuccess(QDateTime::currentDateTime()));
    CHECK(state.health()->lastErrorCode.isEmpty());
    CHECK(state.health()->lastSuccessAt.isValid());
}

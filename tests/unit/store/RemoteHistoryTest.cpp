// How pulled dossier events, "scan" changes and forwarded ops meet the local store (issue 9).
#include "domain/WorkCalendar.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"
#include "store/RemoteChanges.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kOther = QStringLiteral("4d5e6f7a-1b2c-4d3e-8f4a-5b6c7d8e9f00");
const QString kDossierId = QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5b");
const QString kScan = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"); // "abc"

QJsonObject event(
    const QString &id, const QString &at, const QString &action, const QJsonValue &from, const QString &to)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("at"), at},
        {QStringLiteral("actor"), QStringLiteral("Cán bộ B")}, {QStringLiteral("device"), kOther},
        {QStringLiteral("action"), action}, {QStringLiteral("from_status"), from}, {QStringLiteral("to_status"), to},
        {QStringLiteral("note"), QStringLiteral("")}};
}

const QJsonObject kReceived = event(QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0001"),
    QStringLiteral("2026-01-05T09:30:00+07:00"), QStringLiteral("receive"), QJsonValue(), QStringLiteral("received"));
const QJsonObject kMoved
    = event(QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0002"), QStringLiteral("2026-01-06T08:00:00+07:00"),
        QStringLiteral("move"), QStringLiteral("received"), QStringLiteral("in_process"));

// The whole dossier as the server holds it after its receipt, with a scan named by its document.
RemoteRecord dossier(const QJsonValue &scan = QJsonValue(), const QString &id = kDossierId,
    const QString &code = QStringLiteral("12345-260105-K7Q2-0001"), const QJsonObject &receipt = kReceived)
{
    QJsonObject fields{{QStringLiteral("code"), code}, {QStringLiteral("procedure_code"), QStringLiteral("1.004873")},
        {QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Văn An")},
        {QStringLiteral("citizen_id"), QStringLiteral("001190012345")},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_at"), QStringLiteral("2026-01-05T09:30:00+07:00")},
        {QStringLiteral("due_date"), QStringLiteral("2026-01-08")}, {QStringLiteral("version"), 1},
        {QStringLiteral("documents"),
            QJsonArray{
                QJsonObject{{QStringLiteral("position"), 0}, {QStringLiteral("title"), QStringLiteral("Tờ khai")},
                    {QStringLiteral("kind"), QStringLiteral("original")}, {QStringLiteral("count"), 1},
                    {QStringLiteral("attachment_sha256"), scan}}}},
        {QStringLiteral("event"), receipt}};
    return RemoteRecord{QStringLiteral("dossier"), id, 1, fields, kOther, false};
}

// A dossier_event change of the pull.
RemoteRecord eventChange(const QJsonObject &event)
{
    QJsonObject fields = event;
    fields.insert(QStringLiteral("dossier_id"), kDossierId);
    return RemoteRecord{
        QStringLiteral("dossier_event"), event.value(QStringLiteral("id")).toString(), 1, fields, kOther, false};
}

RemoteRecord scanChange(const QString &sha256)
{
    return RemoteRecord{QStringLiteral("scan"), QStringLiteral("99ccfd21-1605-5c89-abc6-2b2216a62472"), 1,
        QJsonObject{
            {QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), 3}, {QStringLiteral("complete"), true}},
        QString(), false};
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

} // namespace

TEST_CASE("Pulled dossier events join the history once each, whichever way they come")
{
    Store store;
    RemoteChanges remote(*store.db);
    // The receipt's event comes inside the record and again as its own change.
    auto first = remote.applyPage({dossier(), eventChange(kReceived)}, QStringLiteral("c2.2.0"));
    REQUIRE(failure(first) == QString());
    CHECK(first->events == 0);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 1);

    // A move made on the other desk: its event alone (the record version carries it too).
    auto second = remote.applyPage({eventChange(kMoved)}, QStringLiteral("c2.3.0"));
    REQUIRE(failure(second) == QString());
    CHECK(second->events == 1);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 2);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events WHERE op_id = ''")) == 2);

    // The same again (a forwarded copy, a replayed page) adds nothing.
    auto again = remote.applyPage({eventChange(kMoved), eventChange(kReceived)}, QStringLiteral("c2.4.0"));
    REQUIRE(failure(again) == QString());
    CHECK(again->events == 0);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 2);
    CHECK(scalar(*store.db,
              QStringLiteral("SELECT group_concat(action) FROM (SELECT action FROM dossier_events "
                             "ORDER BY at)"))
        == QStringLiteral("receive,move"));
}

TEST_CASE("The events a record carries as history join the timeline once, before its own event")
{
    Store store;
    RemoteChanges remote(*store.db);
    REQUIRE(failure(remote.applyPage({dossier()}, QStringLiteral("c2.2.0"))) == QString());
    // A resolution, as a bundle brings it: the other desk's move made while the conflict stood,
    // then the resolution's own event; the receipt again, which is known already.
    const QJsonObject resolved
        = event(QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0003"), QStringLiteral("2026-01-07T10:00:00+07:00"),
            QStringLiteral("resolve"), QStringLiteral("in_process"), QStringLiteral("in_process"));
    RemoteRecord resolution = dossier();
    resolution.version = 2;
    resolution.fields.insert(QStringLiteral("status"), QStringLiteral("in_process"));
    resolution.fields.insert(QStringLiteral("history"), QJsonArray{kReceived, kMoved});
    resolution.fields.insert(QStringLiteral("event"), resolved);
    REQUIRE(failure(remote.applyPage({resolution}, QStringLiteral("c2.3.0"))) == QString());
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 3);
    CHECK(scalar(*store.db,
              QStringLiteral("SELECT group_concat(action) FROM (SELECT action FROM dossier_events ORDER BY at)"))
        == QStringLiteral("receive,move,resolve"));
    // The same events pulled again from the server as their own changes add nothing.
    REQUIRE(
        failure(remote.applyPage({eventChange(kMoved), eventChange(resolved)}, QStringLiteral("c2.4.0"))) == QString());
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 3);
}

TEST_CASE("An event pulled before its dossier waits and joins the history when the dossier comes")
{
    Store store;
    RemoteChanges remote(*store.db);
    auto early = remote.applyPage({eventChange(kMoved)}, QStringLiteral("c2.1.0"));
    REQUIRE(failure(early) == QString());
    CHECK(early->unapplied == 1);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 0);

    auto later = remote.applyPage({dossier()}, QStringLiteral("c2.2.0"));
    REQUIRE(failure(later) == QString());
    CHECK(later->events == 1);
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 2);
    CHECK(remote.unappliedCount().value() == 0);
}

TEST_CASE("A document whose scan is not here is scan pending until the scan change and its bytes arrive")
{
    Store store;
    RemoteChanges remote(*store.db);
    REQUIRE(failure(remote.applyPage({dossier(kScan)}, QStringLiteral("c2.1.0"))) == QString());
    CHECK(remote.pendingScans().value() == QStringList{kScan});
    CHECK(rowCount(*store.db, QStringLiteral("dossier_documents WHERE attachment_sha256 IS NULL")) == 1);

    WorkCalendar calendar;
    DossierRepository repository(*store.db, calendar, QStringLiteral("Cán bộ A"));
    auto found = repository.find(QStringLiteral("12345-260105-K7Q2-0001"));
    REQUIRE(failure(found) == QString());
    REQUIRE(found->documents.size() == 1);
    CHECK(found->documents.first().isScanPending());
    CHECK(found->documents.first().pendingScanSha256 == kScan);
    CHECK(found->documents.first().attachmentSha256.isEmpty());

    // The server says the scan is complete, but its download did not happen: kept to fetch later.
    const QList<RemoteRecord> announced{scanChange(kScan)};
    CHECK(remote.missingAttachments(announced).value() == QStringList{kScan});
    auto notYet = remote.applyPage(announced, QStringLiteral("c2.2.0"));
    REQUIRE(failure(notYet) == QString());
    CHECK(notYet->unapplied == 1);
    CHECK(remote.scansToFetch().value() == QStringList{kScan});

    // A later cycle downloads it: the document completes by itself.
    auto stored = AttachmentStore(*store.db).put(QByteArray("abc"), QStringLiteral("to-khai.jpg"));
    REQUIRE(failure(stored) == QString());
    REQUIRE(stored->sha256 == kScan);
    CHECK(remote.attachFetchedScans().value() == 1);
    CHECK(remote.pendingScans().value().isEmpty());
    CHECK(remote.scansToFetch().value().isEmpty());
    auto complete = repository.find(QStringLiteral("12345-260105-K7Q2-0001"));
    REQUIRE(failure(complete) == QString());
    CHECK_FALSE(complete->documents.first().isScanPending());
    CHECK(complete->documents.first().attachmentSha256 == kScan);
}

TEST_CASE("A forwarded op carries its origin device on the wire and does not make pulls conflicts")
{
    Store store;
    RemoteChanges remote(*store.db);
    REQUIRE(failure(remote.applyPage({dossier()}, QStringLiteral("c2.1.0"))) == QString());
    OutboxOp forwarded;
    forwarded.opId = QUuid::createUuid();
    forwarded.entity = QStringLiteral("dossier");
    forwarded.entityId = kDossierId;
    forwarded.baseVersion = 1;
    forwarded.fields = QJsonObject{{QStringLiteral("status"), QStringLiteral("in_process")}};
    forwarded.originDevice = kOther;
    REQUIRE(failure(Outbox(*store.db).append(forwarded)) == QString());

    const auto pending = Outbox(*store.db).pending(-1);
    REQUIRE(pending.value().size() == 1);
    CHECK(pending.value().first().originDevice == kOther);
    CHECK(pending.value().first().toJson().value(QStringLiteral("origin_device")).toString() == kOther);

    // The server's next version of that dossier applies: the forwarded change is not this desk's.
    const RemoteRecord moved{QStringLiteral("dossier"), kDossierId, 2,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("in_process")}, {QStringLiteral("version"), 2},
            {QStringLiteral("event"), kMoved}},
        kOther, false};
    auto applied = remote.applyPage({moved}, QStringLiteral("c2.2.0"));
    REQUIRE(failure(applied) == QString());
    CHECK(applied->applied == 1);
    CHECK(applied->conflicts == 0);
    CHECK(scalar(*store.db, QStringLiteral("SELECT status FROM dossiers")) == QStringLiteral("in_process"));
}

TEST_CASE("A pulled merge moves the merged dossier's history to the kept one, as on the desk that merged")
{
    Store store;
    RemoteChanges remote(*store.db);
    const QString keptId = QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a5c");
    const QJsonObject keptReceipt
        = event(QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0011"), QStringLiteral("2026-01-05T10:00:00+07:00"),
            QStringLiteral("receive"), QJsonValue(), QStringLiteral("received"));
    REQUIRE(failure(remote.applyPage(
                {dossier(), dossier(QJsonValue(), keptId, QStringLiteral("12345-260105-K7Q2-0002"), keptReceipt)},
                QStringLiteral("c2.2.0")))
        == QString());
    const QJsonObject mergeEvent
        = event(QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0012"), QStringLiteral("2026-01-07T10:00:00+07:00"),
            QStringLiteral("merge"), QStringLiteral("received"), QStringLiteral("received"));
    const QJsonObject mergedEvent
        = event(QStringLiteral("0b5e8f3a-1c2d-4e6f-8a9b-0c1d2e3f0013"), QStringLiteral("2026-01-07T10:00:00+07:00"),
            QStringLiteral("merged_into"), QStringLiteral("received"), QStringLiteral("withdrawn"));
    const RemoteRecord kept{QStringLiteral("dossier"), keptId, 2,
        QJsonObject{{QStringLiteral("merged_from"), kDossierId}, {QStringLiteral("version"), 2},
            {QStringLiteral("event"), mergeEvent}},
        kOther, false};
    const RemoteRecord merged{QStringLiteral("dossier"), kDossierId, 2,
        QJsonObject{{QStringLiteral("merged_into"), keptId}, {QStringLiteral("status"), QStringLiteral("withdrawn")},
            {QStringLiteral("version"), 2}, {QStringLiteral("event"), mergedEvent}},
        kOther, false};
    REQUIRE(failure(remote.applyPage({kept, merged}, QStringLiteral("c2.4.0"))) == QString());

    const auto actions = [&](const QString &id) {
        return scalar(*store.db,
            QStringLiteral(
                "SELECT group_concat(action) FROM (SELECT action FROM dossier_events WHERE dossier_id = '%1' "
                "ORDER BY at, id)")
                .arg(id));
    };
    CHECK(actions(keptId) == QStringLiteral("receive,receive,merge"));
    CHECK(actions(kDossierId) == QStringLiteral("merged_into"));
    CHECK(rowCount(*store.db, QStringLiteral("dossier_merges")) == 1);

    // A later version of the kept dossier still says merged_from: nothing moves again, and a
    // late copy of the merged dossier's receipt is recognized where the merge put it.
    const RemoteRecord later{QStringLiteral("dossier"), keptId, 3,
        QJsonObject{{QStringLiteral("merged_from"), kDossierId}, {QStringLiteral("version"), 3},
            {QStringLiteral("status"), QStringLiteral("in_process")}},
        kOther, false};
    REQUIRE(failure(remote.applyPage({later, eventChange(kReceived)}, QStringLiteral("c2.6.0"))) == QString());
    CHECK(actions(kDossierId) == QStringLiteral("merged_into"));
    CHECK(rowCount(*store.db, QStringLiteral("dossier_events")) == 4);
}

TEST_CASE("A scan announced before the dossier that names it in the same page is still fetched")
{
    Store store;
    RemoteChanges remote(*store.db);
    // Uploaded before its record was pushed: the scan change comes first.
    CHECK(remote.missingAttachments({scanChange(kScan), dossier(kScan)}).value() == QStringList{kScan});
    // Announced for a scan nothing here names: not fetched.
    CHECK(remote.missingAttachments({scanChange(kScan)}).value().isEmpty());
}

#include "store/Outbox.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;

namespace {

OutboxOp makeOp(const QString &entityId, int baseVersion, const QStringList &blobRefs = {})
{
    OutboxOp op;
    op.opId = QUuid::createUuid();
    op.entity = QStringLiteral("dossier");
    op.entityId = entityId;
    op.baseVersion = baseVersion;
    op.fields = QJsonObject{{QStringLiteral("status"), QStringLiteral("in_process")}};
    op.blobRefs = blobRefs;
    return op;
}

} // namespace

TEST_CASE("Appended ops come back in appending order in their wire form")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    Outbox outbox(**db);
    const OutboxOp first = makeOp(QStringLiteral("a"), 0);
    const OutboxOp second = makeOp(QStringLiteral("b"), 3);
    REQUIRE((*db)
                ->write([&]() -> Status {
                    if (auto s = outbox.append(first); !s)
                        return s;
                    return outbox.append(second);
                })
                .ok());

    auto pending = outbox.pending(10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).opId == first.opId);
    CHECK(pending->at(1).opId == second.opId);
    CHECK(pending->at(0).seq < pending->at(1).seq);
    CHECK(pending->at(1).createdAt.isValid());

    const QJsonObject wire = pending->at(1).toJson();
    CHECK(wire.value(QStringLiteral("op_id")).toString() == second.opId.toString(QUuid::WithoutBraces));
    CHECK(wire.value(QStringLiteral("entity")).toString() == QStringLiteral("dossier"));
    CHECK(wire.value(QStringLiteral("id")).toString() == QStringLiteral("b"));
    CHECK(wire.value(QStringLiteral("base_version")).toInt() == 3);
    CHECK(wire.value(QStringLiteral("fields")).toObject() == second.fields);
    CHECK(wire.value(QStringLiteral("blob_refs")).toArray().isEmpty());
    CHECK(outbox.count().value() == 2);
}

TEST_CASE("An op appended in a write that fails disappears with it")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    Outbox outbox(**db);
    auto status = (*db)->write([&]() -> Status {
        if (auto s = outbox.append(makeOp(QStringLiteral("a"), 0)); !s)
            return s;
        return makeError(QStringLiteral("test.fail"), QStringLiteral("the change itself failed"));
    });
    CHECK_FALSE(status.ok());
    CHECK(outbox.count().value() == 0);
}

TEST_CASE("Acknowledged ops leave the outbox and an unknown or repeated ack changes nothing")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    Outbox outbox(**db);
    QList<OutboxOp> ops;
    for (int i = 0; i < 3; ++i) {
        ops.append(makeOp(QStringLiteral("d%1").arg(i), 0));
        REQUIRE(outbox.append(ops.last()).ok());
    }
    REQUIRE(outbox.acknowledge({ops.at(0).opId, ops.at(2).opId}).ok());
    REQUIRE(outbox.acknowledge({ops.at(0).opId, QUuid::createUuid()}).ok());
    auto pending = outbox.pending(10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().opId == ops.at(1).opId);
}

TEST_CASE("Pending ops can be paged after a sequence number")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    Outbox outbox(**db);
    for (int i = 0; i < 5; ++i)
        REQUIRE(outbox.append(makeOp(QStringLiteral("d%1").arg(i), 0)).ok());
    auto firstPage = outbox.pending(2);
    REQUIRE(firstPage.ok());
    REQUIRE(firstPage->size() == 2);
    auto secondPage = outbox.pending(2, firstPage->last().seq);
    REQUIRE(secondPage.ok());
    REQUIRE(secondPage->size() == 2);
    CHECK(secondPage->first().entityId == QStringLiteral("d2"));
    CHECK(outbox.pending(10, secondPage->last().seq)->size() == 1);
}

TEST_CASE("Pending blob bytes count each referenced attachment once")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    Outbox outbox(**db);
    AttachmentStore attachments(**db);
    auto small = attachments.put(QByteArray(100, 'a'), QStringLiteral("a.pdf"));
    auto large = attachments.put(QByteArray(1000, 'b'), QStringLiteral("b.pdf"));
    REQUIRE(small.ok());
    REQUIRE(large.ok());
    CHECK(outbox.pendingBlobBytes().value() == 0);

    const OutboxOp first = makeOp(QStringLiteral("x"), 0, {small->sha256, large->sha256});
    REQUIRE(outbox.append(first).ok());
    REQUIRE(outbox.append(makeOp(QStringLiteral("y"), 0, {small->sha256})).ok());
    CHECK(outbox.pendingBlobBytes().value() == 1100);
    CHECK(outbox.pending(1)->first().blobRefs == QStringList{small->sha256, large->sha256});

    REQUIRE(outbox.acknowledge({first.opId}).ok());
    CHECK(outbox.pendingBlobBytes().value() == 100);
}

TEST_CASE("Malformed ops and a repeated op id are refused")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    Outbox outbox(**db);

    OutboxOp noId = makeOp(QStringLiteral("a"), 0);
    noId.opId = QUuid();
    CHECK(outbox.append(noId).error().code == QStringLiteral("outbox.invalid_op"));

    OutboxOp badRef = makeOp(QStringLiteral("a"), 0, {QStringLiteral("../../etc/passwd")});
    CHECK(outbox.append(badRef).error().code == QStringLiteral("outbox.invalid_op"));

    OutboxOp noEntity = makeOp(QString(), 0);
    CHECK(outbox.append(noEntity).error().code == QStringLiteral("outbox.invalid_op"));

    const OutboxOp op = makeOp(QStringLiteral("a"), 0);
    REQUIRE(outbox.append(op).ok());
    CHECK(outbox.append(op).error().code == QStringLiteral("store.write_failed"));
    CHECK(outbox.count().value() == 1);
}

#include "store/LegacyStatusReplay.h"
#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::testing;

namespace {

// An op's fields without what is unique to each change (ids of the event and the op).
QJsonObject comparable(QJsonObject fields)
{
    QJsonObject event = fields.value(QStringLiteral("event")).toObject();
    event.remove(QStringLiteral("id"));
    fields.insert(QStringLiteral("event"), event);
    return fields;
}

} // namespace

TEST_CASE("Replaying a legacy status writes what the legal moves write, in one dossier update", "[legacy][import]")
{
    TempDir dir;
    auto opened = Database::open(dir.path());
    REQUIRE(opened.ok());
    Database &db = **opened;
    REQUIRE(insertTestCatalog(db));
    WorkCalendar calendar;
    DossierRepository dossiers(db, calendar, QStringLiteral("Văn thư"));
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.004884");
    request.applicantName = QStringLiteral("Trần Văn Đức");
    request.citizenId = QStringLiteral("001085000456");
    request.receivedAt = QDateTime(QDate(2021, 3, 15), QTime(8, 0), VietnamTime::zone());
    const QDateTime doneAt(QDate(2021, 3, 15), QTime(10, 0), VietnamTime::zone());
    const QDateTime returnedAt(QDate(2021, 3, 16), QTime(9, 0), VietnamTime::zone());
    const QString note = QStringLiteral("Nhập từ sổ cũ");

    auto moved = dossiers.receive(request);
    auto replayed = dossiers.receive(request);
    REQUIRE(moved.ok());
    REQUIRE(replayed.ok());
    const QString movedId = moved->id.toString(QUuid::WithoutBraces);
    const QString replayedId = replayed->id.toString(QUuid::WithoutBraces);
    REQUIRE(dossiers.move(movedId, DossierStatus::InProcess, note, request.receivedAt).ok());
    REQUIRE(dossiers.move(movedId, DossierStatus::Done, note, doneAt).ok());
    REQUIRE(dossiers.move(movedId, DossierStatus::Returned, note, returnedAt).ok());
    LegacyStatusReplay replay(db, QStringLiteral("Văn thư"));
    REQUIRE(db.write([&] { return replay.replay(*replayed, DossierStatus::Returned, doneAt, returnedAt, note); }).ok());

    const QString row = QStringLiteral("SELECT status || done_at || returned_at || version || updated_at FROM dossiers "
                                       "WHERE id = '%1'");
    CHECK(scalar(db, row.arg(replayedId)) == scalar(db, row.arg(movedId)));
    auto ops = Outbox(db).pending(-1);
    REQUIRE(ops.ok());
    QList<QJsonObject> byMove;
    QList<QJsonObject> byReplay;
    for (const OutboxOp &op : *ops) {
        if (op.baseVersion == 0)
            continue;
        (op.entityId == movedId ? byMove : byReplay).append(comparable(op.fields));
        CHECK(scalar(db,
                  QStringLiteral("SELECT count(*) FROM dossier_events WHERE op_id = '%1'")
                      .arg(op.opId.toString(QUuid::WithoutBraces)))
            == QStringLiteral("1"));
    }
    REQUIRE(byMove.size() == 3);
    for (QJsonObject &fields : byReplay) {
        QJsonObject event = fields.value(QStringLiteral("event")).toObject();
        event.insert(QStringLiteral("dossier_id"), movedId);
        fields.insert(QStringLiteral("event"), event);
    }
    for (QJsonObject &fields : byMove) {
        QJsonObject event = fields.value(QStringLiteral("event")).toObject();
        event.insert(QStringLiteral("dossier_id"), movedId);
        fields.insert(QStringLiteral("event"), event);
    }
    CHECK(byReplay == byMove);

    // A date of the file before the receipt breaks the workflow: refused like a move would be.
    auto third = dossiers.receive(request);
    REQUIRE(third.ok());
    auto refused = db.write(
        [&] { return replay.replay(*third, DossierStatus::Done, request.receivedAt.addDays(-1), {}, note); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code.startsWith(QStringLiteral("lifecycle.")));
}

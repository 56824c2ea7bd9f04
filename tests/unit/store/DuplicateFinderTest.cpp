#include "store/DuplicateFinder.h"
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

struct Desk
{
    TempDir dir;
    std::unique_ptr<Database> db;
    WorkCalendar calendar;
    std::unique_ptr<DossierRepository> dossiers;

    Desk()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(insertTestCatalog(*db));
        dossiers = std::make_unique<DossierRepository>(*db, calendar, QStringLiteral("Cán bộ A"));
    }

    Dossier receive(
        const QString &name, const QString &citizenId, int day, const QString &procedure = QStringLiteral("1.004873"))
    {
        ReceiveRequest request;
        request.procedureCode = procedure;
        request.applicantName = name;
        request.citizenId = citizenId;
        request.receivedAt = QDateTime(QDate(2026, 3, 1).addDays(day), QTime(9, 0), VietnamTime::zone());
        auto received = dossiers->receive(request);
        REQUIRE(failure(received) == QString());
        return *received;
    }

    QString sql(const QString &query) const { return scalar(*db, query); }
};

QString idOf(const Dossier &dossier)
{
    return dossier.id.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("Bounded Levenshtein distance stops past the threshold")
{
    CHECK(DuplicateFinder::boundedDistance(u"nguyen van an", u"nguyen van an", 2) == 0);
    CHECK(DuplicateFinder::boundedDistance(u"nguyen van an", u"nguyen van anh", 2) == 1);
    CHECK(DuplicateFinder::boundedDistance(u"nguyen van an", u"nguyen vn ann", 2) == 2);
    CHECK(DuplicateFinder::boundedDistance(u"nguyen van an", u"tran thi binh", 2) == 3);
    CHECK(DuplicateFinder::boundedDistance(u"kitten", u"sitting", 3) == 3);
    CHECK(DuplicateFinder::boundedDistance(u"", u"ab", 2) == 2);
}

TEST_CASE("Same citizen ID and procedure within the window is a duplicate, outside it or another procedure is not")
{
    Desk desk;
    const Dossier a = desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 0);
    const Dossier b = desk.receive(QStringLiteral("Lê Thị Hoa"), QStringLiteral("001190012345"), 10);
    desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 80); // outside 30 days of b
    desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 1, QStringLiteral("1.004884"));

    DuplicateFinder finder(*desk.db, QStringLiteral("Văn thư C"));
    auto pairs = finder.find(DuplicateOptions{30, 2});
    REQUIRE(failure(pairs) == QString());
    REQUIRE(pairs->size() == 1);
    CHECK(pairs->first().first.code == a.code);
    CHECK(pairs->first().second.code == b.code);
    CHECK(pairs->first().sameCitizenId);
    CHECK(pairs->first().nameDistance == -1);
    CHECK(pairs->first().daysApart == 10);

    auto wider = finder.find(DuplicateOptions{90, 2});
    REQUIRE(wider.ok());
    CHECK(wider->size() == 3);
}

TEST_CASE("Near-equal folded names of the same procedure within the window are duplicates")
{
    Desk desk;
    const Dossier a = desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 0);
    const Dossier b = desk.receive(QStringLiteral("NGUYEN VAN ANH"), QStringLiteral("001190054321"), 3);
    desk.receive(QStringLiteral("Trần Thị Bình"), QStringLiteral("001190099999"), 2);

    auto pairs = DuplicateFinder(*desk.db, QStringLiteral("Văn thư C")).find();
    REQUIRE(failure(pairs) == QString());
    REQUIRE(pairs->size() == 1);
    CHECK(pairs->first().first.id == idOf(a));
    CHECK(pairs->first().second.id == idOf(b));
    CHECK_FALSE(pairs->first().sameCitizenId);
    CHECK(pairs->first().nameDistance == 1);

    auto strict = DuplicateFinder(*desk.db, QStringLiteral("Văn thư C")).find(DuplicateOptions{30, 0});
    REQUIRE(strict.ok());
    CHECK(strict->isEmpty());
}

TEST_CASE("A register full of look-alike names gives at most maxPairs pairs, same citizen IDs first")
{
    Desk desk;
    for (int i = 0; i < 12; ++i) {
        desk.receive(
            QStringLiteral("Nguyễn Văn %1").arg(QChar(u'A' + i)), QStringLiteral("0011900123%1").arg(10 + i), i % 3);
    }
    const Dossier twin = desk.receive(QStringLiteral("Lê Thị Hoa"), QStringLiteral("001190099999"), 0);
    const Dossier twin2 = desk.receive(QStringLiteral("Phạm Minh Tuấn"), QStringLiteral("001190099999"), 1);
    DuplicateFinder finder(*desk.db, QStringLiteral("Văn thư C"));
    auto all = finder.find(DuplicateOptions{30, 2, 1000});
    REQUIRE(all.ok());
    CHECK(all->size() == 12 * 11 / 2 + 1);

    auto cut = finder.find(DuplicateOptions{30, 2, 5});
    REQUIRE(failure(cut) == QString());
    REQUIRE(cut->size() == 5);
    CHECK(std::count_if(cut->begin(), cut->end(), [&](const DuplicatePair &pair) {
        return pair.sameCitizenId && pair.second.id == idOf(twin2) && pair.first.id == idOf(twin);
    }) == 1);
    CHECK(finder.find(DuplicateOptions{30, 2, 0}).error().code == QStringLiteral("duplicate.invalid_options"));
}

TEST_CASE("Merging moves the history, withdraws the other dossier through an op and hides the pair")
{
    Desk desk;
    const Dossier keep = desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 0);
    const Dossier other = desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 1);
    REQUIRE(desk.dossiers->move(idOf(other), DossierStatus::InProcess, {}).ok());
    const qint64 opsBefore = rowCount(*desk.db, QStringLiteral("outbox"));

    DuplicateFinder finder(*desk.db, QStringLiteral("Văn thư C"));
    auto merged = finder.merge(keep.code, other.code, QStringLiteral("nộp hai lần"));
    REQUIRE(failure(merged) == QString());
    CHECK(merged->eventsMoved == 2);

    CHECK(desk.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(idOf(other)))
        == QStringLiteral("withdrawn"));
    // keep: its receipt, the two moved events and the merge event.
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossier_events WHERE dossier_id = '%1'").arg(idOf(keep)))
        == QStringLiteral("4"));
    CHECK(desk.sql(QStringLiteral("SELECT action FROM dossier_events WHERE dossier_id = '%1'").arg(idOf(other)))
        == QStringLiteral("merged_into"));
    // Two ops, one per dossier, each paired with its event.
    CHECK(rowCount(*desk.db, QStringLiteral("outbox")) == opsBefore + 2);
    CHECK(desk.sql(QStringLiteral("SELECT json_extract(fields, '$.merged_into') || ' ' || base_version FROM outbox "
                                  "WHERE entity_id = '%1' ORDER BY seq DESC LIMIT 1")
                       .arg(idOf(other)))
        == idOf(keep) + QStringLiteral(" 2"));
    CHECK(desk.sql(QStringLiteral("SELECT json_extract(fields, '$.status') FROM outbox WHERE entity_id = '%1' "
                                  "ORDER BY seq DESC LIMIT 1")
                       .arg(idOf(other)))
        == QStringLiteral("withdrawn"));
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossier_events e JOIN outbox o ON o.op_id = e.op_id"))
        == QString::number(rowCount(*desk.db, QStringLiteral("outbox"))));
    CHECK(finder.find()->isEmpty());

    auto again = finder.merge(keep.code, other.code);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("duplicate.already_merged"));
}

TEST_CASE("Dismissing records the pair once, with an event on each dossier, and it is not shown again")
{
    Desk desk;
    const Dossier a = desk.receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("001190012345"), 0);
    const Dossier b = desk.receive(QStringLiteral("Nguyễn Văn Anh"), QStringLiteral("001190054321"), 2);
    DuplicateFinder finder(*desk.db, QStringLiteral("Văn thư C"));
    REQUIRE(finder.find()->size() == 1);

    REQUIRE(finder.dismiss(b.code, a.code, QStringLiteral("hai người khác nhau")).ok());
    CHECK(finder.find()->isEmpty());
    CHECK(rowCount(*desk.db, QStringLiteral("duplicate_dismissals")) == 1);
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossier_events WHERE action = 'duplicate_dismissed'"))
        == QStringLiteral("2"));
    CHECK(desk.sql(QStringLiteral("SELECT note FROM dossier_events WHERE action = 'duplicate_dismissed' AND "
                                  "dossier_id = '%1'")
                       .arg(idOf(a)))
        == QStringLiteral("Not a duplicate of dossier %1: hai người khác nhau").arg(b.code));

    const auto before = storeCounts(*desk.db);
    auto again = finder.dismiss(a.code, b.code);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("duplicate.already_dismissed"));
    CHECK(storeCounts(*desk.db) == before);

    auto same = finder.dismiss(a.code, idOf(a));
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == QStringLiteral("duplicate.same_dossier"));
    auto missing = finder.merge(a.code, QStringLiteral("nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("dossier.not_found"));
}

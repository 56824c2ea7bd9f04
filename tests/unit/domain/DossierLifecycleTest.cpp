#include "domain/DossierLifecycle.h"
#include "domain/VietnamTime.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

QDateTime vn(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), VietnamTime::zone());
}

Dossier dossierIn(DossierStatus status)
{
    Dossier dossier;
    dossier.code = QStringLiteral("12345-261123-K7Q2-0001");
    dossier.status = status;
    dossier.receivedAt = vn(2026, 11, 23, 9, 0);
    return dossier;
}

const QString kReason = QStringLiteral("Thiếu tờ khai");

} // namespace

TEST_CASE("The transition table allows exactly the legal moves")
{
    using S = DossierStatus;
    const QHash<S, QList<S>> expected = {
        {S::Received, {S::InProcess, S::SupplementRequested, S::Refused, S::Withdrawn}},
        {S::InProcess, {S::SupplementRequested, S::FinancialObligation, S::Done, S::Refused, S::Withdrawn, S::Stopped}},
        {S::SupplementRequested, {S::InProcess, S::Refused, S::Withdrawn, S::Stopped}},
        {S::FinancialObligation, {S::InProcess, S::Done, S::Withdrawn, S::Stopped}},
        {S::Done, {S::Returned}},
        {S::Returned, {}},
        {S::Refused, {}},
        {S::Withdrawn, {}},
        {S::Stopped, {}},
    };
    for (S from : allStatuses()) {
        for (S to : allStatuses()) {
            INFO(statusKey(from) << " -> " << statusKey(to));
            CHECK(DossierLifecycle::isAllowed(from, to) == expected.value(from).contains(to));
        }
        CHECK(DossierLifecycle::allowedMoves(from).size() == expected.value(from).size());
    }
}

TEST_CASE("Terminal statuses offer no move and refuse every move with lifecycle.terminal")
{
    for (DossierStatus from : allStatuses()) {
        if (!isTerminal(from))
            continue;
        CHECK(DossierLifecycle::allowedMoves(from).isEmpty());
        auto status
            = DossierLifecycle::check(dossierIn(from), DossierStatus::InProcess, kReason, vn(2026, 11, 24, 9, 0), {});
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == QStringLiteral("lifecycle.terminal"));
        CHECK(status.error().message.contains(statusLabel(from)));
        CHECK(status.error().message.contains(statusLabel(DossierStatus::InProcess)));
    }
}

TEST_CASE("A move the table does not have is refused as illegal, naming both statuses")
{
    auto status = DossierLifecycle::check(
        dossierIn(DossierStatus::Received), DossierStatus::Done, {}, vn(2026, 11, 24, 9, 0), {});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("lifecycle.illegal_move"));
    CHECK(status.error().message.contains(statusLabel(DossierStatus::Received)));
    CHECK(status.error().message.contains(statusLabel(DossierStatus::Done)));
}

TEST_CASE("Moving to the status the dossier already has is refused")
{
    auto status = DossierLifecycle::check(
        dossierIn(DossierStatus::InProcess), DossierStatus::InProcess, {}, vn(2026, 11, 24, 9, 0), {});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("lifecycle.same_status"));
}

TEST_CASE("Refusing, requesting a supplement and stopping need a reason")
{
    const QDateTime at = vn(2026, 11, 24, 9, 0);
    for (DossierStatus to : {DossierStatus::Refused, DossierStatus::SupplementRequested, DossierStatus::Stopped}) {
        INFO(statusKey(to));
        auto without = DossierLifecycle::check(dossierIn(DossierStatus::InProcess), to, QStringLiteral("   "), at, {});
        REQUIRE_FALSE(without.ok());
        CHECK(without.error().code == QStringLiteral("lifecycle.note_required"));
        CHECK(without.error().message.contains(statusLabel(to)));
        CHECK(DossierLifecycle::check(dossierIn(DossierStatus::InProcess), to, kReason, at, {}).ok());
    }
    CHECK(DossierLifecycle::check(dossierIn(DossierStatus::InProcess), DossierStatus::Done, {}, at, {}).ok());
    CHECK(DossierLifecycle::check(dossierIn(DossierStatus::Received), DossierStatus::Withdrawn, {}, at, {}).ok());
}

TEST_CASE("A move dated before the receipt or before the last event is refused")
{
    const Dossier dossier = dossierIn(DossierStatus::InProcess);
    auto beforeReceipt = DossierLifecycle::check(dossier, DossierStatus::Done, {}, vn(2026, 11, 23, 8, 59), {});
    REQUIRE_FALSE(beforeReceipt.ok());
    CHECK(beforeReceipt.error().code == QStringLiteral("lifecycle.before_receipt"));

    const QDateTime lastEvent = vn(2026, 11, 25, 10, 0);
    auto beforeLast = DossierLifecycle::check(dossier, DossierStatus::Done, {}, vn(2026, 11, 25, 9, 59), lastEvent);
    REQUIRE_FALSE(beforeLast.ok());
    CHECK(beforeLast.error().code == QStringLiteral("lifecycle.before_last_event"));

    // Same second as the last event is fine: the store keeps seconds only.
    CHECK(DossierLifecycle::check(dossier, DossierStatus::Done, {}, lastEvent.addMSecs(400), lastEvent).ok());

    auto invalid = DossierLifecycle::check(dossier, DossierStatus::Done, {}, QDateTime(), lastEvent);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == QStringLiteral("lifecycle.invalid_time"));
}

TEST_CASE("A move dated in another time zone is compared as the same instant")
{
    const Dossier dossier = dossierIn(DossierStatus::InProcess); // 09:00 +07:00 = 02:00 UTC
    const QDateTime utcAfter(QDate(2026, 11, 23), QTime(2, 30), QTimeZone::utc());
    CHECK(DossierLifecycle::check(dossier, DossierStatus::Done, {}, utcAfter, {}).ok());
    const QDateTime utcBefore(QDate(2026, 11, 23), QTime(1, 30), QTimeZone::utc());
    CHECK(DossierLifecycle::check(dossier, DossierStatus::Done, {}, utcBefore, {}).error().code
        == QStringLiteral("lifecycle.before_receipt"));
}

TEST_CASE("Reachable statuses go forward through lawful moves, never out of a closed dossier")
{
    using S = DossierStatus;
    CHECK(DossierLifecycle::isReachable(S::Received, S::Received));
    CHECK(DossierLifecycle::isReachable(S::Received, S::Done));
    CHECK(DossierLifecycle::isReachable(S::Received, S::Returned));
    CHECK(DossierLifecycle::isReachable(S::SupplementRequested, S::Done));
    CHECK_FALSE(DossierLifecycle::isReachable(S::InProcess, S::Received));
    CHECK_FALSE(DossierLifecycle::isReachable(S::Done, S::InProcess));
    CHECK_FALSE(DossierLifecycle::isReachable(S::Done, S::Withdrawn));
    for (S closed : {S::Returned, S::Refused, S::Withdrawn, S::Stopped}) {
        for (S to : allStatuses()) {
            if (to != closed)
                CHECK_FALSE(DossierLifecycle::isReachable(closed, to));
        }
    }
}

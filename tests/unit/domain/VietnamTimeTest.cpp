#include "domain/VietnamTime.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("An ISO date without offset is read as Vietnam time")
{
    const auto parsed = VietnamTime::parseIso(QStringLiteral("2026-11-23T16:05"));
    REQUIRE(parsed.has_value());
    CHECK(VietnamTime::toIso(*parsed) == QStringLiteral("2026-11-23T16:05:00+07:00"));
}

TEST_CASE("An ISO instant in UTC keeps its instant and gets the Vietnam legal date")
{
    const auto parsed = VietnamTime::parseIso(QStringLiteral("2026-11-23T20:00:00Z"));
    REQUIRE(parsed.has_value());
    CHECK(VietnamTime::legalDate(*parsed) == QDate(2026, 11, 24));
}

TEST_CASE("Malformed ISO text is refused")
{
    CHECK_FALSE(VietnamTime::parseIso(QStringLiteral("2026-02-30")).has_value());
    CHECK_FALSE(VietnamTime::parseIso(QStringLiteral("23/11/2026")).has_value());
    CHECK_FALSE(VietnamTime::parseIso(QStringLiteral("2026-11-23T25:00")).has_value());
}

#include "domain/DossierCode.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

DossierCode sample(int sequence)
{
    DossierCode code;
    code.agency = QStringLiteral("12345");
    code.day = QDate(2026, 11, 23);
    code.deviceTag = QStringLiteral("K7Q2");
    code.sequence = sequence;
    return code;
}

} // namespace

TEST_CASE("A dossier code is agency, date, device tag and a four-digit sequence", "[dossiercode]")
{
    CHECK(sample(42).toString() == QStringLiteral("12345-261123-K7Q2-0042"));
    CHECK(sample(1).toString() == QStringLiteral("12345-261123-K7Q2-0001"));
    CHECK(sample(9999).toString() == QStringLiteral("12345-261123-K7Q2-9999"));
}

TEST_CASE("A sequence past 9999 takes more digits", "[dossiercode]")
{
    CHECK(sample(10000).toString() == QStringLiteral("12345-261123-K7Q2-10000"));
    const auto parsed = DossierCode::parse(QStringLiteral("12345-261123-K7Q2-123456"));
    REQUIRE(parsed.has_value());
    CHECK(parsed->sequence == 123456);
}

TEST_CASE("A dossier code parses back into its parts", "[dossiercode]")
{
    const auto parsed = DossierCode::parse(QStringLiteral("000.A0.01.H26-210212-ABCD-9090"));
    REQUIRE(parsed.has_value());
    CHECK(parsed->agency == QStringLiteral("000.A0.01.H26"));
    CHECK(parsed->day == QDate(2021, 2, 12));
    CHECK(parsed->deviceTag == QStringLiteral("ABCD"));
    CHECK(parsed->sequence == 9090);
    CHECK(parsed->toString() == QStringLiteral("000.A0.01.H26-210212-ABCD-9090"));

    for (int sequence : {1, 42, 9999, 10000, 99999999}) {
        const auto again = DossierCode::parse(sample(sequence).toString());
        REQUIRE(again.has_value());
        CHECK(again->toString() == sample(sequence).toString());
        CHECK(again->day == sample(sequence).day);
    }
}

TEST_CASE("A dossier code with an impossible date is refused", "[dossiercode]")
{
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261323-K7Q2-0042")).has_value()); // month 13
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-250229-K7Q2-0042")).has_value()); // 2025 not leap
    CHECK(DossierCode::parse(QStringLiteral("12345-240229-K7Q2-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-2611230-K7Q2-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-26112a-K7Q2-0042")).has_value());
}

TEST_CASE("A device tag outside Crockford base32 is refused", "[dossiercode]")
{
    for (const char *tag : {"K7QI", "L7Q2", "K7O2", "U7Q2", "k7q2", "K7Q", "K7Q22", "K7Q!"}) {
        INFO(tag);
        CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-%1-0042").arg(QLatin1String(tag))).has_value());
    }
    CHECK(DossierCode::parse(QStringLiteral("12345-261123-0Z9Y-0042")).has_value());
}

TEST_CASE("A sequence of zero or in a non-canonical spelling is refused", "[dossiercode]")
{
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-K7Q2-0000")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-K7Q2-042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-K7Q2-00042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-K7Q2-+042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-K7Q2-")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-K7Q2-1234567890")).has_value());
}

TEST_CASE("A dossier code with a bad agency or shape is refused", "[dossiercode]")
{
    CHECK_FALSE(DossierCode::parse(QString()).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("-261123-K7Q2-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12 345-261123-K7Q2-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("Xã_A-261123-K7Q2-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12-345-261123-K7Q2-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12345-261123-0042")).has_value());
    CHECK_FALSE(DossierCode::parse(QStringLiteral(" 12345-261123-K7Q2-0042")).has_value());
}

#include "domain/CitizenId.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("A citizen ID gives province, gender and birth year", "[citizenid]")
{
    const auto parsed = CitizenId::parse(QStringLiteral("001089012345"), 2025);
    REQUIRE(parsed.ok());
    CHECK(parsed->number == QStringLiteral("001089012345"));
    CHECK(parsed->provinceCode == QStringLiteral("001"));
    CHECK(parsed->provinceName == QStringLiteral("Hà Nội"));
    CHECK(parsed->gender == CitizenIdInfo::Gender::Male);
    CHECK(parsed->century == 1900);
    CHECK(parsed->birthYear == 1989);
}

TEST_CASE("The fourth digit gives gender and century", "[citizenid]")
{
    struct Case
    {
        char digit;
        CitizenIdInfo::Gender gender;
        int century;
    };
    const Case cases[] = {
        {'0', CitizenIdInfo::Gender::Male, 1900},
        {'1', CitizenIdInfo::Gender::Female, 1900},
        {'2', CitizenIdInfo::Gender::Male, 2000},
        {'3', CitizenIdInfo::Gender::Female, 2000},
        {'4', CitizenIdInfo::Gender::Male, 2100},
        {'5', CitizenIdInfo::Gender::Female, 2100},
        {'6', CitizenIdInfo::Gender::Male, 2200},
        {'7', CitizenIdInfo::Gender::Female, 2200},
        {'8', CitizenIdInfo::Gender::Male, 2300},
        {'9', CitizenIdInfo::Gender::Female, 2300},
    };
    for (const Case &c : cases) {
        const QString number = QStringLiteral("079") + QLatin1Char(c.digit) + QStringLiteral("05123456");
        const auto parsed = CitizenId::parse(number, 9999);
        INFO(number.toStdString());
        REQUIRE(parsed.ok());
        CHECK(parsed->gender == c.gender);
        CHECK(parsed->century == c.century);
        CHECK(parsed->birthYear == c.century + 5);
    }
}

TEST_CASE("Spaces, dots and dashes between digit groups are ignored", "[citizenid]")
{
    for (const QString &typed :
        {QStringLiteral("038 195 001 234"), QStringLiteral("038.195.001.234"), QStringLiteral("038-195-001234"),
            QStringLiteral("  038195001234 "), QStringLiteral("０３８１９５００１２３４")}) {
        const auto parsed = CitizenId::parse(typed, 2025);
        INFO(typed.toStdString());
        REQUIRE(parsed.ok());
        CHECK(parsed->number == QStringLiteral("038195001234"));
        CHECK(parsed->provinceName == QStringLiteral("Thanh Hóa"));
        CHECK(parsed->gender == CitizenIdInfo::Gender::Female);
        CHECK(parsed->birthYear == 1995);
    }
}

TEST_CASE("An empty citizen ID is refused", "[citizenid]")
{
    for (const QString &text : {QString(), QStringLiteral("   ")}) {
        const auto parsed = CitizenId::parse(text, 2025);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == QStringLiteral("citizen_id.empty"));
    }
}

TEST_CASE("A citizen ID with letters or other signs is refused and the character is named", "[citizenid]")
{
    const auto withO = CitizenId::parse(QStringLiteral("0O1089012345"), 2025);
    REQUIRE_FALSE(withO.ok());
    CHECK(withO.error().code == QStringLiteral("citizen_id.not_digits"));
    CHECK(withO.error().message.contains(QStringLiteral("contains the letter 'O'")));
    CHECK(withO.error().message.contains(QStringLiteral("position 2")));

    const auto withX = CitizenId::parse(QStringLiteral("00108901234X"), 2025);
    REQUIRE_FALSE(withX.ok());
    CHECK(withX.error().code == QStringLiteral("citizen_id.not_digits"));
    CHECK(withX.error().message.contains(QStringLiteral("'X'")));

    const auto withSlash = CitizenId::parse(QStringLiteral("001/089012345"), 2025);
    REQUIRE_FALSE(withSlash.ok());
    CHECK(withSlash.error().code == QStringLiteral("citizen_id.not_digits"));
    CHECK(withSlash.error().message.contains(QStringLiteral("'/'")));
}

TEST_CASE("A separator before the first or after the last digit is refused", "[citizenid]")
{
    CHECK(CitizenId::parse(QStringLiteral("-001089012345"), 2025).error().code
        == QStringLiteral("citizen_id.not_digits"));
    CHECK(CitizenId::parse(QStringLiteral("001089012345."), 2025).error().code
        == QStringLiteral("citizen_id.not_digits"));
}

TEST_CASE("A citizen ID of the wrong length says how many digits it has", "[citizenid]")
{
    const auto eleven = CitizenId::parse(QStringLiteral("00108901234"), 2025);
    REQUIRE_FALSE(eleven.ok());
    CHECK(eleven.error().code == QStringLiteral("citizen_id.length"));
    CHECK(eleven.error().message.contains(QStringLiteral("has 11 digits; a citizen ID has 12")));

    const auto thirteen = CitizenId::parse(QStringLiteral("0010890123456"), 2025);
    REQUIRE_FALSE(thirteen.ok());
    CHECK(thirteen.error().message.contains(QStringLiteral("has 13 digits")));

    const auto oldCard = CitizenId::parse(QStringLiteral("123 456 789"), 2025);
    REQUIRE_FALSE(oldCard.ok());
    CHECK(oldCard.error().code == QStringLiteral("citizen_id.length"));
    CHECK(oldCard.error().message.contains(QStringLiteral("CMND")));
}

TEST_CASE("A citizen ID with an unknown province code is refused", "[citizenid]")
{
    for (const QString &code : {QStringLiteral("003"), QStringLiteral("000"), QStringLiteral("097"),
             QStringLiteral("063"), QStringLiteral("999")}) {
        const auto parsed = CitizenId::parse(code + QStringLiteral("089012345"), 2025);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == QStringLiteral("citizen_id.unknown_province"));
        CHECK(parsed.error().message.contains(QStringLiteral("province code %1 does not exist").arg(code)));
    }
}

TEST_CASE("A birth year after the current year is refused", "[citizenid]")
{
    const auto future = CitizenId::parse(QStringLiteral("001231012345"), 2025);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == QStringLiteral("citizen_id.future_birth_year"));
    CHECK(future.error().message.contains(QStringLiteral("2031")));

    CHECK(CitizenId::parse(QStringLiteral("001225012345"), 2025).ok());
    CHECK(CitizenId::parse(QStringLiteral("001425012345"), 2025).error().code
        == QStringLiteral("citizen_id.future_birth_year"));
}

TEST_CASE("All 63 old province codes are known with their Vietnamese names", "[citizenid]")
{
    const char *codes[] = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
        "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044",
        "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
        "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094",
        "095", "096"};
    int known = 0;
    for (const char *code : codes) {
        const QString name = CitizenId::provinceName(QLatin1String(code));
        INFO(code);
        CHECK_FALSE(name.isEmpty());
        CHECK(name == name.normalized(QString::NormalizationForm_C));
        known += name.isEmpty() ? 0 : 1;
    }
    CHECK(known == 63);
    int unknown = 0;
    for (int i = 0; i < 1000; ++i) {
        if (CitizenId::provinceName(QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'))).isEmpty())
            ++unknown;
    }
    CHECK(unknown == 1000 - 63);
    CHECK(CitizenId::provinceName(QStringLiteral("046")) == QStringLiteral("Thừa Thiên Huế"));
    CHECK(CitizenId::provinceName(QStringLiteral("066")) == QStringLiteral("Đắk Lắk"));
    CHECK(CitizenId::provinceName(QStringLiteral("096")) == QStringLiteral("Cà Mau"));
    CHECK(CitizenId::provinceName(QStringLiteral("01")).isEmpty());
}

TEST_CASE("Gender has a stable key and a translated label", "[citizenid]")
{
    CHECK(CitizenId::genderKey(CitizenIdInfo::Gender::Male) == QStringLiteral("male"));
    CHECK(CitizenId::genderKey(CitizenIdInfo::Gender::Female) == QStringLiteral("female"));
    CHECK(CitizenId::genderLabel(CitizenIdInfo::Gender::Male) == QStringLiteral("Male"));
    CHECK(CitizenId::genderLabel(CitizenIdInfo::Gender::Female) == QStringLiteral("Female"));
}

#include "CitizenId.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace motcua {

namespace {

struct ProvinceCode
{
    const char *code;
    const char *name; // UTF-8
};

// The old 63-province codes used in every citizen ID issued so far (DOMAIN.md "Citizen ID").
// The 2025 merger of provinces does not renumber issued IDs, so this table stays as it is.
constexpr std::array<ProvinceCode, 63> Provinces = {{
    {"001", "Hà Nội"},
    {"002", "Hà Giang"},
    {"004", "Cao Bằng"},
    {"006", "Bắc Kạn"},
    {"008", "Tuyên Quang"},
    {"010", "Lào Cai"},
    {"011", "Điện Biên"},
    {"012", "Lai Châu"},
    {"014", "Sơn La"},
    {"015", "Yên Bái"},
    {"017", "Hòa Bình"},
    {"019", "Thái Nguyên"},
    {"020", "Lạng Sơn"},
    {"022", "Quảng Ninh"},
    {"024", "Bắc Giang"},
    {"025", "Phú Thọ"},
    {"026", "Vĩnh Phúc"},
    {"027", "Bắc Ninh"},
    {"030", "Hải Dương"},
    {"031", "Hải Phòng"},
    {"033", "Hưng Yên"},
    {"034", "Thái Bình"},
    {"035", "Hà Nam"},
    {"036", "Nam Định"},
    {"037", "Ninh Bình"},
    {"038", "Thanh Hóa"},
    {"040", "Nghệ An"},
    {"042", "Hà Tĩnh"},
    {"044", "Quảng Bình"},
    {"045", "Quảng Trị"},
    {"046", "Thừa Thiên Huế"},
    {"048", "Đà Nẵng"},
    {"049", "Quảng Nam"},
    {"051", "Quảng Ngãi"},
    {"052", "Bình Định"},
    {"054", "Phú Yên"},
    {"056", "Khánh Hòa"},
    {"058", "Ninh Thuận"},
    {"060", "Bình Thuận"},
    {"062", "Kon Tum"},
    {"064", "Gia Lai"},
    {"066", "Đắk Lắk"},
    {"067", "Đắk Nông"},
    {"068", "Lâm Đồng"},
    {"070", "Bình Phước"},
    {"072", "Tây Ninh"},
    {"074", "Bình Dương"},
    {"075", "Đồng Nai"},
    {"077", "Bà Rịa – Vũng Tàu"},
    {"079", "TP. Hồ Chí Minh"},
    {"080", "Long An"},
    {"082", "Tiền Giang"},
    {"083", "Bến Tre"},
    {"084", "Trà Vinh"},
    {"086", "Vĩnh Long"},
    {"087", "Đồng Tháp"},
    {"089", "An Giang"},
    {"091", "Kiên Giang"},
    {"092", "Cần Thơ"},
    {"093", "Hậu Giang"},
    {"094", "Sóc Trăng"},
    {"095", "Bạc Liêu"},
    {"096", "Cà Mau"},
}};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

// A digit as typed, including the full-width digits some Vietnamese input methods produce.
int digitValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
        return c.unicode() - 0xFF10;
    return -1;
}

Error notDigit(QChar c, qsizetype position)
{
    const QString shown = QString(c);
    if (c == QLatin1Char('O') || c == QLatin1Char('o'))
        return makeError(QStringLiteral("citizen_id.not_digits"),
            QCoreApplication::translate("motcua::CitizenId",
                "The citizen ID contains the letter '%1' at position %2; did you mean the digit 0?")
                .arg(shown)
                .arg(position));
    if (c == QLatin1Char('I') || c == QLatin1Char('l'))
        return makeError(QStringLiteral("citizen_id.not_digits"),
            QCoreApplication::translate("motcua::CitizenId",
                "The citizen ID contains the letter '%1' at position %2; did you mean the digit 1?")
                .arg(shown)
                .arg(position));
    if (c.isLetter())
        return makeError(QStringLiteral("citizen_id.not_digits"),
            QCoreApplication::translate("motcua::CitizenId",
                "The citizen ID contains the letter '%1' at position %2; a citizen ID has only digits.")
                .arg(shown)
                .arg(position));
    return makeError(QStringLiteral("citizen_id.not_digits"),
        QCoreApplication::translate("motcua::CitizenId",
            "The citizen ID contains '%1' at position %2; a citizen ID has only digits "
            "(spaces, dots and dashes between groups are allowed).")
            .arg(shown)
            .arg(position));
}

} // namespace

namespace CitizenId {

Result<CitizenIdInfo> parse(const QString &text, int currentYear)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("citizen_id.empty"),
            QCoreApplication::translate("motcua::CitizenId", "The citizen ID is empty."));

    QString digits;
    digits.reserve(12);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        const int value = digitValue(c);
        if (value >= 0) {
            digits.append(QChar(u'0' + value));
            continue;
        }
        // Separators only count between digits: "-001…" or "…123." is a typing slip, not a group.
        const bool between = i > 0 && i + 1 < trimmed.size() && !digits.isEmpty();
        if (isSeparator(c) && between)
            continue;
        return notDigit(c, i + 1);
    }

    if (digits.size() != 12) {
        if (digits.size() == 9)
            return makeError(QStringLiteral("citizen_id.length"),
                QCoreApplication::translate("motcua::CitizenId",
                    "The number has 9 digits: that is an old identity card (CMND) number; "
                    "a citizen ID has 12."));
        return makeError(QStringLiteral("citizen_id.length"),
            QCoreApplication::translate("motcua::CitizenId", "The number has %1 digits; a citizen ID has 12.")
                .arg(digits.size()));
    }

    CitizenIdInfo info;
    info.number = digits;
    info.provinceCode = digits.left(3);
    info.provinceName = provinceName(info.provinceCode);
    if (info.provinceName.isEmpty())
        return makeError(QStringLiteral("citizen_id.unknown_province"),
            QCoreApplication::translate("motcua::CitizenId",
                "The province code %1 does not exist (the first three digits are the province "
                "of birth registration).")
                .arg(info.provinceCode));

    const int centuryDigit = digits.at(3).unicode() - '0';
    info.gender = centuryDigit % 2 == 0 ? CitizenIdInfo::Gender::Male : CitizenIdInfo::Gender::Female;
    info.century = 1900 + (centuryDigit / 2) * 100;
    info.birthYear = info.century + digits.mid(4, 2).toInt();
    if (info.birthYear > currentYear)
        return makeError(QStringLiteral("citizen_id.future_birth_year"),
            QCoreApplication::translate(
                "motcua::CitizenId", "The citizen ID gives the birth year %1, which is after %2.")
                .arg(info.birthYear)
                .arg(currentYear));
    return info;
}

QString genderKey(CitizenIdInfo::Gender gender)
{
    return gender == CitizenIdInfo::Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

QString genderLabel(CitizenIdInfo::Gender gender)
{
    return gender == CitizenIdInfo::Gender::Male ? QCoreApplication::translate("motcua::CitizenId", "Male")
                                                 : QCoreApplication::translate("motcua::CitizenId", "Female");
}

QString provinceName(const QString &code)
{
    const QByteArray latin = code.toLatin1();
    const auto found = std::find_if(
        Provinces.begin(), Provinces.end(), [&](const ProvinceCode &entry) { return latin == entry.code; });
    if (found == Provinces.end() || code.size() != 3)
        return {};
    return QString::fromUtf8(found->name);
}

} // namespace CitizenId
} // namespace motcua

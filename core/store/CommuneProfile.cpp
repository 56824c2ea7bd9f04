#include "CommuneProfile.h"

#include "Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::CommuneProfile", text);
}

// The meta keys; "commune_code" is the one DossierRepository and enrollment use.
const char kCode[] = "commune_code";
const char kName[] = "commune_name";
const char kAgency[] = "agency_name";
const char kProvince[] = "province";
const char kReturnPlace[] = "return_place";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString CommuneProfile::bareName(const QString &communeName)
{
    // The screens and forms write "xã <name>": "Xã Minh Quang" would read "xã Xã Minh Quang".
    static const QRegularExpression communeWord(QStringLiteral("^x[aã]\\s+"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString name = communeName.simplified();
    name.remove(communeWord);
    return name;
}

Result<CommuneProfile> CommuneProfile::normalized(const CommuneProfile &typed)
{
    CommuneProfile profile;
    profile.communeCode = typed.communeCode.trimmed();
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    if (!fiveDigits.match(profile.communeCode).hasMatch() || profile.communeCode == QLatin1String("00000")) {
        return makeError(QStringLiteral("commune.invalid_code"),
            tr("The commune code is the 5-digit code of the administrative unit (for example 03199), not \"%1\".")
                .arg(profile.communeCode));
    }
    profile.communeName = bareName(typed.communeName);
    if (profile.communeName.isEmpty())
        return makeError(QStringLiteral("commune.name_required"), tr("Type the commune's name, e.g. Mường Phăng."));
    profile.agencyName = typed.agencyName.simplified();
    profile.province = typed.province.simplified();
    profile.returnPlace = typed.returnPlace.simplified();
    return profile;
}

Result<CommuneProfile> CommuneProfile::load(const Database &database)
{
    CommuneProfile profile;
    profile.communeCode = database.meta(key(kCode));
    profile.communeName = database.meta(key(kName));
    profile.agencyName = database.meta(key(kAgency));
    profile.province = database.meta(key(kProvince));
    profile.returnPlace = database.meta(key(kReturnPlace));
    return profile;
}

Status CommuneProfile::save(Database &database, const CommuneProfile &typed)
{
    auto profile = normalized(typed);
    if (!profile)
        return profile.error();
    return database.write([&]() -> Status {
        const std::pair<const char *, QString> values[] = {{kCode, profile->communeCode}, {kName, profile->communeName},
            {kAgency, profile->agencyName}, {kProvince, profile->province}, {kReturnPlace, profile->returnPlace}};
        for (const auto &[name, value] : values) {
            // The meta table keeps text, never NULL: an empty field is stored as "".
            if (auto s = database.setMeta(key(name), value.isNull() ? QStringLiteral("") : value); !s)
                return s;
        }
        return {};
    });
}

} // namespace motcua

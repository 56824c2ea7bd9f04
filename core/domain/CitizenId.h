#pragma once

#include "Result.h"

#include <QString>

namespace motcua {

// The 12-digit personal identification number (số định danh cá nhân, CCCD), DOMAIN.md "Citizen ID".
// There is no checksum: a well-formed number with a known province is valid.
struct CitizenIdInfo
{
    enum class Gender { Male, Female };

    QString number; // the 12 digits, spaces removed
    QString provinceCode; // "001".."096": the old 63-province code of birth registration
    QString provinceName; // "Hà Nội", …
    Gender gender = Gender::Male;
    int century = 1900; // 1900, 2000, 2100, 2200 or 2300
    int birthYear = 0; // century + the two year digits
};

namespace CitizenId {

// Parses a number as typed: spaces (and dots or dashes between groups) are ignored. Errors, each
// with its own code: "citizen_id.empty", "citizen_id.not_digits", "citizen_id.length",
// "citizen_id.unknown_province", "citizen_id.future_birth_year" (born after the given year).
Result<CitizenIdInfo> parse(const QString &text, int currentYear);

// "male"/"female" and the label in the UI language.
QString genderKey(CitizenIdInfo::Gender gender);
QString genderLabel(CitizenIdInfo::Gender gender);

// The province of an old 3-digit code ("001" → "Hà Nội"), empty when unknown.
QString provinceName(const QString &code);

} // namespace CitizenId
} // namespace motcua

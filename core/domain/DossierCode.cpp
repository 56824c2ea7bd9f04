#include "DossierCode.h"

#include <QStringList>

#include <algorithm>

namespace motcua {

namespace {

bool isAgencyChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.');
}

// Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U, so that a
// tag read aloud or copied by hand cannot be confused with 1, 0 or a rude word.
bool isTagChar(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return true;
    if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
        return false;
    return c != QLatin1Char('I') && c != QLatin1Char('L') && c != QLatin1Char('O') && c != QLatin1Char('U');
}

bool allDigits(const QString &text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

QString sequenceText(int sequence)
{
    return QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace

QString DossierCode::toString() const
{
    return agency + QLatin1Char('-') + day.toString(QStringLiteral("yyMMdd")) + QLatin1Char('-') + deviceTag
        + QLatin1Char('-') + sequenceText(sequence);
}

std::optional<DossierCode> DossierCode::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 4)
        return std::nullopt;
    const QString &agency = parts.at(0);
    const QString &date = parts.at(1);
    const QString &tag = parts.at(2);
    const QString &sequence = parts.at(3);

    if (agency.isEmpty() || !std::all_of(agency.begin(), agency.end(), isAgencyChar))
        return std::nullopt;
    if (date.size() != 6 || !allDigits(date))
        return std::nullopt;
    const QDate day(2000 + date.left(2).toInt(), date.mid(2, 2).toInt(), date.mid(4, 2).toInt());
    if (!day.isValid())
        return std::nullopt;
    if (tag.size() != 4 || !std::all_of(tag.begin(), tag.end(), isTagChar))
        return std::nullopt;
    // At most nine digits keeps the number in an int; only the canonical spelling is accepted
    // (no "00042", no "+42") so that a code has exactly one written form.
    if (sequence.size() < 4 || sequence.size() > 9 || !allDigits(sequence))
        return std::nullopt;
    const int number = sequence.toInt();
    if (number < 1 || sequenceText(number) != sequence)
        return std::nullopt;

    DossierCode code;
    code.agency = agency;
    code.day = day;
    code.deviceTag = tag;
    code.sequence = number;
    return code;
}

} // namespace motcua

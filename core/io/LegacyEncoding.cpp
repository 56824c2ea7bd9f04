// LegacyEncoding: the conversion tables and the converters (detection is in LegacyEncodingDetect.cpp).
#include "LegacyEncoding.h"

#include <QHash>
#include <QStringDecoder>

#include <array>

namespace motcua::LegacyEncoding {

namespace {

constexpr char16_t kUndefined = 0xFFFD;

// TCVN 5712:1993 bytes 0x80..0xFF. VN3 (the ABC keyboard, .VnTime fonts) defines the lower-case
// letters, the capitals Ă Â Ê Ô Ơ Ư Đ and the five combining tones at 0xB0..0xB4; the other
// positions hold VN1's toned capitals, which VN3 leaves unused, so one table reads both.
constexpr std::array<char16_t, 128> kTcvn3High = {
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC,
    0x1EC8, 0x0128, // 0x80
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9,
    0x1EE6, 0x0168, // 0x90
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0,
    0x0111, 0x1EB0, // 0xA0
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5,
    0x1EAF, 0x1EB4, // 0xB0
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2,
    0x1EBB, 0x1EBD, // 0xC0
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED,
    0x1ECB, 0x00F2, // 0xD0
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB,
    0x1EE3, 0x00F9, // 0xE0
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD,
    0x1EF5, 0x1ED0, // 0xF0
};

// RFC 1456.
constexpr std::array<char16_t, 128> kVisciiHigh = {
    0x1EA0, 0x1EAE, 0x1EB0, 0x1EB6, 0x1EA4, 0x1EA6, 0x1EA8, 0x1EAC, 0x1EBC, 0x1EB8, 0x1EBE, 0x1EC0, 0x1EC2, 0x1EC4,
    0x1EC6, 0x1ED0, // 0x80
    0x1ED2, 0x1ED4, 0x1ED6, 0x1ED8, 0x1EE2, 0x1EDA, 0x1EDC, 0x1EDE, 0x1ECA, 0x1ECE, 0x1ECC, 0x1EC8, 0x1EE6, 0x0168,
    0x1EE4, 0x1EF2, // 0x90
    0x00D5, 0x1EAF, 0x1EB1, 0x1EB7, 0x1EA5, 0x1EA7, 0x1EA9, 0x1EAD, 0x1EBD, 0x1EB9, 0x1EBF, 0x1EC1, 0x1EC3, 0x1EC5,
    0x1EC7, 0x1ED1, // 0xA0
    0x1ED3, 0x1ED5, 0x1ED7, 0x1EE0, 0x01A0, 0x1ED9, 0x1EDD, 0x1EDF, 0x1ECB, 0x1EF0, 0x1EE8, 0x1EEA, 0x1EEC, 0x01A1,
    0x1EDB, 0x01AF, // 0xB0
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x1EA2, 0x0102, 0x1EB3, 0x1EB5, 0x00C8, 0x00C9, 0x00CA, 0x1EBA, 0x00CC, 0x00CD,
    0x0128, 0x1EF3, // 0xC0
    0x0110, 0x1EE9, 0x00D2, 0x00D3, 0x00D4, 0x1EA1, 0x1EF7, 0x1EEB, 0x1EED, 0x00D9, 0x00DA, 0x1EF9, 0x1EF5, 0x00DD,
    0x1EE1, 0x01B0, // 0xD0
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x1EA3, 0x0103, 0x1EEF, 0x1EAB, 0x00E8, 0x00E9, 0x00EA, 0x1EBB, 0x00EC, 0x00ED,
    0x0129, 0x1EC9, // 0xE0
    0x0111, 0x1EF1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x1ECF, 0x1ECD, 0x1EE5, 0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x00FD,
    0x1EE3, 0x1EEE, // 0xF0
};

// Windows-1258 0x80..0xBF (0xA0..0xBF are Latin-1); 0xC0..0xFF follow.
constexpr std::array<char16_t, 128> kCp1258High = {
    0x20AC, kUndefined, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, kUndefined, 0x2039, 0x0152,
    kUndefined, kUndefined, kUndefined, // 0x80
    kUndefined, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, kUndefined, 0x203A, 0x0153,
    kUndefined, kUndefined, 0x0178, // 0x90
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD,
    0x00AE, 0x00AF, // 0xA0
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD,
    0x00BE, 0x00BF, // 0xB0
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD,
    0x00CE, 0x00CF, // 0xC0
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF,
    0x0303, 0x00DF, // 0xD0
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED,
    0x00EE, 0x00EF, // 0xE0
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0,
    0x20AB, 0x00FF, // 0xF0
};

// Windows-1252 0x80..0x9F; the five bytes it leaves undefined read as the C1 control of the same
// value, which is what Windows programs store for them.
constexpr std::array<char16_t, 32> kCp1252C1 = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Capitals that TCVN 5712 (VN1) and VISCII put on C0 control positions.
char16_t controlLetter(TextEncoding encoding, unsigned char byte)
{
    if (encoding == TextEncoding::Tcvn3) {
        switch (byte) {
        case 0x01:
            return 0x00DA;
        case 0x02:
            return 0x1EE4;
        case 0x04:
            return 0x1EEA;
        case 0x05:
            return 0x1EEC;
        case 0x06:
            return 0x1EEE;
        case 0x11:
            return 0x1EE8;
        case 0x12:
            return 0x1EF0;
        case 0x13:
            return 0x1EF2;
        case 0x14:
            return 0x1EF6;
        case 0x15:
            return 0x1EF8;
        case 0x16:
            return 0x00DD;
        case 0x17:
            return 0x1EF4;
        default:
            break;
        }
    } else if (encoding == TextEncoding::Viscii) {
        switch (byte) {
        case 0x02:
            return 0x1EB2;
        case 0x05:
            return 0x1EB4;
        case 0x06:
            return 0x1EAA;
        case 0x14:
            return 0x1EF6;
        case 0x19:
            return 0x1EF8;
        case 0x1E:
            return 0x1EF4;
        default:
            break;
        }
    }
    return byte;
}

char16_t cp1252Char(unsigned char byte)
{
    return byte >= 0x80 && byte < 0xA0 ? kCp1252C1[byte - 0x80] : char16_t(byte);
}

char16_t singleByteChar(TextEncoding encoding, unsigned char byte)
{
    if (byte < 0x20)
        return controlLetter(encoding, byte);
    if (byte < 0x80)
        return byte;
    switch (encoding) {
    case TextEncoding::Tcvn3:
        return kTcvn3High[byte - 0x80];
    case TextEncoding::Viscii:
        return kVisciiHigh[byte - 0x80];
    case TextEncoding::Cp1258:
        return kCp1258High[byte - 0x80];
    default:
        return cp1252Char(byte);
    }
}

bool isCombining(char16_t c)
{
    return c >= 0x0300 && c <= 0x036F;
}

// NFC without the cost of normalizing text that has no combining mark (almost every field).
// Text is returned as it is when every character is one that NFC leaves alone whatever follows
// it: below U+0300 (Latin-1, Latin Extended-A and -B), Vietnamese's own precomposed letters
// (U+1E00..U+1EFF), and punctuation and currency signs (U+2002..U+20CF: dashes, quotes, ₫).
// Anything else (combining marks, but also singletons such as U+F900 or U+212B that NFC
// replaces by another character) takes the full normalization.
QString toNfc(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool stable = u < 0x0300 || (u >= 0x1E00 && u <= 0x1EFF) || (u >= 0x2002 && u <= 0x20CF);
        if (!stable || isCombining(u))
            return text.normalized(QString::NormalizationForm_C);
    }
    return text;
}

// VNI-Windows: the bytes that follow a base vowel, in their lower-case form (a capital's mark is
// the same byte less 0x20). Tones: grave, acute, hook, tilde, dot below.
constexpr unsigned char kVniTone[5] = {0xF8, 0xF9, 0xFB, 0xF5, 0xEF};
constexpr unsigned char kVniBreve[6] = {0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB}; // none, then the tones
constexpr unsigned char kVniCircumflex[6] = {0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4};
constexpr char16_t kToneMark[5] = {0x0300, 0x0301, 0x0309, 0x0303, 0x0323};
// The i's with a tone and ỵ, đ, ơ, ư are single bytes.
constexpr unsigned char kVniI[5] = {0xEC, 0xED, 0xE6, 0xF3, 0xF2};

int indexOf(const unsigned char *table, int size, unsigned char byte)
{
    for (int i = 0; i < size; ++i) {
        if (table[i] == byte)
            return i;
    }
    return -1;
}

QString decodeVni(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char byte = data[i];
        const unsigned char lower = (byte >= 'A' && byte <= 'Z') || (byte >= 0xC0 && byte <= 0xDE) ? byte | 0x20 : byte;
        const bool upper = lower != byte;
        const bool base = lower == 'a' || lower == 'e' || lower == 'o' || lower == 'u' || lower == 'y' || lower == 0xF4
            || lower == 0xF6;
        if (base && i + 1 < size && data[i + 1] >= 0xC0) {
            const unsigned char mark = data[i + 1] | 0x20;
            const int tone = indexOf(kVniTone, 5, mark);
            const int breve = lower == 'a' ? indexOf(kVniBreve, 6, mark) : -1;
            const int circumflex = lower == 'a' || lower == 'e' || lower == 'o' ? indexOf(kVniCircumflex, 6, mark) : -1;
            if (tone >= 0 || breve >= 0 || circumflex >= 0) {
                if (lower == 0xF4)
                    out.append(QChar(upper ? 0x01A0 : 0x01A1));
                else if (lower == 0xF6)
                    out.append(QChar(upper ? 0x01AF : 0x01B0));
                else
                    out.append(QLatin1Char(static_cast<char>(byte)));
                if (breve >= 0)
                    out.append(QChar(0x0306));
                if (circumflex >= 0)
                    out.append(QChar(0x0302));
                const int toneIndex = tone >= 0 ? tone : (breve >= 0 ? breve : circumflex) - 1;
                if (toneIndex >= 0)
                    out.append(QChar(kToneMark[toneIndex]));
                ++i;
                continue;
            }
        }
        if (const int tone = indexOf(kVniI, 5, lower); tone >= 0) {
            out.append(QLatin1Char(upper ? 'I' : 'i'));
            out.append(QChar(kToneMark[tone]));
        } else if (lower == 0xEE) {
            out.append(QChar(upper ? 0x1EF4 : 0x1EF5));
        } else if (lower == 0xF1) {
            out.append(QChar(upper ? 0x0110 : 0x0111));
        } else if (lower == 0xF4) {
            out.append(QChar(upper ? 0x01A0 : 0x01A1));
        } else if (lower == 0xF6) {
            out.append(QChar(upper ? 0x01AF : 0x01B0));
        } else {
            out.append(QChar(cp1252Char(byte)));
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

// A Vietnamese letter split into its parts: the letter with its letter-forming mark (â, ơ, …) and
// its tone (index into kToneMark, -1 for none).
struct LetterParts
{
    char16_t letter = 0;
    int tone = -1;
};

LetterParts splitTone(QChar c)
{
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    LetterParts parts;
    QString rest;
    for (QChar part : decomposed) {
        bool isTone = false;
        for (int t = 0; t < 5; ++t) {
            if (part.unicode() == kToneMark[t]) {
                parts.tone = t;
                isTone = true;
            }
        }
        if (!isTone)
            rest.append(part);
    }
    rest = rest.normalized(QString::NormalizationForm_C);
    parts.letter = rest.size() == 1 ? rest.at(0).unicode() : c.unicode();
    if (rest.size() != 1)
        parts.tone = -1;
    return parts;
}

void appendVni(QByteArray &out, QChar c)
{
    const LetterParts parts = splitTone(c);
    const QChar letter(parts.letter);
    const bool upper = letter.isUpper();
    const char16_t lower = letter.toLower().unicode();
    const unsigned char caseShift = upper ? 0x20 : 0;
    auto put = [&out](unsigned char byte) { out.append(static_cast<char>(byte)); };
    if (lower == 0x0111) {
        put(0xF1 - caseShift);
        return;
    }
    if (lower == 'i' && parts.tone >= 0) {
        put(kVniI[parts.tone] - caseShift);
        return;
    }
    if (lower == 'y' && parts.tone == 4) {
        put(0xEE - caseShift);
        return;
    }
    unsigned char base = 0;
    const unsigned char *modifierTable = nullptr;
    switch (lower) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
    case 'y':
        base = static_cast<unsigned char>(letter.unicode());
        break;
    case 0x0103:
        base = upper ? 'A' : 'a', modifierTable = kVniBreve;
        break;
    case 0x00E2:
        base = upper ? 'A' : 'a', modifierTable = kVniCircumflex;
        break;
    case 0x00EA:
        base = upper ? 'E' : 'e', modifierTable = kVniCircumflex;
        break;
    case 0x00F4:
        base = upper ? 'O' : 'o', modifierTable = kVniCircumflex;
        break;
    case 0x01A1:
        base = 0xF4 - caseShift;
        break;
    case 0x01B0:
        base = 0xF6 - caseShift;
        break;
    default:
        break;
    }
    if (base == 0) {
        // Not a Vietnamese vowel: ASCII as itself, anything else as its Windows-1252 byte.
        const auto bytes = windows1252Bytes(QString(c));
        out.append(bytes && bytes->size() == 1 ? *bytes : QByteArray("?"));
        return;
    }
    put(base);
    if (modifierTable)
        put(modifierTable[parts.tone + 1] - caseShift);
    else if (parts.tone >= 0)
        put(kVniTone[parts.tone] - caseShift);
}

// Reverse of a single-byte table (Unicode → byte), made once per encoding.
const QHash<char16_t, unsigned char> &reverseTable(TextEncoding encoding)
{
    auto build = [](TextEncoding which) {
        QHash<char16_t, unsigned char> table;
        // Down to 0x00: TCVN3 keeps the control characters it does not use for capitals, NUL too.
        for (int byte = 0xFF; byte >= 0x00; --byte) {
            const char16_t c = singleByteChar(which, static_cast<unsigned char>(byte));
            if (c != kUndefined && (byte >= 0x80 || c >= 0x80 || c == byte))
                table.insert(c, static_cast<unsigned char>(byte));
        }
        return table;
    };
    static const QHash<char16_t, unsigned char> tcvn3 = build(TextEncoding::Tcvn3);
    static const QHash<char16_t, unsigned char> viscii = build(TextEncoding::Viscii);
    static const QHash<char16_t, unsigned char> cp1258 = build(TextEncoding::Cp1258);
    switch (encoding) {
    case TextEncoding::Tcvn3:
        return tcvn3;
    case TextEncoding::Viscii:
        return viscii;
    default:
        return cp1258;
    }
}

} // namespace

QString key(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Tcvn3:
        return QStringLiteral("tcvn3");
    case TextEncoding::Vni:
        return QStringLiteral("vni");
    case TextEncoding::Viscii:
        return QStringLiteral("viscii");
    case TextEncoding::Cp1258:
        return QStringLiteral("cp1258");
    }
    return {};
}

std::optional<TextEncoding> fromKey(const QString &name)
{
    const QString folded = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (folded == QLatin1String("utf8") || folded == QLatin1String("unicode"))
        return TextEncoding::Utf8;
    if (folded == QLatin1String("tcvn3") || folded == QLatin1String("tcvn") || folded == QLatin1String("abc")
        || folded == QLatin1String("tcvn5712") || folded == QLatin1String("tcvn57121"))
        return TextEncoding::Tcvn3;
    if (folded == QLatin1String("vni") || folded == QLatin1String("vniwindows"))
        return TextEncoding::Vni;
    if (folded == QLatin1String("viscii"))
        return TextEncoding::Viscii;
    if (folded == QLatin1String("cp1258") || folded == QLatin1String("windows1258"))
        return TextEncoding::Cp1258;
    return std::nullopt;
}

QList<TextEncoding> all()
{
    return {TextEncoding::Utf8, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Viscii, TextEncoding::Cp1258};
}

QString decode(QByteArrayView bytes, TextEncoding encoding)
{
    bool ascii = true;
    for (char byte : bytes) {
        if (static_cast<unsigned char>(byte) >= 0x80 || static_cast<unsigned char>(byte) < 0x20) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes.data(), bytes.size());
    if (encoding == TextEncoding::Utf8) {
        return toNfc(QString::fromUtf8(bytes.data(), bytes.size()));
    }
    if (encoding == TextEncoding::Vni)
        return decodeVni(bytes);
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *target = out.data();
    bool combining = false;
    for (char byte : bytes) {
        const char16_t c = singleByteChar(encoding, static_cast<unsigned char>(byte));
        combining = combining || isCombining(c);
        *target++ = QChar(c);
    }
    return combining ? out.normalized(QString::NormalizationForm_C) : out;
}

QByteArray encode(const QString &text, TextEncoding encoding)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    if (encoding == TextEncoding::Utf8)
        return nfc.toUtf8();
    QByteArray out;
    out.reserve(nfc.size() * 2);
    for (QChar c : nfc) {
        if (c.unicode() < 0x80 && (encoding != TextEncoding::Tcvn3 || c.unicode() >= 0x20 || c.isSpace())) {
            out.append(static_cast<char>(c.unicode()));
            continue;
        }
        if (encoding == TextEncoding::Vni) {
            appendVni(out, c);
            continue;
        }
        const QHash<char16_t, unsigned char> &table = reverseTable(encoding);
        if (const auto found = table.constFind(c.unicode()); found != table.constEnd()) {
            out.append(static_cast<char>(found.value()));
            continue;
        }
        // TCVN3 and CP1258 write a letter they lack as its base letter and a combining tone.
        const LetterParts parts = splitTone(c);
        const auto base = table.constFind(parts.letter);
        const auto tone = parts.tone >= 0 ? table.constFind(kToneMark[parts.tone]) : table.constEnd();
        const bool baseKnown = parts.letter < 0x80 || base != table.constEnd();
        if (parts.tone >= 0 && baseKnown && tone != table.constEnd()) {
            out.append(parts.letter < 0x80 ? static_cast<char>(parts.letter) : static_cast<char>(base.value()));
            out.append(static_cast<char>(tone.value()));
        } else {
            out.append('?');
        }
    }
    return out;
}

std::optional<QByteArray> windows1252Bytes(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(static_cast<char>(u));
            continue;
        }
        int found = -1;
        for (int i = 0; i < 32; ++i) {
            if (kCp1252C1[i] == u)
                found = i;
        }
        if (found < 0)
            return std::nullopt;
        out.append(static_cast<char>(0x80 + found));
    }
    return out;
}

QString windows1252Text(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char byte : bytes)
        out.append(QChar(cp1252Char(static_cast<unsigned char>(byte))));
    return out;
}

QString fromSpreadsheet(const QString &text, TextEncoding encoding)
{
    if (encoding != TextEncoding::Utf8) {
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            return text;
        if (const auto bytes = windows1252Bytes(text))
            return decode(*bytes, encoding);
    }
    return toNfc(text);
}

} // namespace motcua::LegacyEncoding

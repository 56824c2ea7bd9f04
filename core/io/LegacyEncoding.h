#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// The text encodings old commune records arrive in (DOMAIN.md "Vietnamese text").
enum class TextEncoding {
    Utf8, // NFC or NFD; for a spreadsheet's own Unicode strings: "keep as is"
    Tcvn3, // TCVN 5712:1993 (ABC, the .Vn fonts): VN3 with VN1's capitals, as glibc's TCVN5712-1
    Vni, // VNI-Windows (VNI-Times fonts): a base letter then one byte for its marks
    Viscii, // RFC 1456
    Cp1258, // Windows-1258: precomposed where the code page has the letter, else a combining tone
};

// How plausible one candidate's reading of a sample is (see LegacyEncoding::plausibility).
struct EncodingScore
{
    TextEncoding encoding = TextEncoding::Utf8;
    int score = 0;
};

// The outcome of detection: the winner and every candidate's score, best first.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool asciiOnly = false; // nothing to tell the encodings apart: every reading is the same
    QList<EncodingScore> scores;
};

// Conversion between the legacy Vietnamese encodings and NFC QStrings, and detection of which
// encoding a file uses. The tables follow the published charts (RFC 1456 for VISCII, TCVN
// 5712:1993, Microsoft's cp1258 table, the VNI-Windows font layout); tests cross-check three of
// them against glibc's iconv and keep fixed sample files under tests/data/legacy.
namespace LegacyEncoding {

// "utf-8", "tcvn3", "vni", "viscii", "cp1258".
QString key(TextEncoding encoding);
// Accepts the keys and common names ("abc", "tcvn", "tcvn5712", "vni-windows", "windows-1258", "utf8").
std::optional<TextEncoding> fromKey(const QString &name);
QList<TextEncoding> all();

// The text of bytes in that encoding, in NFC. Bytes a table leaves undefined become U+FFFD;
// invalid UTF-8 becomes U+FFFD too.
QString decode(QByteArrayView bytes, TextEncoding encoding);

// The bytes of text in that encoding (any normalization form in); a character the encoding
// cannot express becomes '?'.
QByteArray encode(const QString &text, TextEncoding encoding);

// Text typed with a legacy font in a Unicode program (Excel with .VnTime or VNI-Times) is stored
// as the Windows-1252 characters of the legacy bytes: these are those bytes, or nothing when a
// character has no Windows-1252 byte (then the text really is Unicode).
std::optional<QByteArray> windows1252Bytes(const QString &text);
// The reverse: how a Unicode program shows legacy bytes in a legacy font (tests build such
// spreadsheets with it).
QString windows1252Text(QByteArrayView bytes);

// How much a text reads like Vietnamese, for detection. Words made only of ASCII letters count
// nothing (every candidate reads them alike). A word with letters outside ASCII scores +3 when
// it is a well-formed Vietnamese syllable (initial consonant, a vowel cluster of the language,
// final consonant, at most one tone, only letters of the Vietnamese alphabet) and -3 otherwise;
// every control character, U+FFFD, or Latin-1 symbol that no Vietnamese text uses (µ ¸ ¶ ­ …)
// scores -2. Higher is more plausible.
int plausibility(const QString &text);

// Whether a lower-case NFC word is one well-formed Vietnamese syllable ("nguyễn", "khuya",
// "giường"; not "nguyá", "tröông").
bool isVietnameseSyllable(const QString &word);

// Detects the encoding of a file's first bytes: a UTF-8 BOM means UTF-8; otherwise each
// candidate (UTF-8 only when the bytes are valid UTF-8) decodes the sample and the most
// plausible reading wins; ties go to UTF-8, then CP1258, VNI, TCVN3, VISCII. A sample cut in
// the middle of a UTF-8 sequence is read up to its last line break.
EncodingGuess detect(QByteArrayView sample);

// The same for strings a spreadsheet already holds as Unicode: Utf8 means "keep them as they
// are"; a legacy encoding means they are Windows-1252 renderings of that encoding's bytes.
EncodingGuess detectInStrings(const QStringList &sample);

// Converts one spreadsheet string per detectInStrings()'s answer.
QString fromSpreadsheet(const QString &text, TextEncoding encoding);

} // namespace LegacyEncoding
} // namespace motcua

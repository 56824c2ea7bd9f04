#include "io/LegacyEncoding.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cerrno>
#include <iconv.h>

using namespace motcua;

namespace {

// Every letter of the alphabet with every tone, both cases: the 134 precomposed letters plus the
// plain ones.
QString fullAlphabet()
{
    return QStringLiteral("a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ b c d đ e è ẻ ẽ é ẹ ê ề ể ễ ế ệ g h i ì ỉ ĩ í ị "
                          "k l m n o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ p q r s t u ù ủ ũ ú ụ ư ừ ử ữ ứ ự v x "
                          "y ỳ ỷ ỹ ý ỵ "
                          "A À Ả Ã Á Ạ Ă Ằ Ẳ Ẵ Ắ Ặ Â Ầ Ẩ Ẫ Ấ Ậ B C D Đ E È Ẻ Ẽ É Ẹ Ê Ề Ể Ễ Ế Ệ G H I Ì Ỉ Ĩ Í Ị "
                          "K L M N O Ò Ỏ Õ Ó Ọ Ô Ồ Ổ Ỗ Ố Ộ Ơ Ờ Ở Ỡ Ớ Ợ P Q R S T U Ù Ủ Ũ Ú Ụ Ư Ừ Ử Ữ Ứ Ự V X "
                          "Y Ỳ Ỷ Ỹ Ý Ỵ");
}

// Real text of the desk: names, places, agencies.
QString deskText()
{
    return QStringLiteral("Nguyễn Thị Hương, Đắk Lắk, Ủy ban nhân dân xã Quảng Phú; Trần Văn Đức ở thôn Buôn "
                          "Ma Thuột. Đăng ký khai sinh cho cháu Lò Thị Xuân, giấy chứng sinh của Bệnh viện. "
                          "Hộ kinh doanh Phạm Minh Khôi, đường Nguyễn Trãi, phường Bến Nghé. Rượu, khuỷu, "
                          "nghiêng, giường, ngoằn ngoèo, khuya, thuở, quyết định số 19/2025/QĐ-TTg.");
}

QByteArray iconvEncode(const QString &text, const char *encoding)
{
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return "iconv_open failed";
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char *inPtr = in.data();
    size_t inLeft = static_cast<size_t>(in.size());
    char *outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    const size_t converted = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (converted == static_cast<size_t>(-1))
        return "iconv failed";
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

} // namespace

TEST_CASE("Every legacy encoding round-trips the full alphabet with every tone in both cases", "[legacy][encoding]")
{
    for (TextEncoding encoding : LegacyEncoding::all()) {
        INFO(LegacyEncoding::key(encoding));
        const QByteArray bytes = LegacyEncoding::encode(fullAlphabet(), encoding);
        CHECK_FALSE(bytes.contains('?'));
        CHECK(LegacyEncoding::decode(bytes, encoding) == fullAlphabet());
        CHECK(LegacyEncoding::decode(LegacyEncoding::encode(deskText(), encoding), encoding) == deskText());
    }
}

TEST_CASE("TCVN3, VISCII and CP1258 agree with glibc's iconv byte for byte", "[legacy][encoding]")
{
    const QString text = fullAlphabet() + QLatin1Char(' ') + deskText();
    CHECK(LegacyEncoding::encode(text, TextEncoding::Viscii) == iconvEncode(text, "VISCII"));
    CHECK(LegacyEncoding::encode(text, TextEncoding::Tcvn3) == iconvEncode(text, "TCVN5712-1"));
    CHECK(LegacyEncoding::encode(text, TextEncoding::Cp1258) == iconvEncode(text, "CP1258"));
}

TEST_CASE("Known legacy spellings decode to the right Vietnamese", "[legacy][encoding]")
{
    // How these names look when a legacy file is opened as Windows-1252: familiar to every clerk.
    CHECK(LegacyEncoding::decode("Nguye\xE3n Th\xF2 H\xF6\xF4ng", TextEncoding::Vni)
        == QStringLiteral("Nguyễn Thị Hương"));
    CHECK(LegacyEncoding::decode("\xD1\x61\xE9k L\x61\xE9k", TextEncoding::Vni) == QStringLiteral("Đắk Lắk"));
    CHECK(LegacyEncoding::decode("VIE\xC4T NAM", TextEncoding::Vni) == QStringLiteral("VIỆT NAM"));
    CHECK(LegacyEncoding::decode("Nguy\xD4n Th\xDE H\xAD\xACng", TextEncoding::Tcvn3)
        == QStringLiteral("Nguyễn Thị Hương"));
    CHECK(LegacyEncoding::decode("H\xB5 N\xE9i", TextEncoding::Tcvn3) == QStringLiteral("Hà Nội"));
    // CP1258 writes ễ as ê + combining tilde; the decoder composes it.
    CHECK(LegacyEncoding::decode("Nguy\xEA\xDEn", TextEncoding::Cp1258) == QStringLiteral("Nguyễn"));
    CHECK(LegacyEncoding::decode("Nguye\xCC\x82\xCC\x83n", TextEncoding::Utf8) == QStringLiteral("Nguyễn"));
}

TEST_CASE("Decoding gives NFC even for decomposed UTF-8 input", "[legacy][encoding]")
{
    const QString nfd = deskText().normalized(QString::NormalizationForm_D);
    const QString decoded = LegacyEncoding::decode(nfd.toUtf8(), TextEncoding::Utf8);
    CHECK(decoded == deskText());
    CHECK(decoded == decoded.normalized(QString::NormalizationForm_C));
}

TEST_CASE("Detection picks the encoding a sample of Vietnamese was written in", "[legacy][encoding]")
{
    const QString sample = deskText() + QLatin1Char('\n') + fullAlphabet();
    for (TextEncoding encoding : LegacyEncoding::all()) {
        INFO(LegacyEncoding::key(encoding));
        const EncodingGuess guess = LegacyEncoding::detect(LegacyEncoding::encode(sample, encoding));
        CHECK(guess.encoding == encoding);
        CHECK_FALSE(guess.asciiOnly);
        REQUIRE(guess.scores.size() >= 4);
        CHECK(guess.scores.at(0).score > guess.scores.at(1).score);
    }
    const EncodingGuess nfd = LegacyEncoding::detect(sample.normalized(QString::NormalizationForm_D).toUtf8());
    CHECK(nfd.encoding == TextEncoding::Utf8);
}

TEST_CASE("Detection works on short lines of names too", "[legacy][encoding]")
{
    const QString names = QStringLiteral("Họ và tên;Số CCCD;Ngày nhận\nLê Thị Mai;001190000001;12/03/2021\n"
                                         "Đặng Văn Tú;038090000002;15/03/2021\n");
    for (TextEncoding encoding : LegacyEncoding::all()) {
        INFO(LegacyEncoding::key(encoding));
        CHECK(LegacyEncoding::detect(LegacyEncoding::encode(names, encoding)).encoding == encoding);
    }
}

TEST_CASE("A sample cut inside a UTF-8 sequence is still read as UTF-8", "[legacy][encoding]")
{
    QByteArray bytes = deskText().toUtf8();
    bytes.chop(1); // "TTg." → the last byte is ASCII; cut into "Đ" of "QĐ" instead
    const qsizetype cut = bytes.indexOf("\xC4\x90-TTg");
    REQUIRE(cut > 0);
    CHECK(LegacyEncoding::detect(bytes.left(cut + 1)).encoding == TextEncoding::Utf8);
}

TEST_CASE("ASCII-only samples are reported as such", "[legacy][encoding]")
{
    const EncodingGuess guess = LegacyEncoding::detect("Nguyen Van A;001190000001\n");
    CHECK(guess.asciiOnly);
    CHECK(guess.encoding == TextEncoding::Utf8);
}

TEST_CASE("Strings typed with a legacy font in a spreadsheet are recognized and converted", "[legacy][encoding]")
{
    QStringList legacy;
    QStringList unicode;
    for (const QString &text : {QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("Đắk Lắk"),
             QStringLiteral("Ủy ban nhân dân xã"), QStringLiteral("Trần Văn Đức")}) {
        // What Excel stores for a cell in VNI-Times: the Windows-1252 characters of the VNI bytes.
        const QByteArray bytes = LegacyEncoding::encode(text, TextEncoding::Vni);
        legacy.append(QString::fromLatin1(bytes)); // VNI uses no byte in 0x80..0x9F here
        unicode.append(text);
    }
    const EncodingGuess guess = LegacyEncoding::detectInStrings(legacy);
    CHECK(guess.encoding == TextEncoding::Vni);
    CHECK(LegacyEncoding::fromSpreadsheet(legacy.at(0), guess.encoding) == unicode.at(0));
    CHECK(LegacyEncoding::detectInStrings(unicode).encoding == TextEncoding::Utf8);
    // Real Unicode text stays as it is whatever the guess.
    CHECK(LegacyEncoding::fromSpreadsheet(unicode.at(0), TextEncoding::Tcvn3) == unicode.at(0));
}

TEST_CASE("Windows-1252 bytes exist only for text within that code page", "[legacy][encoding]")
{
    CHECK(LegacyEncoding::windows1252Bytes(QStringLiteral("Hµ N\u00E9i \u20AC")) == QByteArray("H\xB5 N\xE9i \x80"));
    CHECK_FALSE(LegacyEncoding::windows1252Bytes(QStringLiteral("Hà Nội")).has_value());
}

TEST_CASE("Syllable checks accept Vietnamese and refuse mojibake", "[legacy][encoding]")
{
    for (const char *word : {"nguyễn", "khuya", "giường", "thuở", "quyết", "đắk", "ngoằn", "khuỷu", "rượu", "gì"})
        CHECK(LegacyEncoding::isVietnameseSyllable(QString::fromUtf8(word)));
    for (const char *word : {"tröông", "hµ", "nguyá»", "thò»", "ñaék", "ng", "xyz"})
        CHECK_FALSE(LegacyEncoding::isVietnameseSyllable(QString::fromUtf8(word)));
}

TEST_CASE("Encoding keys and their common names are understood", "[legacy][encoding]")
{
    CHECK(LegacyEncoding::fromKey(QStringLiteral("ABC")) == TextEncoding::Tcvn3);
    CHECK(LegacyEncoding::fromKey(QStringLiteral("VNI-Windows")) == TextEncoding::Vni);
    CHECK(LegacyEncoding::fromKey(QStringLiteral("windows-1258")) == TextEncoding::Cp1258);
    CHECK(LegacyEncoding::fromKey(QStringLiteral("UTF8")) == TextEncoding::Utf8);
    CHECK_FALSE(LegacyEncoding::fromKey(QStringLiteral("latin1")).has_value());
    for (TextEncoding encoding : LegacyEncoding::all())
        CHECK(LegacyEncoding::fromKey(LegacyEncoding::key(encoding)) == encoding);
}

TEST_CASE("The committed sample files still match the encoder and decode to the sample text", "[legacy][encoding]")
{
    // tests/data/legacy/sample-<encoding>.txt were written once by this encoder and checked against
    // iconv; a change in either direction of a table shows up here.
    QFile text(QStringLiteral(MOTCUA_TEST_DATA "/legacy/sample-text.utf8.txt"));
    REQUIRE(text.open(QIODevice::ReadOnly));
    const QString sample = QString::fromUtf8(text.readAll());
    REQUIRE(sample.contains(QStringLiteral("Đắk Lắk")));
    for (TextEncoding encoding : LegacyEncoding::all()) {
        INFO(LegacyEncoding::key(encoding));
        const QString name = QStringLiteral("sample-%1.txt").arg(LegacyEncoding::key(encoding));
        QFile file(QStringLiteral(MOTCUA_TEST_DATA "/legacy/") + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(LegacyEncoding::decode(bytes, encoding) == sample);
        CHECK(LegacyEncoding::encode(sample, encoding) == bytes);
        CHECK(LegacyEncoding::detect(bytes).encoding == encoding);
    }
    QFile nfd(QStringLiteral(MOTCUA_TEST_DATA "/legacy/sample-utf-8-nfd.txt"));
    REQUIRE(nfd.open(QIODevice::ReadOnly));
    const QByteArray nfdBytes = nfd.readAll();
    CHECK(nfdBytes != sample.toUtf8());
    CHECK(LegacyEncoding::detect(nfdBytes).encoding == TextEncoding::Utf8);
    CHECK(LegacyEncoding::decode(nfdBytes, TextEncoding::Utf8) == sample);
}

// Found by fuzz_legacy_encoding: NUL had no way back into TCVN3.
TEST_CASE("TCVN3 text with control characters it keeps, NUL included, encodes back to the same bytes", "[legacy]")
{
    const QByteArray bytes("A\x00"
                           "B\x03"
                           "C\x7f",
        6);
    const QString text = LegacyEncoding::decode(bytes, TextEncoding::Tcvn3);
    REQUIRE(text.size() == 6);
    CHECK(LegacyEncoding::encode(text, TextEncoding::Tcvn3) == bytes);
}

// Found by fuzz_legacy_csv: a character NFC replaces by another (a singleton) has no combining mark.
TEST_CASE("Decoded UTF-8 is NFC also for singletons, and Vietnamese text is unchanged", "[legacy]")
{
    CHECK(LegacyEncoding::decode("\xEF\xA4\x80", TextEncoding::Utf8) == QString(QChar(0x8C48))); // U+F900
    CHECK(LegacyEncoding::decode("\xE2\x84\xAB", TextEncoding::Utf8) == QString(QChar(0x00C5))); // Angstrom sign
    const QString vietnamese = QStringLiteral("Nguyễn Thị Hường – 5.000 ₫ “đủ”");
    CHECK(LegacyEncoding::decode(vietnamese.toUtf8(), TextEncoding::Utf8) == vietnamese);
}

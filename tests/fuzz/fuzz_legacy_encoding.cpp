// libFuzzer target: arbitrary bytes into the legacy Vietnamese encodings: detection on raw bytes
// and on strings, decoding with every encoding, re-encoding. Beyond "no crash, no sanitizer
// report", it aborts when detection names a winner that is not its best score, when a decoding
// is not NFC, or when decode(encode(text)) changes a text that came out of decode (every decoded
// text made of the language's letters is representable in the encoding it came from).

#include "io/LegacyEncoding.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace motcua;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_legacy_encoding: property violated: %s\n", what);
    std::abort();
}

bool hasLooseMark(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0300 && c.unicode() <= 0x036F; });
}

void checkGuess(const EncodingGuess &guess, const char *what)
{
    if (guess.scores.isEmpty())
        return;
    if (!guess.asciiOnly && guess.scores.first().encoding != guess.encoding)
        violated(what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkGuess(LegacyEncoding::detect(bytes), "detect: winner is the best score");
    for (TextEncoding encoding : LegacyEncoding::all()) {
        const QString text = LegacyEncoding::decode(bytes, encoding);
        if (text != text.normalized(QString::NormalizationForm_C))
            violated("decode gives NFC");
        (void)LegacyEncoding::plausibility(text);
        // U+FFFD stands for bytes the table leaves undefined: it has no byte to go back to. A
        // combining mark left over after NFC belongs to a letter Vietnamese does not have (û with a
        // dot below): the encodings only promise the language's own letters.
        if (encoding == TextEncoding::Utf8 || text.contains(QChar::ReplacementCharacter) || hasLooseMark(text))
            continue;
        const QString again = LegacyEncoding::decode(LegacyEncoding::encode(text, encoding), encoding);
        if (again != text)
            violated("decode(encode(decode(bytes))) == decode(bytes)");
    }
    // The same bytes read as Latin-1 cells of a spreadsheet typed with legacy fonts.
    const QStringList cells = QString::fromLatin1(bytes).split(QLatin1Char('\n'));
    const EncodingGuess inStrings = LegacyEncoding::detectInStrings(cells);
    checkGuess(inStrings, "detectInStrings: winner is the best score");
    for (const QString &cell : cells)
        (void)LegacyEncoding::fromSpreadsheet(cell, inStrings.encoding);
    return 0;
}

// LegacyEncoding: detection by how plausible each candidate's reading is as Vietnamese.
#include "LegacyEncoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace motcua::LegacyEncoding {

namespace {

// The toneless letter and whether it carries a tone, for U+0000..U+1EFF (0: not a letter of the
// Vietnamese alphabet). Built once from Qt's decompositions.
struct Skeleton
{
    char16_t letter = 0;
    bool toned = false;
};

const std::array<Skeleton, 0x1F00> &skeletons()
{
    static const std::array<Skeleton, 0x1F00> table = [] {
        std::array<Skeleton, 0x1F00> built{};
        const QString alphabet = QStringLiteral("abcdeghiklmnopqrstuvxyăâđêôơư");
        for (char16_t u = 0; u < 0x1F00; ++u) {
            const QChar c(u);
            if (!c.isLetter())
                continue;
            const QString decomposed = QString(c.toLower()).normalized(QString::NormalizationForm_D);
            QString rest;
            bool toned = false;
            for (QChar part : decomposed) {
                const char16_t p = part.unicode();
                if (p == 0x0300 || p == 0x0301 || p == 0x0303 || p == 0x0309 || p == 0x0323)
                    toned = true;
                else
                    rest.append(part);
            }
            rest = rest.normalized(QString::NormalizationForm_C);
            if (rest.size() == 1 && alphabet.contains(rest.at(0)))
                built[u] = Skeleton{rest.at(0).unicode(), toned};
        }
        return built;
    }();
    return table;
}

bool isPenalized(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD)
        return true;
    // Latin-1 symbols that Vietnamese text has no use for but legacy bytes read as Latin-1 produce.
    if (c > 0xA0 && c < 0xC0)
        return c != 0xAB && c != 0xBB && c != 0xB0 && c != 0xB7;
    return false;
}

// Drops an incomplete UTF-8 sequence at the end of a sample cut at an arbitrary byte.
QByteArrayView withoutCutSequence(QByteArrayView sample)
{
    const qsizetype size = sample.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(sample.at(size - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back ? sample.first(size - back) : sample;
    }
    return sample;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

int priority(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return 0;
    case TextEncoding::Cp1258:
        return 1;
    case TextEncoding::Vni:
        return 2;
    case TextEncoding::Tcvn3:
        return 3;
    case TextEncoding::Viscii:
        return 4;
    }
    return 5;
}

EncodingGuess rank(QList<EncodingScore> scores)
{
    std::stable_sort(scores.begin(), scores.end(), [](const EncodingScore &a, const EncodingScore &b) {
        return a.score != b.score ? a.score > b.score : priority(a.encoding) < priority(b.encoding);
    });
    EncodingGuess guess;
    guess.encoding = scores.isEmpty() ? TextEncoding::Utf8 : scores.first().encoding;
    guess.scores = scores;
    return guess;
}

} // namespace

bool isVietnameseSyllable(const QString &word)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
        "(iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|"
        "oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
        // k: the Central Highlands' place names (Đắk Lắk, Kon Tum's Đắk Tô).
        "(ch|ng|nh|c|k|m|n|p|t)?$"));
    if (word.isEmpty() || word.size() > 8)
        return false;
    const auto &table = skeletons();
    QString skeleton;
    int tones = 0;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= table.size() || table[u].letter == 0)
            return false;
        skeleton.append(QChar(table[u].letter));
        tones += table[u].toned ? 1 : 0;
    }
    return tones <= 1 && shape.match(skeleton).hasMatch();
}

int plausibility(const QString &text)
{
    int score = 0;
    QString word;
    bool wordHasNonAscii = false;
    auto closeWord = [&]() {
        if (!word.isEmpty() && wordHasNonAscii) {
            const QString lower = word.toLower().normalized(QString::NormalizationForm_C);
            score += isVietnameseSyllable(lower) ? 3 : -3;
        }
        word.clear();
        wordHasNonAscii = false;
    };
    for (QChar c : text) {
        if (c.isLetter() || c.isMark()) {
            word.append(c);
            wordHasNonAscii = wordHasNonAscii || c.unicode() >= 0x80;
            continue;
        }
        closeWord();
        if (isPenalized(c.unicode()))
            score -= 2;
    }
    closeWord();
    return score;
}

EncodingGuess detect(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF")) {
        EncodingGuess guess;
        guess.scores = {{TextEncoding::Utf8, 0}};
        return guess;
    }
    bool ascii = true;
    for (char byte : sample)
        ascii = ascii && static_cast<unsigned char>(byte) < 0x80;
    if (ascii) {
        EncodingGuess guess;
        guess.asciiOnly = true;
        guess.scores = {{TextEncoding::Utf8, 0}};
        return guess;
    }
    QList<EncodingScore> scores;
    const QByteArrayView whole = withoutCutSequence(sample);
    if (isValidUtf8(whole))
        scores.append({TextEncoding::Utf8, plausibility(decode(whole, TextEncoding::Utf8))});
    for (TextEncoding encoding : {TextEncoding::Cp1258, TextEncoding::Vni, TextEncoding::Tcvn3, TextEncoding::Viscii}) {
        scores.append({encoding, plausibility(decode(sample, encoding))});
    }
    return rank(scores);
}

EncodingGuess detectInStrings(const QStringList &sample)
{
    bool ascii = true;
    for (const QString &text : sample) {
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        EncodingGuess guess;
        guess.asciiOnly = true;
        guess.scores = {{TextEncoding::Utf8, 0}};
        return guess;
    }
    QList<EncodingScore> scores;
    for (TextEncoding encoding : all()) {
        int score = 0;
        for (const QString &text : sample)
            score += plausibility(fromSpreadsheet(text, encoding));
        scores.append({encoding, score});
    }
    return rank(scores);
}

} // namespace motcua::LegacyEncoding

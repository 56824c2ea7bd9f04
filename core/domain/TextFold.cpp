#include "TextFold.h"

#include <QVarLengthArray>

#include <array>
#include <cstdint>

namespace motcua::TextFold {

namespace {

// What folding needs to know about one UTF-16 code unit of Latin text. Built once from Qt's
// Unicode tables, so that the per-character work on hot paths is an array lookup instead of
// QString::normalized().
enum class Kind : std::uint8_t {
    Other, // no precomputed answer: ask QChar
    Letter, // a Latin letter: base + modifier + tone + case below
    Digit,
    Space,
    Punct, // ASCII punctuation or symbol (kept as itself only for '.' and '-')
};

// The Vietnamese letter-forming marks: they make ă â đ ê ô ơ ư distinct letters of the alphabet.
enum Modifier : std::uint8_t { NoModifier = 0, Breve, Circumflex, Horn, Stroke };

// Tones in Vietnamese dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
enum Tone : std::uint8_t { Level = 0, Grave, Hook, Tilde, Acute, DotBelow };

struct CharInfo
{
    Kind kind = Kind::Other;
    char base = 0; // ASCII lower-case letter or digit
    std::uint8_t modifier = NoModifier;
    std::uint8_t tone = Level;
    bool upper = false;
};

constexpr char16_t LatinFirst = 0x00C0;
constexpr char16_t LatinLast = 0x024F;
constexpr char16_t ExtendedFirst = 0x1E00;
constexpr char16_t ExtendedLast = 0x1EFF;

// How a combining mark (U+0300…U+036F) changes the letter before it.
void markEffect(char32_t mark, std::uint8_t &modifier, std::uint8_t &tone)
{
    switch (mark) {
    case 0x0300:
    case 0x0340:
        tone = Grave;
        return;
    case 0x0309:
        tone = Hook;
        return;
    case 0x0303:
        tone = Tilde;
        return;
    case 0x0301:
    case 0x0341:
        tone = Acute;
        return;
    case 0x0323:
        tone = DotBelow;
        return;
    case 0x0306:
        modifier = Breve;
        return;
    case 0x0302:
        modifier = Circumflex;
        return;
    case 0x031B:
        modifier = Horn;
        return;
    default:
        return; // ring, diaeresis, cedilla…: no meaning in Vietnamese, ignored
    }
}

bool isCombiningMark(char16_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
        || (c >= 0xFE20 && c <= 0xFE2F);
}

CharInfo asciiInfo(char16_t c)
{
    CharInfo info;
    if (c >= 'a' && c <= 'z') {
        info.kind = Kind::Letter;
        info.base = static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
        info.kind = Kind::Letter;
        info.base = static_cast<char>(c - 'A' + 'a');
        info.upper = true;
    } else if (c >= '0' && c <= '9') {
        info.kind = Kind::Digit;
        info.base = static_cast<char>(c);
    } else if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
        info.kind = Kind::Space;
    } else {
        info.kind = Kind::Punct;
    }
    return info;
}

// Decomposes a precomposed Latin letter with Qt's canonical decomposition (one level at a time,
// hence the loop: ệ → ẹ + ◌̂ → e + ◌̣ + ◌̂).
CharInfo latinInfo(char16_t c)
{
    CharInfo info;
    const QChar qc(c);
    if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0) {
        // Đ đ, and the look-alike Icelandic Ð ð that legacy converters produce for them.
        info.kind = Kind::Letter;
        info.base = 'd';
        info.modifier = Stroke;
        info.upper = (c == 0x0110 || c == 0x00D0);
        return info;
    }
    if (!qc.isLetter())
        return info;

    char32_t base = c;
    std::uint8_t modifier = NoModifier;
    std::uint8_t tone = Level;
    QString marks;
    while (QChar::decompositionTag(base) == QChar::Canonical) {
        const QString parts = QChar::decomposition(base);
        if (parts.isEmpty())
            break;
        marks.prepend(parts.mid(1));
        base = parts.at(0).unicode();
    }
    if (base >= 0x80)
        return info; // æ, ø, ß, ł…: no ASCII base letter
    const CharInfo ascii = asciiInfo(static_cast<char16_t>(base));
    if (ascii.kind != Kind::Letter)
        return info;
    for (QChar mark : std::as_const(marks))
        markEffect(mark.unicode(), modifier, tone);
    info.kind = Kind::Letter;
    info.base = ascii.base;
    info.modifier = modifier;
    info.tone = tone;
    info.upper = qc.isUpper();
    return info;
}

struct Tables
{
    std::array<CharInfo, 128> ascii;
    std::array<CharInfo, LatinLast - LatinFirst + 1> latin;
    std::array<CharInfo, ExtendedLast - ExtendedFirst + 1> extended;

    Tables()
    {
        for (char16_t c = 0; c < 128; ++c)
            ascii[c] = asciiInfo(c);
        for (char16_t c = LatinFirst; c <= LatinLast; ++c)
            latin[c - LatinFirst] = latinInfo(c);
        for (char16_t c = ExtendedFirst; c <= ExtendedLast; ++c)
            extended[c - ExtendedFirst] = latinInfo(c);
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

inline const CharInfo *lookup(const Tables &t, char16_t c)
{
    if (c < 128)
        return &t.ascii[c];
    if (c >= LatinFirst && c <= LatinLast)
        return &t.latin[c - LatinFirst];
    if (c >= ExtendedFirst && c <= ExtendedLast)
        return &t.extended[c - ExtendedFirst];
    return nullptr;
}

// The search-key form of a character outside the tables: its canonical base, case-folded.
char16_t foldOther(char16_t c)
{
    char32_t base = c;
    while (QChar::decompositionTag(base) == QChar::Canonical) {
        const QString parts = QChar::decomposition(base);
        if (parts.isEmpty())
            break;
        base = parts.at(0).unicode();
    }
    return static_cast<char16_t>(QChar::toCaseFolded(base));
}

// ---- search keys ----------------------------------------------------------------------------

// What a code unit becomes in a search key: itself folded, a word break, or nothing.
constexpr char16_t SearchBreak = 0x0000;
constexpr char16_t SearchDrop = 0xFFFF;
constexpr char16_t SearchLowEnd = 0x0370; // ASCII, Latin-1, Latin Extended A/B, IPA, combining marks

char16_t searchFoldOther(char16_t c)
{
    const QChar qc(c);
    if (qc.isLetterOrNumber())
        return foldOther(c);
    if (qc.isMark())
        return SearchDrop;
    if (qc.category() == QChar::Punctuation_Dash)
        return u'-'; // en and em dashes as typed in "Bà Rịa–Vũng Tàu"
    return SearchBreak;
}

char16_t searchFold(const CharInfo &info, char16_t c)
{
    switch (info.kind) {
    case Kind::Letter:
    case Kind::Digit:
        return static_cast<char16_t>(info.base);
    case Kind::Space:
        return SearchBreak;
    case Kind::Punct:
        return c == u'.' || c == u'-' ? c : SearchBreak;
    case Kind::Other:
        break;
    }
    return searchFoldOther(c);
}

// The search form of every code unit of the Latin blocks, computed once: searchKey() then costs
// one array read per character of Vietnamese text.
struct SearchTable
{
    std::array<char16_t, SearchLowEnd> low;
    std::array<char16_t, ExtendedLast - ExtendedFirst + 1> extended;

    SearchTable()
    {
        const Tables &t = tables();
        for (char16_t c = 0; c < SearchLowEnd; ++c) {
            const CharInfo *info = lookup(t, c);
            low[c] = info ? searchFold(*info, c) : searchFoldOther(c);
        }
        for (char16_t c = ExtendedFirst; c <= ExtendedLast; ++c)
            extended[c - ExtendedFirst] = searchFold(*lookup(t, c), c);
    }
};

const SearchTable &searchTable()
{
    static const SearchTable instance;
    return instance;
}

// ---- collation ----------------------------------------------------------------------------

// One collation element: compared on primary (letter), then secondary (tone), then tertiary
// (case) over the whole string, like every multi-level collation.
struct Element
{
    std::uint32_t primary = 0; // never 0 for a real element: 0 separates the levels in sortKey
    std::uint8_t secondary = 1;
    std::uint8_t tertiary = 1;
};

constexpr std::uint32_t SpaceWeight = 0x000001;
constexpr std::uint32_t PunctBase = 0x000010; // + ASCII code
constexpr std::uint32_t DigitBase = 0x000100; // + digit
constexpr std::uint32_t LetterBase = 0x000200; // + position in the alphabet
constexpr std::uint32_t OtherBase = 0x010000; // + case-folded UTF-16 unit

// Position of a letter in the Vietnamese alphabet; f j w z (foreign words only) come after y.
std::uint32_t alphabetPosition(char base, std::uint8_t modifier)
{
    static constexpr std::array<std::uint8_t, 26> plain
        = {/*a*/ 0, /*b*/ 3, /*c*/ 4, /*d*/ 5, /*e*/ 7, /*f*/ 29, /*g*/ 9, /*h*/ 10, /*i*/ 11,
            /*j*/ 30, /*k*/ 12, /*l*/ 13, /*m*/ 14, /*n*/ 15, /*o*/ 16, /*p*/ 19, /*q*/ 20, /*r*/ 21,
            /*s*/ 22, /*t*/ 23, /*u*/ 24, /*v*/ 26, /*w*/ 31, /*x*/ 27, /*y*/ 28, /*z*/ 32};
    std::uint32_t position = plain[static_cast<std::size_t>(base - 'a')];
    switch (base) {
    case 'a':
        position += modifier == Breve ? 1 : modifier == Circumflex ? 2 : 0;
        break;
    case 'd':
        position += modifier == Stroke ? 1 : 0;
        break;
    case 'e':
        position += modifier == Circumflex ? 1 : 0;
        break;
    case 'o':
        position += modifier == Circumflex ? 1 : modifier == Horn ? 2 : 0;
        break;
    case 'u':
        position += modifier == Horn ? 1 : 0;
        break;
    default:
        break;
    }
    return position;
}

// Walks a string as collation elements: white space runs become one space element (none at
// the ends), and combining marks after a letter (NFD input) fold into that letter.
class ElementReader final
{
public:
    explicit ElementReader(const QString &text)
        : m_data(text.utf16())
        , m_size(text.size())
        , m_tables(tables())
    {
    }

    bool next(Element &element)
    {
        if (m_havePending) {
            element = m_pending;
            m_havePending = false;
            return true;
        }
        bool sawSpace = false;
        while (m_pos < m_size) {
            Element found;
            if (!readOne(found, sawSpace))
                continue;
            if (sawSpace && m_emitted) {
                m_pending = found;
                m_havePending = true;
                element = Element{SpaceWeight, 1, 1};
                return true;
            }
            m_emitted = true;
            element = found;
            return true;
        }
        return false;
    }

private:
    // Reads one character (and its trailing marks). Returns false for white space and
    // ignorable marks, recording white space in sawSpace.
    bool readOne(Element &element, bool &sawSpace)
    {
        const char16_t c = m_data[m_pos++];
        if (const CharInfo *info = lookup(m_tables, c)) {
            switch (info->kind) {
            case Kind::Space:
                sawSpace = true;
                return false;
            case Kind::Digit:
                element = Element{DigitBase + static_cast<std::uint32_t>(info->base - '0'), 1, 1};
                return true;
            case Kind::Punct:
                element = Element{PunctBase + c, 1, 1};
                return true;
            case Kind::Letter: {
                std::uint8_t modifier = info->modifier;
                std::uint8_t tone = info->tone;
                while (m_pos < m_size && isCombiningMark(m_data[m_pos]))
                    markEffect(m_data[m_pos++], modifier, tone);
                element = Element{LetterBase + alphabetPosition(info->base, modifier),
                    static_cast<std::uint8_t>(1 + tone), static_cast<std::uint8_t>(info->upper ? 2 : 1)};
                return true;
            }
            case Kind::Other:
                break;
            }
        }
        if (isCombiningMark(c))
            return false; // a mark with no letter to attach to
        if (QChar::isSpace(c)) {
            sawSpace = true;
            return false;
        }
        const char16_t folded = foldOther(c);
        element = Element{OtherBase + folded, 1, static_cast<std::uint8_t>(folded != c ? 2 : 1)};
        return true;
    }

    const ushort *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    const Tables &m_tables;
    bool m_emitted = false;
    bool m_havePending = false;
    Element m_pending;
};

} // namespace

QString normalize(const QString &text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.simplified();
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString searchKey(const QString &text)
{
    const SearchTable &table = searchTable();
    const qsizetype size = text.size();
    const ushort *data = text.utf16();
    // The key is never longer than the text: every output unit consumes at least one input unit.
    QString key(size, Qt::Uninitialized);
    QChar *out = key.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    auto put = [&](char16_t c) {
        if (pendingSpace && length > 0)
            out[length++] = QLatin1Char(' ');
        pendingSpace = false;
        out[length++] = QChar(c);
    };

    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        char16_t folded;
        if (c < SearchLowEnd) {
            folded = table.low[c];
        } else if (c >= ExtendedFirst && c <= ExtendedLast) {
            folded = table.extended[c - ExtendedFirst];
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            const char32_t ucs = QChar::surrogateToUcs4(c, data[i + 1]);
            ++i;
            if (QChar::isLetterOrNumber(ucs)) {
                const char32_t caseFolded = QChar::toCaseFolded(ucs);
                put(QChar::highSurrogate(caseFolded));
                out[length++] = QChar(QChar::lowSurrogate(caseFolded));
            } else {
                pendingSpace = true;
            }
            continue;
        } else {
            folded = searchFoldOther(c);
        }
        if (folded == SearchDrop)
            continue;
        if (folded == SearchBreak)
            pendingSpace = true;
        else
            put(folded);
    }
    key.truncate(length);
    return key;
}

int compare(const QString &left, const QString &right)
{
    ElementReader a(left);
    ElementReader b(right);
    int secondary = 0;
    int tertiary = 0;
    Element x;
    Element y;
    for (;;) {
        const bool hasX = a.next(x);
        const bool hasY = b.next(y);
        if (!hasX || !hasY) {
            if (hasX != hasY)
                return hasX ? 1 : -1;
            break;
        }
        if (x.primary != y.primary)
            return x.primary < y.primary ? -1 : 1;
        if (secondary == 0 && x.secondary != y.secondary)
            secondary = x.secondary < y.secondary ? -1 : 1;
        if (tertiary == 0 && x.tertiary != y.tertiary)
            tertiary = x.tertiary < y.tertiary ? -1 : 1;
    }
    return secondary != 0 ? secondary : tertiary;
}

QByteArray sortKey(const QString &text)
{
    QVarLengthArray<Element, 64> elements;
    ElementReader reader(text);
    Element element;
    while (reader.next(element))
        elements.append(element);

    // Three levels one after the other, the first two ended by a separator lower than any
    // weight, so that memcmp compares the primaries first and the later levels only on a tie.
    const qsizetype count = elements.size();
    QByteArray key(3 * (count + 1) + (count + 1) + count, Qt::Uninitialized);
    char *out = key.data();
    for (const Element &e : elements) {
        *out++ = static_cast<char>((e.primary >> 16) & 0xFF);
        *out++ = static_cast<char>((e.primary >> 8) & 0xFF);
        *out++ = static_cast<char>(e.primary & 0xFF);
    }
    for (int i = 0; i < 3; ++i)
        *out++ = '\0';
    for (const Element &e : elements)
        *out++ = static_cast<char>(e.secondary);
    *out++ = '\0';
    for (const Element &e : elements)
        *out++ = static_cast<char>(e.tertiary);
    return key;
}

} // namespace motcua::TextFold

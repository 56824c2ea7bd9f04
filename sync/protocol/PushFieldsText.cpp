#include "PushFieldsText.h"

namespace motcua::protocol {

namespace {

// A forward reader over JSON text known to be valid; every method returns false on anything it
// does not expect, and the caller gives up.
class Cursor final
{
public:
    explicit Cursor(const QByteArray &text)
        : m_at(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

    // Consumes c, after any whitespace.
    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    // A member name without escapes, its characters between the quotes.
    bool name(QByteArrayView *text)
    {
        const char *begin = nullptr;
        if (!string(&begin))
            return false;
        *text = QByteArrayView(begin + 1, m_at - 1 - (begin + 1));
        return !text->contains('\\');
    }

    // One value, appended to out (when not null) without the whitespace between its tokens.
    bool value(QByteArray *out)
    {
        int depth = 0;
        do {
            skipSpace();
            if (m_at == m_end)
                return false;
            const char *begin = m_at;
            const char c = *m_at;
            if (c == '"') {
                if (!string(&begin))
                    return false;
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_at;
            } else if (c == '}' || c == ']') {
                if (--depth < 0)
                    return false;
                ++m_at;
            } else if (c == ',' || c == ':') {
                if (depth == 0)
                    return false;
                ++m_at;
            } else {
                // A number, true, false or null.
                while (m_at != m_end && isScalarCharacter(*m_at))
                    ++m_at;
                if (m_at == begin)
                    return false;
            }
            if (out)
                out->append(begin, m_at - begin);
        } while (depth > 0);
        return true;
    }

private:
    static bool isScalarCharacter(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' || c == 'E';
    }

    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    // A string token, quotes included; *begin is its opening quote.
    bool string(const char **begin)
    {
        skipSpace();
        if (m_at == m_end || *m_at != '"')
            return false;
        *begin = m_at++;
        while (m_at != m_end) {
            const char c = *m_at++;
            if (c == '\\') {
                if (m_at == m_end)
                    return false;
                ++m_at;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }

    const char *m_at;
    const char *m_end;
};

// One op object: the text of its "fields", empty when it has none.
bool readOp(Cursor &cursor, QList<QByteArray> &texts)
{
    if (!cursor.take('{'))
        return false;
    QByteArray fields;
    bool seen = false;
    if (!cursor.take('}')) {
        do {
            QByteArrayView name;
            if (!cursor.name(&name) || !cursor.take(':'))
                return false;
            const bool isFields = name == QByteArrayView("fields");
            if (isFields && seen)
                return false; // repeated: which one the parser kept is not this reader's to guess
            seen = seen || isFields;
            if (!cursor.value(isFields ? &fields : nullptr))
                return false;
        } while (cursor.take(','));
        if (!cursor.take('}'))
            return false;
    }
    texts << fields;
    return true;
}

} // namespace

std::optional<QList<QByteArray>> pushFieldsTexts(const QByteArray &body)
{
    Cursor cursor(body);
    QList<QByteArray> texts;
    bool seenOps = false;
    if (!cursor.take('{'))
        return std::nullopt;
    if (!cursor.take('}')) {
        do {
            QByteArrayView name;
            if (!cursor.name(&name) || !cursor.take(':'))
                return std::nullopt;
            if (name != QByteArrayView("ops")) {
                if (!cursor.value(nullptr))
                    return std::nullopt;
                continue;
            }
            if (seenOps || !cursor.take('['))
                return std::nullopt;
            seenOps = true;
            if (!cursor.take(']')) {
                do {
                    if (!readOp(cursor, texts))
                        return std::nullopt;
                } while (cursor.take(','));
                if (!cursor.take(']'))
                    return std::nullopt;
            }
        } while (cursor.take(','));
        if (!cursor.take('}'))
            return std::nullopt;
    }
    if (!seenOps || !cursor.atEnd())
        return std::nullopt;
    return texts;
}

} // namespace motcua::protocol

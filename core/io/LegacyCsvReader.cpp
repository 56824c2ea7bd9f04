#include "LegacyCsvReader.h"

#include "domain/SystemErrorText.h"

#include <QCoreApplication>
#include <QIODevice>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::LegacyCsvReader", text);
}

constexpr qint64 kChunk = 64 * 1024;

} // namespace

LegacyCsvReader::LegacyCsvReader(QIODevice &device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

bool LegacyCsvReader::fill()
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + kChunk);
    const qint64 read = m_device.read(m_buffer.data() + before, kChunk);
    if (read < 0) {
        m_failed = true;
        m_buffer.resize(before);
        return false;
    }
    m_buffer.resize(before + read);
    if (m_atStart && m_buffer.size() >= 3) {
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_position = 3;
            m_consumed += 3;
        }
        m_atStart = false;
    } else if (m_atStart && read == 0) {
        m_atStart = false;
    }
    return read > 0;
}

Result<bool> LegacyCsvReader::next(QList<QByteArray> &fields)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    fields.clear();
    QByteArray field;
    State state = State::FieldStart;
    bool recordHasContent = false;
    qint64 quoteLine = 0;
    m_recordLine = m_line;

    auto endField = [&]() -> Status {
        if (fields.size() >= kMaxFields) {
            return makeError(QStringLiteral("csv.too_many_fields"),
                tr("Line %1 has more than %2 columns: is this really a table?").arg(m_recordLine).arg(kMaxFields));
        }
        fields.append(field);
        field.clear();
        return {};
    };

    while (true) {
        if (m_position >= m_buffer.size() && !fill()) {
            if (m_failed) {
                return makeError(QStringLiteral("csv.read_failed"),
                    tr("The file could not be read after line %1: %2")
                        .arg(m_line)
                        .arg(SystemErrorText::file(m_device.errorString())));
            }
            // End of input.
            if (state == State::Quoted) {
                return makeError(QStringLiteral("csv.unterminated_quote"),
                    tr("The quote opened on line %1 is never closed.").arg(quoteLine));
            }
            if (!recordHasContent && field.isEmpty() && fields.isEmpty())
                return false;
            if (auto s = endField(); !s)
                return s.error();
            return true;
        }
        const char c = m_buffer.at(m_position++);
        ++m_consumed;
        if (field.size() >= kMaxFieldBytes) {
            return makeError(QStringLiteral("csv.field_too_long"),
                tr("A value on line %1 is longer than %2 bytes (an unclosed quote?).")
                    .arg(m_recordLine)
                    .arg(kMaxFieldBytes));
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
                recordHasContent = true;
            } else if (c == m_delimiter) {
                recordHasContent = true;
                if (auto s = endField(); !s)
                    return s.error();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && (m_position < m_buffer.size() || fill()) && m_buffer.at(m_position) == '\n') {
                    ++m_position;
                    ++m_consumed;
                }
                ++m_line;
                if (!recordHasContent && field.isEmpty() && fields.isEmpty()) {
                    m_recordLine = m_line; // a blank line: no record
                    continue;
                }
                if (auto s = endField(); !s)
                    return s.error();
                return true;
            } else {
                field.append(c);
                recordHasContent = true;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field.append('"');
                state = State::Quoted;
            } else {
                // The quoted part ended: what follows is handled like unquoted text (a stray
                // character after the closing quote is kept, as spreadsheets do).
                --m_position;
                --m_consumed;
                state = State::Unquoted;
            }
            break;
        }
    }
}

char LegacyCsvReader::detectDelimiter(QByteArrayView sample)
{
    // Field counts per line for each candidate, for the first lines, honouring quotes.
    constexpr char candidates[] = {',', ';', '\t', '|'};
    constexpr int kLines = 20;
    char best = ',';
    long bestScore = 0;
    for (char candidate : candidates) {
        QList<int> counts;
        int count = 1;
        bool quoted = false;
        bool lineHasContent = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < kLines; ++i) {
            const char c = sample.at(i);
            if (c == '"') {
                quoted = !quoted;
                lineHasContent = true;
            } else if (!quoted && c == candidate) {
                ++count;
                lineHasContent = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (lineHasContent)
                    counts.append(count);
                count = 1;
                lineHasContent = false;
            } else {
                lineHasContent = true;
            }
        }
        if (lineHasContent && counts.size() < kLines && !quoted)
            counts.append(count);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        long agreeing = 0;
        for (int lineCount : std::as_const(counts))
            agreeing += lineCount == counts.first() ? 1 : 0;
        const long score = agreeing * 10000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace motcua

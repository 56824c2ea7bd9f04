#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

class QIODevice;

namespace motcua {

// Reads CSV records (RFC 4180) from a device as raw bytes, one record at a time: quoted fields
// with "" for a quote, line breaks inside quotes, CRLF or LF. The bytes stay undecoded because
// legacy files are not UTF-8 (LegacyTable decodes them); every structural byte (quote,
// delimiter, CR, LF) is ASCII in all the encodings involved. Memory stays bounded by the
// largest record: a field over kMaxFieldBytes or a record over kMaxFields fields is an error,
// so a broken file (an unclosed quote at the top of a 1 GB file) cannot swallow the machine.
class LegacyCsvReader final
{
public:
    static constexpr qsizetype kMaxFieldBytes = 1 << 20;
    static constexpr qsizetype kMaxFields = 4096;

    // device must be open for reading; a UTF-8 byte order mark at its start is skipped.
    explicit LegacyCsvReader(QIODevice &device, char delimiter = ',');

    // The next record into fields: true, or false at the end of the input. Blank lines are
    // skipped. Errors: "csv.unterminated_quote", "csv.field_too_long", "csv.too_many_fields",
    // "csv.read_failed" (each message names the line).
    Result<bool> next(QList<QByteArray> &fields);

    // The line of the file (1-based) on which the last record returned began.
    qint64 recordLine() const { return m_recordLine; }
    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_consumed; }

    // The delimiter a sample most likely uses: ',', ';', '\t' or '|'. Picks the candidate that
    // splits the first lines (outside quotes) into the same number of fields, at least two,
    // preferring more lines that agree, then more fields; ',' when nothing fits.
    static char detectDelimiter(QByteArrayView sample);

private:
    bool fill();

    QIODevice &m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_atStart = true;
    bool m_failed = false;
};

} // namespace motcua

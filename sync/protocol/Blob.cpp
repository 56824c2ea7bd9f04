#include "Blob.h"

#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "QueryReader.h"
#include "WireTypes.h"

#include <QCoreApplication>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::Blob", text);
}

const char sha256Shape[]
    = QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "a SHA-256 digest in 64 lower-case hex digits");

// Plain decimal digits, at most 18 (no overflow), no sign; nullopt otherwise.
std::optional<qint64> decimal(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

Error malformed(const QString &path, const QString &reason)
{
    return makeError(QString::fromLatin1(errors::requestMalformed), path + QStringLiteral(": ") + reason);
}

} // namespace

QString blobPath(const QString &sha256)
{
    return QLatin1String(basePath) + QStringLiteral("/blobs/") + sha256;
}

QString blobContentPath(const QString &sha256)
{
    return blobPath(sha256) + QStringLiteral("/content");
}

Result<BlobStatus> BlobStatus::fromJson(const QByteArray &body)
{
    auto object = JsonReader::parseBody(body, limits::maxSmallBody, QString::fromLatin1(errors::responseMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<BlobStatus> BlobStatus::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    BlobStatus status;
    status.sha256 = reader.token("sha256", &isSha256Hex, sha256Shape);
    status.size = reader.nullableInteger("size", 0, limits::maxBlobBytes);
    status.received = reader.integer("received", 0, limits::maxBlobBytes);
    status.complete = reader.boolean("complete");
    if (reader.ok() && status.received > status.size.value_or(0))
        reader.fail(QStringLiteral("received"), tr("is more than the size"));
    if (reader.ok() && status.complete && (!status.size || status.received != *status.size))
        reader.fail(QStringLiteral("complete"), tr("is true before all bytes were received"));
    if (!reader.ok())
        return reader.error();
    return status;
}

QJsonObject BlobStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("size"), size ? QJsonValue(*size) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("received"), received},
        {QStringLiteral("complete"), complete},
    };
}

Result<BlobChunkQuery> BlobChunkQuery::fromQuery(const QUrlQuery &query)
{
    QueryReader reader(query, {"offset", "size"});
    BlobChunkQuery result;
    reader.required("offset");
    reader.required("size");
    result.offset = reader.integer("offset", 0, limits::maxBlobBytes).value_or(0);
    result.size = reader.integer("size", 0, limits::maxBlobBytes).value_or(0);
    if (reader.ok() && result.offset > result.size)
        reader.fail("offset", tr("is beyond the size"));
    if (!reader.ok())
        return reader.error();
    return result;
}

QUrlQuery BlobChunkQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    return query;
}

Status BlobChunkQuery::checkChunkLength(qint64 chunkLength) const
{
    if (chunkLength > limits::maxChunkBytes) {
        return makeError(QString::fromLatin1(errors::requestTooLarge),
            tr("A chunk may hold at most %1 bytes.").arg(limits::maxChunkBytes));
    }
    if (chunkLength == 0 && size != 0)
        return malformed(QStringLiteral("$"), tr("an empty chunk"));
    if (offset + chunkLength > size)
        return malformed(QStringLiteral("?offset"), tr("the chunk ends after the declared size"));
    return {};
}

Status verifyChunk(const QByteArray &chunk, const QByteArray &chunkSha256Header)
{
    if (!isSha256Hex(chunkSha256Header)) {
        return malformed(QStringLiteral("X-Chunk-SHA256"),
            QCoreApplication::translate("motcua::protocol::JsonReader", "must be %1")
                .arg(QCoreApplication::translate("motcua::protocol::JsonReader", sha256Shape)));
    }
    if (sha256Hex(chunk) != QString::fromLatin1(chunkSha256Header)) {
        return makeError(QString::fromLatin1(errors::blobChunkMismatch),
            tr("The chunk was damaged on the way: its SHA-256 does not match X-Chunk-SHA256."));
    }
    return {};
}

Result<BlobChunkAck> BlobChunkAck::fromJson(const QByteArray &body)
{
    auto object = JsonReader::parseBody(body, limits::maxSmallBody, QString::fromLatin1(errors::responseMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<BlobChunkAck> BlobChunkAck::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    BlobChunkAck ack;
    ack.received = reader.integer("received", 0, limits::maxBlobBytes);
    ack.complete = reader.boolean("complete");
    if (!reader.ok())
        return reader.error();
    return ack;
}

QJsonObject BlobChunkAck::toJson() const
{
    return QJsonObject{{QStringLiteral("received"), received}, {QStringLiteral("complete"), complete}};
}

QByteArray ByteRange::contentRange(qint64 total) const
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(total);
}

Result<std::optional<ByteRange>> ByteRange::fromRangeHeader(const QByteArray &header, qint64 total)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty() || !value.toLower().startsWith("bytes=") || value.contains(','))
        return std::optional<ByteRange>();
    const QByteArray spec = value.mid(6);
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::optional<ByteRange>();
    const QByteArray firstText = spec.left(dash);
    const QByteArray lastText = spec.mid(dash + 1);
    const Error unsatisfiable = makeError(QString::fromLatin1(errors::rangeNotSatisfiable),
        tr("The requested range is outside the file (%1 bytes).").arg(total));
    if (firstText.isEmpty()) {
        // "bytes=-N": the last N bytes.
        const auto suffix = decimal(lastText);
        if (!suffix)
            return std::optional<ByteRange>();
        if (*suffix == 0 || total == 0)
            return unsatisfiable;
        return std::optional<ByteRange>(ByteRange{qMax<qint64>(0, total - *suffix), total - 1});
    }
    const auto first = decimal(firstText);
    const auto last = lastText.isEmpty() ? std::optional<qint64>(total - 1) : decimal(lastText);
    if (!first || !last || (!lastText.isEmpty() && *last < *first))
        return std::optional<ByteRange>();
    if (*first >= total)
        return unsatisfiable;
    return std::optional<ByteRange>(ByteRange{*first, qMin(*last, total - 1)});
}

QByteArray ByteRange::rangeHeaderFrom(qint64 offset)
{
    return "bytes=" + QByteArray::number(offset) + '-';
}

Result<ByteRange> parseContentRange(const QByteArray &header, qint64 *total)
{
    const Error bad = makeError(QString::fromLatin1(errors::responseMalformed),
        tr("Content-Range is not 'bytes FIRST-LAST/TOTAL': %1").arg(QString::fromLatin1(header.left(100))));
    if (!header.startsWith("bytes "))
        return bad;
    const QByteArray spec = header.mid(6);
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash < 0 || slash < dash)
        return bad;
    const auto first = decimal(spec.left(dash));
    const auto last = decimal(spec.mid(dash + 1, slash - dash - 1));
    const auto size = decimal(spec.mid(slash + 1));
    if (!first || !last || !size || *first > *last || *last >= *size || *size > limits::maxBlobBytes)
        return bad;
    if (total)
        *total = *size;
    return ByteRange{*first, *last};
}

} // namespace motcua::protocol

// libFuzzer target: arbitrary bytes into every parser of motcua-sync/1 and into the bounded zstd
// decoder. Beyond "no crash, no sanitizer report", it checks three properties and aborts when one
// fails: whatever a parser accepts survives toJson → fromJson unchanged (so client and server
// never disagree about an accepted message), every refusal carries a protocol error code, and the
// text kept for each pushed op's fields parses back to those fields.

#include "protocol/Blob.h"
#include "protocol/Compression.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Ping.h"
#include "protocol/Pull.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace motcua;
using namespace motcua::protocol;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_protocol: property violated: %s\n", what);
    std::abort();
}

void expectCode(const Error &error, const char *parser)
{
    static const QStringList allowed{
        QString::fromLatin1(errors::requestMalformed),
        QString::fromLatin1(errors::requestTooLarge),
        QString::fromLatin1(errors::responseMalformed),
        QString::fromLatin1(errors::requestBadEncoding),
        QString::fromLatin1(errors::authMissing),
        QString::fromLatin1(errors::authInvalid),
        QString::fromLatin1(errors::unsupportedEncoding),
        QString::fromLatin1(errors::blobChunkMismatch),
        QString::fromLatin1(errors::rangeNotSatisfiable),
    };
    if (!allowed.contains(error.code) || error.message.isEmpty())
        violated(parser);
}

template <typename Message> void roundTrip(const QByteArray &bytes, const char *name)
{
    const auto parsed = Message::fromJson(bytes);
    if (!parsed) {
        expectCode(parsed.error(), name);
        return;
    }
    const auto again = Message::fromJson(compactJson(parsed->toJson()));
    if (!again || !(*again == *parsed))
        violated(name);
}

template <typename Query> void queryRoundTrip(const QByteArray &bytes, const char *name)
{
    const auto parsed = Query::fromQuery(QUrlQuery(QString::fromUtf8(bytes)));
    if (!parsed) {
        expectCode(parsed.error(), name);
        return;
    }
    const auto again = Query::fromQuery(parsed->toQuery());
    if (!again || !(*again == *parsed))
        violated(name);
}

// The text the server stores for each op's fields (cut from the body, PushFieldsText.h) holds
// exactly the fields the parser checked.
void pushFieldsTexts(const QByteArray &bytes)
{
    const auto parsed = PushRequest::fromJson(bytes);
    if (!parsed)
        return;
    for (const PushOp &op : parsed->ops) {
        QJsonParseError error;
        const QJsonDocument stored = QJsonDocument::fromJson(op.fieldsJson, &error);
        if (error.error != QJsonParseError::NoError || !stored.isObject() || stored.object() != op.fields
            || op.fieldsJson.size() > limits::maxOpFieldsBytes)
            violated("PushRequest fields text");
    }
}

void headers(const QByteArray &bytes)
{
    if (const auto credential = DeviceCredential::fromAuthorization(bytes)) {
        const auto again = DeviceCredential::fromAuthorization(credential->toAuthorization());
        if (!again || !(*again == *credential) || DeviceCredential::tokenHash(credential->token).size() != 64)
            violated("DeviceCredential");
    } else {
        expectCode(credential.error(), "DeviceCredential");
    }
    for (const qint64 total : {qint64(0), qint64(1), qint64(1000)}) {
        const auto range = ByteRange::fromRangeHeader(bytes, total);
        if (range && *range && ((*range)->first < 0 || (*range)->last >= total || (*range)->length() < 1))
            violated("ByteRange");
    }
    qint64 total = -1;
    if (const auto range = parseContentRange(bytes, &total)) {
        qint64 totalAgain = -1;
        const auto again = parseContentRange(range->contentRange(total), &totalAgain);
        if (!again || !(*again == *range) || totalAgain != total)
            violated("Content-Range");
    }
    const int retry = parseRetryAfter(bytes, QDateTime(QDate(2025, 7, 1), QTime(2, 0), QTimeZone::utc()));
    if (retry < -1 || retry > limits::maxRetryAfterSeconds)
        violated("Retry-After");
    if (const auto encoding = parseContentEncoding(bytes); !encoding)
        expectCode(encoding.error(), "Content-Encoding");
    (void)acceptsZstd(bytes);
    (void)isJsonContentType(bytes);
    if (const auto code = EnrollRequest::normalizeCode(QString::fromUtf8(bytes)); code && !EnrollRequest::isCode(*code))
        violated("normalizeCode");
    (void)verifyChunk(bytes, bytes.left(64));
}

void zstd(const QByteArray &bytes)
{
    constexpr qint64 cap = 64 * 1024;
    const auto decoded = zstdDecompress(bytes, cap);
    if (!decoded) {
        expectCode(decoded.error(), "zstdDecompress");
        return;
    }
    if (decoded->size() > cap)
        violated("zstdDecompress cap");
    const auto again = zstdDecompress(zstdCompress(*decoded).value(), cap);
    if (!again || *again != *decoded)
        violated("zstd round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    roundTrip<PushRequest>(bytes, "PushRequest");
    pushFieldsTexts(bytes);
    roundTrip<PushResponse>(bytes, "PushResponse");
    roundTrip<PullResponse>(bytes, "PullResponse");
    roundTrip<PingResponse>(bytes, "PingResponse");
    roundTrip<EnrollRequest>(bytes, "EnrollRequest");
    roundTrip<EnrollResponse>(bytes, "EnrollResponse");
    roundTrip<BlobStatus>(bytes, "BlobStatus");
    roundTrip<BlobChunkAck>(bytes, "BlobChunkAck");
    roundTrip<ErrorBody>(bytes, "ErrorBody");
    if (size <= 4096) {
        queryRoundTrip<PullQuery>(bytes, "PullQuery");
        queryRoundTrip<PingQuery>(bytes, "PingQuery");
        queryRoundTrip<BlobChunkQuery>(bytes, "BlobChunkQuery");
        headers(bytes);
    }
    zstd(bytes);
    return 0;
}

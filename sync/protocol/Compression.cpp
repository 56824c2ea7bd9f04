#include "Compression.h"

#include "ErrorBody.h"
#include "Limits.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

#include <zstd.h>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::Compression", text);
}

// Output grows by at most this much at a time: the decompressor never needs more room than the
// bytes it actually produced.
constexpr qint64 growthStep = 64 * limits::KiB;

struct DCtxFree
{
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};

struct CCtxFree
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};

Error tooLarge(qint64 maxOutput)
{
    return makeError(QString::fromLatin1(errors::requestTooLarge),
        tr("The body would be larger than %1 bytes once decompressed.").arg(maxOutput));
}

Error corrupt(const char *detail)
{
    return makeError(QString::fromLatin1(errors::requestBadEncoding),
        tr("The body is not valid zstd data (%1).").arg(QString::fromLatin1(detail)));
}

QList<QByteArray> headerItems(const QByteArray &header)
{
    QList<QByteArray> items;
    for (const QByteArray &item : header.split(',')) {
        const QByteArray trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

Result<QByteArray> zstdCompress(const QByteArray &input, int level)
{
    std::unique_ptr<ZSTD_CCtx, CCtxFree> context(ZSTD_createCCtx());
    if (!context)
        return makeError(QString::fromLatin1(errors::internal), tr("Out of memory for compression."));
    // Levels above 19 use windows beyond 8 MiB, which our own decoder (and RFC 9659) refuses.
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, qBound(1, level, 19));
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1);
    QByteArray output(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(input.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress2(context.get(), output.data(), static_cast<size_t>(output.size()),
        input.constData(), static_cast<size_t>(input.size()));
    if (ZSTD_isError(written)) {
        return makeError(QString::fromLatin1(errors::internal),
            tr("Compression failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(written))));
    }
    output.truncate(static_cast<qsizetype>(written));
    return output;
}

Result<QByteArray> zstdDecompress(const QByteArray &input, qint64 maxOutput)
{
    if (input.isEmpty())
        return corrupt("empty input");
    // A frame that announces its size is refused at once when the announcement is too big; the
    // announcement is never trusted to size the buffer.
    const unsigned long long declared = ZSTD_getFrameContentSize(input.constData(), static_cast<size_t>(input.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return corrupt("not a zstd frame");
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > static_cast<unsigned long long>(maxOutput))
        return tooLarge(maxOutput);

    std::unique_ptr<ZSTD_DCtx, DCtxFree> context(ZSTD_createDCtx());
    if (!context)
        return makeError(QString::fromLatin1(errors::internal), tr("Out of memory for decompression."));
    ZSTD_DCtx_setParameter(context.get(), ZSTD_d_windowLogMax, limits::maxZstdWindowLog);

    QByteArray output;
    ZSTD_inBuffer in{input.constData(), static_cast<size_t>(input.size()), 0};
    while (true) {
        if (output.size() >= maxOutput + 1) // one byte past the cap proves the output is too large
            return tooLarge(maxOutput);
        const qint64 room = qMin<qint64>(growthStep, maxOutput + 1 - output.size());
        const qsizetype before = output.size();
        output.resize(before + static_cast<qsizetype>(room));
        ZSTD_outBuffer out{output.data() + before, static_cast<size_t>(room), 0};
        // The hint is 0 exactly when a frame is complete and flushed. Calling again after the
        // last frame would start reading a new frame, so the hint is looked at right away.
        const size_t hint = ZSTD_decompressStream(context.get(), &out, &in);
        output.resize(before + static_cast<qsizetype>(out.pos));
        if (ZSTD_isError(hint))
            return corrupt(ZSTD_getErrorName(hint));
        if (output.size() > maxOutput)
            return tooLarge(maxOutput);
        if (in.pos == in.size) {
            if (hint == 0)
                break;
            if (out.pos < out.size) // room left and no input: the frame was cut short
                return corrupt("truncated frame");
        }
    }
    output.squeeze();
    return output;
}

Result<ContentEncoding> parseContentEncoding(const QByteArray &header)
{
    const QByteArray value = header.trimmed().toLower();
    if (value.isEmpty() || value == "identity")
        return ContentEncoding::Identity;
    if (value == "zstd")
        return ContentEncoding::Zstd;
    return makeError(QString::fromLatin1(errors::unsupportedEncoding),
        tr("Content-Encoding '%1' is not supported; use zstd or none.").arg(QString::fromLatin1(header.left(64))));
}

bool acceptsZstd(const QByteArray &acceptEncoding)
{
    bool zstd = false;
    bool zstdListed = false;
    bool star = false;
    for (const QByteArray &item : headerItems(acceptEncoding)) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        bool allowed = true;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double q = parameter.mid(2).toDouble(&ok);
                allowed = ok && q > 0;
            }
        }
        if (coding == "zstd") {
            zstdListed = true;
            zstd = allowed;
        } else if (coding == "*") {
            star = allowed;
        }
    }
    return zstdListed ? zstd : star;
}

Result<QByteArray> decodeBody(const QByteArray &raw, const QByteArray &contentEncoding, qint64 maxBytes)
{
    const auto encoding = parseContentEncoding(contentEncoding);
    if (!encoding)
        return encoding.error();
    if (raw.size() > maxBytes) {
        return makeError(
            QString::fromLatin1(errors::requestTooLarge), tr("The body is larger than %1 bytes.").arg(maxBytes));
    }
    if (*encoding == ContentEncoding::Identity)
        return raw;
    return zstdDecompress(raw, maxBytes);
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

} // namespace motcua::protocol

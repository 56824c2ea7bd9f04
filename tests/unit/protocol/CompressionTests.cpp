#include "TempDir.h"

#include "protocol/Compression.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <sys/resource.h>
#include <zstd.h>

using namespace motcua;
using namespace motcua::protocol;

namespace {

// `bytes` zero bytes compressed by streaming, in 1 MiB steps: a tiny input that expands hugely.
// declareSize writes the size into the frame header; otherwise the decoder only learns it by
// decompressing.
QByteArray zeroBomb(qint64 bytes, bool declareSize, int windowLog = 0)
{
    ZSTD_CCtx *context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, 1);
    if (windowLog)
        ZSTD_CCtx_setParameter(context, ZSTD_c_windowLog, windowLog);
    if (declareSize)
        ZSTD_CCtx_setPledgedSrcSize(context, static_cast<unsigned long long>(bytes));
    else
        ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out(static_cast<qsizetype>(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    QByteArray result;
    for (qint64 done = 0; done < bytes;) {
        const qint64 step = qMin<qint64>(zeros.size(), bytes - done);
        done += step;
        const ZSTD_EndDirective mode = done == bytes ? ZSTD_e_end : ZSTD_e_continue;
        ZSTD_inBuffer in{zeros.constData(), static_cast<size_t>(step), 0};
        size_t remaining = 0;
        do {
            ZSTD_outBuffer buffer{out.data(), static_cast<size_t>(out.size()), 0};
            remaining = ZSTD_compressStream2(context, &buffer, &in, mode);
            REQUIRE_FALSE(ZSTD_isError(remaining));
            result.append(out.constData(), static_cast<qsizetype>(buffer.pos));
        } while (mode == ZSTD_e_end ? remaining != 0 : in.pos < in.size);
    }
    ZSTD_freeCCtx(context);
    return result;
}

qint64 peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

TEST_CASE("zstd round trips text, binary and empty bodies", "[protocol][zstd]")
{
    QByteArray json;
    for (int i = 0; i < 2000; ++i)
        json += "{\"op_id\":\"" + QByteArray::number(i) + "\",\"fields\":{\"applicant_name\":\"Nguyễn Văn An\"}},";
    for (const QByteArray &input : {json, randomBytes(300000), QByteArray()}) {
        const auto compressed = zstdCompress(input);
        REQUIRE(compressed.ok());
        const auto restored = zstdDecompress(*compressed, input.size());
        REQUIRE(restored.ok());
        CHECK(*restored == input);
    }
    CHECK(zstdCompress(json).value().size() * 10 < json.size());
}

TEST_CASE("Decompression stops at the cap, one byte is enough to refuse", "[protocol][zstd]")
{
    const QByteArray input = randomBytes(10000);
    const QByteArray compressed = zstdCompress(input).value();
    CHECK(zstdDecompress(compressed, 10000).ok());
    const auto over = zstdDecompress(compressed, 9999);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == QLatin1String(errors::requestTooLarge));
    CHECK(httpStatusFor(over.error().code) == 413);
}

TEST_CASE("A bomb that declares its size is refused before decompressing", "[protocol][zstd]")
{
    const QByteArray bomb = zeroBomb(512LL * 1024 * 1024, true);
    CHECK(bomb.size() < 64 * 1024);
    const auto result = zstdDecompress(bomb, limits::maxPushBody);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QLatin1String(errors::requestTooLarge));
}

TEST_CASE("A bomb that hides its size is refused without allocating its output", "[protocol][zstd]")
{
    const qint64 expanded = 512LL * 1024 * 1024;
    const QByteArray bomb = zeroBomb(expanded, false);
    CHECK(bomb.size() < 64 * 1024);
    const qint64 before = peakResidentKiB();
    const auto result = zstdDecompress(bomb, limits::maxPushBody);
    const qint64 after = peakResidentKiB();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QLatin1String(errors::requestTooLarge));
    // The peak grew by the cap and the decoder's window at most, never by the bomb's size.
    CHECK((after - before) * 1024 < 4 * limits::maxPushBody + 16 * limits::MiB);
    CHECK((after - before) * 1024 < expanded / 8);
}

TEST_CASE("Garbage, truncated frames and trailing bytes are refused as a bad encoding", "[protocol][zstd]")
{
    const QByteArray good = zstdCompress(QByteArray(5000, 'x')).value();
    const QByteArray bad[] = {
        QByteArray(),
        QByteArray("{\"batch_id\":\"not compressed at all\"}"),
        randomBytes(1000),
        good.left(good.size() - 4),
        good.left(6),
        good + "garbage",
    };
    for (const QByteArray &input : bad) {
        CAPTURE(input.size());
        const auto result = zstdDecompress(input, limits::maxPushBody);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String(errors::requestBadEncoding));
        CHECK(httpStatusFor(result.error().code) == 400);
    }
}

TEST_CASE("Frames that need a window beyond 8 MiB are refused", "[protocol][zstd]")
{
    const QByteArray wide = zeroBomb(2LL * 1024 * 1024, false, 24);
    const auto result = zstdDecompress(wide, limits::maxPushBody);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QLatin1String(errors::requestBadEncoding));
    const auto fits = zstdDecompress(zeroBomb(2LL * 1024 * 1024, false, 23), limits::maxPushBody);
    INFO((fits ? QString() : fits.error().message).toStdString());
    CHECK(fits.ok());
}

TEST_CASE("Concatenated frames decode to the concatenated bodies", "[protocol][zstd]")
{
    const QByteArray both = zstdCompress("{\"a\":").value() + zstdCompress("1}").value();
    CHECK(zstdDecompress(both, 100).value() == "{\"a\":1}");
}

TEST_CASE("Only zstd and identity are accepted as Content-Encoding", "[protocol][zstd]")
{
    CHECK(parseContentEncoding(QByteArray()).value() == ContentEncoding::Identity);
    CHECK(parseContentEncoding("identity").value() == ContentEncoding::Identity);
    CHECK(parseContentEncoding(" ZSTD ").value() == ContentEncoding::Zstd);
    for (const char *other : {"gzip", "br", "zstd, gzip", "x-zstd"}) {
        const auto result = parseContentEncoding(other);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String(errors::unsupportedEncoding));
        CHECK(httpStatusFor(result.error().code) == 415);
    }
}

TEST_CASE("Accept-Encoding allows a zstd answer when zstd or * has a non-zero q", "[protocol][zstd]")
{
    CHECK(acceptsZstd("zstd"));
    CHECK(acceptsZstd("gzip, zstd;q=0.5"));
    CHECK(acceptsZstd("*"));
    CHECK_FALSE(acceptsZstd(QByteArray()));
    CHECK_FALSE(acceptsZstd("gzip, br"));
    CHECK_FALSE(acceptsZstd("zstd;q=0"));
    CHECK_FALSE(acceptsZstd("*, zstd;q=0"));
}

TEST_CASE("A body is decoded under its limit whatever its encoding", "[protocol][zstd]")
{
    const QByteArray json("{\"batch_id\":\"x\"}");
    CHECK(decodeBody(json, QByteArray(), 100).value() == json);
    CHECK(decodeBody(zstdCompress(json).value(), "zstd", 100).value() == json);
    CHECK(decodeBody(json, QByteArray(), 10).error().code == QLatin1String(errors::requestTooLarge));
    CHECK(decodeBody(zstdCompress(json).value(), "zstd", 10).error().code == QLatin1String(errors::requestTooLarge));
    CHECK(decodeBody(json, "gzip", 100).error().code == QLatin1String(errors::unsupportedEncoding));
    CHECK(isJsonContentType("application/json"));
    CHECK(isJsonContentType("Application/JSON; charset=UTF-8"));
    CHECK_FALSE(isJsonContentType("text/html"));
    CHECK_FALSE(isJsonContentType("application/json; charset=iso-8859-1"));
}

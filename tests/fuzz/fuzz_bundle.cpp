// fuzz_bundle: libFuzzer over the USB bundle reader (core/io/BundleReader, BundleFormat).
// The first byte chooses the target: 0 the manifest parser alone, anything else the whole file
// reader (frame, trust, and the streamed body even when the trust check fails, so that the record
// parser is reached by inputs without a valid signature).
// Properties besides crashes: a manifest the parser accepts survives toJson -> fromJson unchanged;
// every refusal carries a "bundle." error code; a body read never yields more bytes than declared.
#include "io/BundleCrypto.h"
#include "io/BundleReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace motcua;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void requireBundleCode(const Error &error)
{
    require(error.code.startsWith(QLatin1String("bundle.")));
}

class Count final : public BundleVisitor
{
public:
    Status blobChunk(const QByteArray &chunk) override
    {
        bytes += chunk.size();
        return {};
    }
    Status op(const BundleOpEntry &entry, const QJsonObject &) override
    {
        bytes += entry.bytes;
        return {};
    }
    qint64 bytes = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    if (data[0] == 0) {
        const Result<BundleManifest> manifest = BundleManifest::fromJson(input);
        if (!manifest) {
            requireBundleCode(manifest.error());
            return 0;
        }
        const Result<BundleManifest> again = BundleManifest::fromJson(manifest->toJson());
        require(again.ok() && *again == *manifest);
        return 0;
    }
    static const QString path = QDir::temp().filePath(QStringLiteral("fuzz_bundle_%1.mcbundle").arg(getpid()));
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(file.write(input) == input.size());
    }
    static const QByteArray provinceKey = BundleCrypto::generateKeyPair().publicKey;
    BundleReader reader(path);
    if (const Status opened = reader.open(); !opened) {
        requireBundleCode(opened.error());
        return 0;
    }
    if (const Status trusted = reader.trust(provinceKey, QStringLiteral("12345")); !trusted)
        requireBundleCode(trusted.error());
    Count count;
    if (const Status read = reader.read(&count); !read) {
        requireBundleCode(read.error());
        return 0;
    }
    qint64 declared = 0;
    for (const BundleBlobEntry &blob : reader.manifest().blobs)
        declared += blob.size;
    for (const BundleOpEntry &op : reader.manifest().ops)
        declared += op.bytes;
    require(count.bytes == declared);
    return 0;
}

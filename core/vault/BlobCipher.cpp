#include "BlobCipher.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

#include <sodium.h>

namespace motcua::vault {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::vault::BlobCipher", text);
}

const char kMagic[8] = {'M', 'C', 'S', 'C', 'A', 'N', '0', '1'};

} // namespace

BlobCipher::BlobCipher(const DataKey &key)
    : m_key(key.subkey(DataKey::Purpose::Scans))
    , m_nameKey(key.subkey(DataKey::Purpose::ScanNames))
{
}

QString BlobCipher::fileName(const QString &sha256) const
{
    const QByteArray input = sha256.toLatin1();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(input.constData()),
        static_cast<unsigned long long>(input.size()), m_nameKey.data(), m_nameKey.size());
    // The suffix keeps sealed names apart from the clear content names of an older folder.
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex())
        + QStringLiteral(".sealed");
}

Status BlobCipher::encrypt(QIODevice &source, QIODevice &sink, QCryptographicHash *hash) const
{
    const auto writeFailed = [&] {
        return makeError(QStringLiteral("attachment.write_failed"),
            tr("The encrypted scan could not be written (the disk may be full): %1").arg(sink.errorString()));
    };
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, m_key.data());
    if (sink.write(kMagic, sizeof kMagic) != sizeof kMagic
        || sink.write(reinterpret_cast<const char *>(header), sizeof header) != sizeof header) {
        return writeFailed();
    }
    QByteArray chunk = source.read(kChunk);
    QByteArray sealed;
    for (;;) {
        if (chunk.isEmpty() && !source.atEnd()) {
            return makeError(QStringLiteral("attachment.unreadable"),
                tr("The file could not be read to the end: %1").arg(source.errorString()));
        }
        // Read one chunk ahead: the last chunk must carry the FINAL tag.
        QByteArray next = source.atEnd() ? QByteArray() : source.read(kChunk);
        const bool last = next.isEmpty();
        if (hash)
            hash->addData(chunk);
        sealed.resize(chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(sealed.data()), nullptr,
            reinterpret_cast<const unsigned char *>(chunk.constData()), static_cast<unsigned long long>(chunk.size()),
            nullptr, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (sink.write(sealed) != sealed.size())
            return writeFailed();
        sodium_memzero(chunk.data(), static_cast<size_t>(chunk.size()));
        if (last)
            break;
        chunk = next;
    }
    return {};
}

Status BlobCipher::encrypt(const QByteArray &content, QIODevice &sink) const
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return encrypt(buffer, sink);
}

qint64 BlobCipher::sealedSize(qint64 size)
{
    const qint64 chunks = size == 0 ? 1 : (size + kChunk - 1) / kChunk;
    return qint64(sizeof kMagic) + crypto_secretstream_xchacha20poly1305_HEADERBYTES + size
        + chunks * qint64(crypto_secretstream_xchacha20poly1305_ABYTES);
}

Result<QByteArray> BlobCipher::decrypt(QIODevice &source) const
{
    const auto corrupt = [] {
        return makeError(QStringLiteral("attachment.corrupt"),
            tr("The scan file is damaged or was changed: it does not pass its integrity check."));
    };
    char magic[sizeof kMagic];
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (source.read(magic, sizeof magic) != sizeof magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0
        || source.read(reinterpret_cast<char *>(header), sizeof header) != sizeof header) {
        return corrupt();
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, m_key.data()) != 0)
        return corrupt();
    QByteArray plain;
    QByteArray piece;
    bool finished = false;
    while (!finished) {
        const QByteArray sealed = source.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (sealed.size() < static_cast<int>(crypto_secretstream_xchacha20poly1305_ABYTES))
            return corrupt();
        piece.resize(sealed.size() - static_cast<int>(crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(piece.data()), nullptr,
                &tag, reinterpret_cast<const unsigned char *>(sealed.constData()),
                static_cast<unsigned long long>(sealed.size()), nullptr, 0)
            != 0) {
            return corrupt();
        }
        plain.append(piece);
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!source.atEnd())
        return corrupt(); // bytes after the final chunk were added
    return plain;
}

} // namespace motcua::vault

#pragma once

#include "DataKey.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

class QCryptographicHash;
class QIODevice;

namespace motcua::vault {

// A scan's bytes at rest: libsodium secretstream (XChaCha20-Poly1305) under the data key's scan
// subkey, in 64 KiB chunks, the last one tagged FINAL so a cut-off file is refused like a changed
// one. The file name is a keyed BLAKE2b of the content hash, so blobs/ does not tell which known
// document (an ID card scan handed around) the laptop holds.
//
// Errors: "attachment.corrupt" (a chunk does not open, or the stream ends early),
// "attachment.unreadable", "attachment.write_failed".
class BlobCipher final
{
public:
    explicit BlobCipher(const DataKey &key);

    QString fileName(const QString &sha256) const;

    // Encrypts everything from source into sink; hash (when given) sees every clear byte.
    Status encrypt(QIODevice &source, QIODevice &sink, QCryptographicHash *hash = nullptr) const;
    Status encrypt(const QByteArray &content, QIODevice &sink) const;
    // Decrypts the whole of source, or fails without returning a byte of a tampered file.
    Result<QByteArray> decrypt(QIODevice &source) const;

    // The size on disk of size clear bytes.
    static qint64 sealedSize(qint64 size);

    static constexpr qint64 kChunk = 64 * 1024;

private:
    std::array<unsigned char, 32> m_key{};
    std::array<unsigned char, 32> m_nameKey{};
};

} // namespace motcua::vault

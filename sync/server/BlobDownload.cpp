#include "BlobDownload.h"

#include "BlobStore.h"

namespace motcua::server {

BlobDownload::BlobDownload(BlobStore &blobs, QString communeCode, QString sha256, qint64 first, qint64 length)
    : m_blobs(blobs)
    , m_communeCode(std::move(communeCode))
    , m_sha256(std::move(sha256))
    , m_position(first)
    , m_remaining(length)
{
}

Result<QByteArray> BlobDownload::next()
{
    if (m_remaining <= 0)
        return QByteArray();
    Result<QByteArray> piece = m_blobs.readContent(m_communeCode, m_sha256, m_position, m_remaining);
    if (piece) {
        m_position += piece->size();
        m_remaining -= piece->size();
    }
    return piece;
}

} // namespace motcua::server

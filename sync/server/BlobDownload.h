#pragma once

#include "http/HttpResponse.h"

#include <QString>

namespace motcua::server {

class BlobStore;

// The body of a blob download, read from the store one stored chunk at a time as the transport
// sends it. Each piece is its own query, so the pieces may be read on different worker threads.
class BlobDownload final : public http::ResponseStream
{
public:
    BlobDownload(BlobStore &blobs, QString communeCode, QString sha256, qint64 first, qint64 length);

    Result<QByteArray> next() override;

private:
    BlobStore &m_blobs;
    const QString m_communeCode;
    const QString m_sha256;
    qint64 m_position;
    qint64 m_remaining;
};

} // namespace motcua::server

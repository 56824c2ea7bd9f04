#include "TimeOrderedUuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace motcua::TimeOrderedUuid {

QUuid next()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) { // 4096 ids in one millisecond: borrow the next one
                ++ms;
                counter = 0;
            }
        } else {
            // Start low in the range so that the counter rarely overflows.
            counter = QRandomGenerator::global()->bounded(0x0200U);
        }
        lastMs = ms;
        sequence = counter;
    }

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<quint8>(0x70 | ((sequence >> 8) & 0x0F));
    bytes[7] = static_cast<quint8>(sequence & 0xFF);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<std::size_t>(8 + i)] = static_cast<quint8>(random >> (8 * i));
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16));
}

} // namespace motcua::TimeOrderedUuid

#include "Backoff.h"

#include <algorithm>

namespace motcua::sync {

Backoff::Backoff(int minMs, int maxMs, quint32 seed)
    : m_minMs(std::max(1, minMs))
    , m_maxMs(std::max(m_minMs, maxMs))
    , m_random(seed != 0 ? QRandomGenerator(seed) : QRandomGenerator(QRandomGenerator::system()->generate()))
{
}

int Backoff::nextDelayMs(int retryAfterSeconds)
{
    const int shift = std::min(m_failures, 20);
    ++m_failures;
    const qint64 ceiling = std::min<qint64>(m_maxMs, qint64(m_minMs) << shift);
    const qint64 floor = std::min<qint64>(m_minMs / 2, ceiling);
    qint64 delay = floor + qint64(m_random.bounded(double(ceiling - floor + 1)));
    if (retryAfterSeconds >= 0)
        delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    return int(std::min<qint64>(delay, 3600 * 1000));
}

BatchSizer::BatchSizer(int initial, int minimum, int maximum)
    : m_current(std::clamp(initial, std::max(1, minimum), std::max(1, maximum)))
    , m_minimum(std::max(1, minimum))
    , m_maximum(std::max(m_minimum, maximum))
{
}

void BatchSizer::onSuccess(int ops, qint64 elapsedMs)
{
    if (++m_successes >= kSuccessesToRaise) {
        m_successes = 0;
        m_ceiling = std::min(m_maximum, m_ceiling * 2);
    }
    // Only a full batch says something about the link; a short tail of the queue does not.
    if (ops >= m_current && elapsedMs < kFastBatchMs)
        m_current = std::min(m_ceiling, m_current * 2);
}

void BatchSizer::onTimeout()
{
    m_current = m_ceiling = std::max(m_minimum, m_current / 2);
    m_successes = 0;
}

void BatchSizer::onLinkDrops()
{
    m_current = m_ceiling = std::clamp(std::min(m_current, kDroppingLinkOps), m_minimum, m_maximum);
    m_successes = 0;
}

void BatchSizer::onTooLarge()
{
    m_current = std::max(m_minimum, m_current / 2);
}

void ChunkSizer::onSuccess(qint64 elapsedMs)
{
    if (++m_successes >= kSuccessesToRaise) {
        // By half, not double: the step past a connection's budget is what a cut costs.
        m_successes = 0;
        m_ceiling = std::min(kMaximum, m_ceiling * 3 / 2);
    }
    if (elapsedMs < kFastChunkMs)
        m_current = std::min(m_ceiling, m_current * 2);
}

void ChunkSizer::onLinkDrops()
{
    m_current = m_ceiling = std::max(kMinimum, std::min(m_current, kDroppingLinkBytes));
    m_successes = 0;
}

void ChunkSizer::onDropped(qint64 bytes)
{
    m_successes = 0;
    m_current = m_ceiling = std::max(kMinimum, std::min(m_current, bytes) / 2);
}

} // namespace motcua::sync

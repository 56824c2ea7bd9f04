#pragma once

#include <QRandomGenerator>

#include <algorithm>

namespace motcua::sync {

// Capped exponential backoff with "full jitter": the n-th wait after consecutive failures is drawn
// uniformly from [base/2, min(cap, base * 2^n)], so that the desks of a province whose link came
// back together do not all retry in the same second. A server's Retry-After is a floor.
class Backoff final
{
public:
    Backoff(int minMs, int maxMs, quint32 seed = 0);

    // The wait before the next attempt; counts a failure.
    int nextDelayMs(int retryAfterSeconds = -1);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_minMs;
    int m_maxMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};

// The number of ops per push, adapted to the link: it doubles after a fast batch, stays after a
// slow one, halves after a timeout or a 413 (TCP's additive/multiplicative habits, coarser).
class BatchSizer final
{
public:
    BatchSizer(int initial, int minimum, int maximum);

    int current() const { return m_current; }
    // What an earlier run learned about the link (kept in the store), clamped to the bounds.
    void restore(int ops) { m_current = m_ceiling = std::clamp(ops, m_minimum, m_maximum); }
    void onSuccess(int ops, qint64 elapsedMs);
    // Halves the batch; it grows again only up to this size until kSuccessesToRaise batches in a
    // row went through (a link that cuts long requests would otherwise grow into the next cut).
    void onTimeout();
    void onTooLarge();
    // The link drops connections: at most kDroppingLinkOps per push (a body and an answer of a
    // few kilobytes).
    void onLinkDrops();

    // A batch that took less than this grows the next one.
    static constexpr qint64 kFastBatchMs = 3000;
    static constexpr int kSuccessesToRaise = 4;
    static constexpr int kDroppingLinkOps = 100;

private:
    int m_current;
    int m_minimum;
    int m_maximum;
    int m_ceiling = m_maximum;
    int m_successes = 0;
};

// The bytes per attachment chunk, adapted to drops. A chunk is the unit the server keeps, so a
// link that drops in the middle of one costs what of it had travelled: after a drop the chunks
// halve (down to kMinimum, small enough for a link that carries a few tens of kilobytes per
// connection), and a chunk that went through in less than kFastChunkMs doubles them again, up to
// a ceiling: half of what dropped last. The ceiling grows by half after kSuccessesToRaise chunks in a
// row without a drop (up to the protocol's 256 KiB), so a link that drops every few tens of
// kilobytes keeps small chunks instead of growing into the next cut, and a link that never drops
// keeps the largest chunks, which cost the fewest round trips.
class ChunkSizer final
{
public:
    qint64 current() const { return m_current; }
    // What an earlier run learned about the link (kept in the store), clamped to the bounds.
    void restore(qint64 bytes)
    {
        m_current = m_ceiling = std::clamp(bytes, kMinimum, kMaximum);
        m_successes = 0;
    }
    void onSuccess(qint64 elapsedMs);
    // The chunk of `bytes` was cut (the request failed, or Qt had to send it again).
    void onDropped(qint64 bytes);
    // The link drops connections: at most kDroppingLinkBytes per chunk.
    void onLinkDrops();
    static constexpr qint64 kDroppingLinkBytes = 16 * 1024;

    static constexpr qint64 kMinimum = 8 * 1024;
    static constexpr qint64 kMaximum = 256 * 1024;
    static constexpr qint64 kFastChunkMs = 2000;
    static constexpr int kSuccessesToRaise = 32;

private:
    qint64 m_current = kMaximum;
    qint64 m_ceiling = kMaximum;
    int m_successes = 0; // chunks in a row without a drop
};

} // namespace motcua::sync

#pragma once

#include <QRandomGenerator>

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
    void onSuccess(int ops, qint64 elapsedMs);
    void onTimeout();
    void onTooLarge();

    // A batch that took less than this grows the next one.
    static constexpr qint64 kFastBatchMs = 3000;

private:
    int m_current;
    int m_minimum;
    int m_maximum;
};

} // namespace motcua::sync

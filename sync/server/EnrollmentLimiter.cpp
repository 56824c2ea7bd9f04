#include "EnrollmentLimiter.h"

namespace motcua::server {

namespace {

// Past this many keys a table drops its quiet entries first, then (under a flood of distinct
// keys) its oldest half: the limit may then forget a guesser early, never exhaust memory.
constexpr qsizetype maxKeys = 100000;

} // namespace

EnrollmentLimiter::EnrollmentLimiter(int maxPerClient, int maxPerCode, qint64 windowSeconds)
    : m_maxPerClient(maxPerClient)
    , m_maxPerCode(maxPerCode)
    , m_windowSeconds(windowSeconds)
{
}

bool EnrollmentLimiter::isLimited(const QString &client, const QString &code, const QDateTime &now)
{
    const std::lock_guard lock(m_mutex);
    const bool byClient = reached(m_byClient, client, m_maxPerClient, now);
    const bool byCode = reached(m_byCode, code, m_maxPerCode, now);
    return byClient || byCode;
}

void EnrollmentLimiter::recordFailure(const QString &client, const QString &code, const QDateTime &now)
{
    const std::lock_guard lock(m_mutex);
    add(m_byClient, client, now);
    add(m_byCode, code, now);
}

bool EnrollmentLimiter::reached(Table &table, const QString &key, int limit, const QDateTime &now) const
{
    const auto found = table.find(key);
    if (found == table.end())
        return false;
    found->removeIf([&](const QDateTime &at) { return at.secsTo(now) >= m_windowSeconds; });
    if (found->isEmpty()) {
        table.erase(found);
        return false;
    }
    return found->size() >= limit;
}

void EnrollmentLimiter::add(Table &table, const QString &key, const QDateTime &now) const
{
    if (table.size() >= maxKeys && !table.contains(key)) {
        table.removeIf([&](const Table::iterator &entry) { return entry->last().secsTo(now) >= m_windowSeconds; });
        if (table.size() >= maxKeys) {
            const QDateTime cutoff = now.addSecs(-m_windowSeconds / 2);
            table.removeIf([&](const Table::iterator &entry) { return entry->last() < cutoff; });
        }
        if (table.size() >= maxKeys)
            table.clear();
    }
    QList<QDateTime> &times = table[key];
    times.append(now);
    // Only whether the limit is reached matters: more entries than it would be memory for nothing.
    if (times.size() > 64)
        times.removeFirst();
}

} // namespace motcua::server

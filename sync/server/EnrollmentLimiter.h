#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <mutex>

namespace motcua::server {

// Slows enrollment guessing down without letting one person lock out others: failed attempts are
// counted per client address (ClientAddress: the real client behind a trusted proxy) and per code
// typed. An address with maxPerClient failures in the window is refused, whatever code it sends;
// a code refused maxPerCode times in the window is refused from every address (a leaked, used or
// expired code being replayed from many addresses). Another address with a good code still
// enrolls. Thread-safe; the tables forget quiet entries, so they stay as small as the recent
// failures, and each is capped so that a flood of addresses cannot grow memory without bound.
class EnrollmentLimiter final
{
public:
    static constexpr int defaultMaxPerClient = 10;
    static constexpr int defaultMaxPerCode = 5;
    static constexpr qint64 defaultWindowSeconds = 600;

    explicit EnrollmentLimiter(int maxPerClient = defaultMaxPerClient, int maxPerCode = defaultMaxPerCode,
        qint64 windowSeconds = defaultWindowSeconds);

    // Whether an attempt from this client with this code is to be refused before it is tried.
    bool isLimited(const QString &client, const QString &code, const QDateTime &now);
    void recordFailure(const QString &client, const QString &code, const QDateTime &now);

private:
    using Table = QHash<QString, QList<QDateTime>>;
    bool reached(Table &table, const QString &key, int limit, const QDateTime &now) const;
    void add(Table &table, const QString &key, const QDateTime &now) const;

    const int m_maxPerClient;
    const int m_maxPerCode;
    const qint64 m_windowSeconds;
    std::mutex m_mutex;
    Table m_byClient;
    Table m_byCode;
};

} // namespace motcua::server

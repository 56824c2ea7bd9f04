#pragma once

#include "protocol/Push.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <mutex>

namespace motcua::server {

// What the province's monitoring scrapes (serve --metrics-listen; docs/server-deploy.md): requests
// by route and status, pushes, ops by outcome, a histogram of push handling time and the open
// connections, in the Prometheus text exposition format 0.0.4. Counters live as long as the
// process; Prometheus turns them into rates. Thread-safe: every worker thread counts here.
class ServerMetrics final
{
public:
    // Upper bounds of the push-time buckets, in seconds (the budget is a p95 of 0.25 s).
    static constexpr std::array<double, 11> pushBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};

    // route: a route pattern (never a raw path, so the number of series stays bounded).
    void countRequest(const QString &route, int status);
    // One push answered 200: its ops' outcomes and how long the handler took.
    void countPush(const QList<protocol::PushResult> &results, double seconds);
    void setOpenConnections(std::function<int()> openConnections);

    QByteArray prometheusText() const;

private:
    mutable std::mutex m_mutex;
    QHash<QPair<QString, int>, quint64> m_requests;
    std::array<quint64, 4> m_opsByOutcome{}; // indexed by protocol::PushOutcome
    std::array<quint64, pushBuckets.size()> m_pushBuckets{}; // not cumulative; summed when shown
    quint64 m_pushes = 0;
    double m_pushSeconds = 0;
    std::function<int()> m_openConnections;
};

} // namespace motcua::server

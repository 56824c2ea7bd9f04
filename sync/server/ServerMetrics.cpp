#include "ServerMetrics.h"

#include <QList>

#include <algorithm>

namespace motcua::server {

namespace {

// A label value as the exposition format wants it: backslash, quote and newline escaped.
QByteArray labelValue(const QString &text)
{
    QByteArray value = text.toUtf8();
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return value;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void header(QByteArray &text, const char *name, const char *type, const char *help)
{
    text += QByteArray("# HELP ") + name + ' ' + help + '\n';
    text += QByteArray("# TYPE ") + name + ' ' + type + '\n';
}

} // namespace

void ServerMetrics::countRequest(const QString &route, int status)
{
    const std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
}

void ServerMetrics::countPush(const QList<protocol::PushResult> &results, double seconds)
{
    const std::lock_guard lock(m_mutex);
    ++m_pushes;
    m_pushSeconds += seconds;
    for (const protocol::PushResult &result : results)
        ++m_opsByOutcome[std::size_t(result.result)];
    const auto bucket = std::lower_bound(pushBuckets.begin(), pushBuckets.end(), seconds);
    if (bucket != pushBuckets.end())
        ++m_pushBuckets[std::size_t(bucket - pushBuckets.begin())];
}

void ServerMetrics::setOpenConnections(std::function<int()> openConnections)
{
    const std::lock_guard lock(m_mutex);
    m_openConnections = std::move(openConnections);
}

QByteArray ServerMetrics::prometheusText() const
{
    const std::lock_guard lock(m_mutex);
    QByteArray text;
    header(text, "motcua_http_requests_total", "counter", "HTTP answers sent, by route pattern and status.");
    // Sorted, so that two scrapes list the series in the same order.
    QList<QPair<QString, int>> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &key : keys) {
        text += "motcua_http_requests_total{route=\""
            + labelValue(key.first.isEmpty() ? QStringLiteral("other") : key.first) + "\",status=\""
            + QByteArray::number(key.second) + "\"} " + QByteArray::number(m_requests.value(key)) + '\n';
    }
    header(text, "motcua_pushes_total", "counter", "Push batches answered 200.");
    text += "motcua_pushes_total " + QByteArray::number(m_pushes) + '\n';
    header(text, "motcua_push_ops_total", "counter", "Ops of answered pushes, by outcome.");
    for (const protocol::PushOutcome outcome : {protocol::PushOutcome::Applied, protocol::PushOutcome::Duplicate,
             protocol::PushOutcome::Conflict, protocol::PushOutcome::Rejected}) {
        text += "motcua_push_ops_total{outcome=\"" + labelValue(protocol::pushOutcomeName(outcome)) + "\"} "
            + QByteArray::number(m_opsByOutcome[std::size_t(outcome)]) + '\n';
    }
    header(text, "motcua_applied_ops_total", "counter", "Ops applied to the province's records.");
    text += "motcua_applied_ops_total "
        + QByteArray::number(m_opsByOutcome[std::size_t(protocol::PushOutcome::Applied)]) + '\n';
    header(text, "motcua_push_duration_seconds", "histogram", "Time to handle one push, body read to answer built.");
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < pushBuckets.size(); ++i) {
        cumulative += m_pushBuckets[i];
        text += "motcua_push_duration_seconds_bucket{le=\"" + number(pushBuckets[i]) + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    text += "motcua_push_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_pushes) + '\n';
    text += "motcua_push_duration_seconds_sum " + number(m_pushSeconds) + '\n';
    text += "motcua_push_duration_seconds_count " + QByteArray::number(m_pushes) + '\n';
    header(text, "motcua_open_connections", "gauge", "Client connections open on the sync listener.");
    text += "motcua_open_connections " + QByteArray::number(m_openConnections ? m_openConnections() : 0) + '\n';
    return text;
}

} // namespace motcua::server

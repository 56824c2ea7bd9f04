#include "FaultProxy.h"

#include "FaultProxyConnection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace motcua {

namespace {

// A token bucket holds at most this much link time, so an idle link bursts only briefly.
constexpr qint64 bucketMs = 25;
constexpr qint64 minBucketBytes = 64;

qint64 bucketCapacity(qint64 bytesPerSecond)
{
    return std::max(minBucketBytes, bytesPerSecond * bucketMs / 1000);
}

} // namespace

FaultProxy::FaultProxy(FaultProxyConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_clock.start();
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &FaultProxy::pumpAll);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stallTimer, &QTimer::timeout, this, &FaultProxy::resume);
    m_periodicCutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_periodicCutTimer, &QTimer::timeout, this, &FaultProxy::cutAll);

    setBandwidthKbit(m_config.bandwidthKbitUp, m_config.bandwidthKbitDown);
    setRandomSeed(m_config.randomSeed);
    setCutEveryMs(m_config.cutEveryMs);
    if (m_config.stallMs != 0)
        stall(m_config.stallMs);
}

FaultProxy::~FaultProxy()
{
    // Connections before the timers and buckets they use go away.
    qDeleteAll(m_connections);
    m_connections.clear();
}

bool FaultProxy::start()
{
    if (m_server && m_server->isListening())
        return true;
    // This tool only ever simulates a link between processes on this machine.
    if (!m_config.listenAddress.isLoopback()) {
        m_errorString = QCoreApplication::translate(
            "motcua::FaultProxy", "Refusing to listen on %1: only loopback addresses are allowed.")
                            .arg(m_config.listenAddress.toString());
        return false;
    }
    if (!m_config.targetAddress.isLoopback()) {
        m_errorString = QCoreApplication::translate(
            "motcua::FaultProxy", "Refusing to connect to %1: only loopback addresses are allowed.")
                            .arg(m_config.targetAddress.toString());
        return false;
    }
    if (m_config.targetPort == 0) {
        m_errorString = QCoreApplication::translate("motcua::FaultProxy", "The target port is missing.");
        return false;
    }
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptConnections);
    }
    if (!m_server->listen(m_config.listenAddress, m_config.listenPort)) {
        m_errorString = QCoreApplication::translate("motcua::FaultProxy", "Cannot listen on %1 port %2: %3")
                            .arg(m_config.listenAddress.toString())
                            .arg(m_config.listenPort)
                            .arg(m_server->errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

void FaultProxy::stop()
{
    if (m_server)
        m_server->close();
    for (FaultProxyConnection *connection : std::as_const(m_connections)) {
        connection->reset();
        connection->deleteLater();
    }
    m_connections.clear();
    m_wakeTimer.stop();
}

bool FaultProxy::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FaultProxy::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FaultProxy::setBandwidthKbit(int up, int down)
{
    m_config.bandwidthKbitUp = std::max(0, up);
    m_config.bandwidthKbitDown = std::max(0, down);
    setRate(m_upBucket, m_config.bandwidthKbitUp);
    setRate(m_downBucket, m_config.bandwidthKbitDown);
    schedulePump();
}

void FaultProxy::setRate(TokenBucket &bucket, int kbit)
{
    refill(bucket);
    bucket.bytesPerSecond = qint64(kbit) * 1000 / 8;
    bucket.tokens = bucket.bytesPerSecond > 0 ? double(bucketCapacity(bucket.bytesPerSecond)) : 0.0;
    bucket.lastRefillMs = nowMs();
}

void FaultProxy::refill(TokenBucket &bucket)
{
    const qint64 now = nowMs();
    if (bucket.bytesPerSecond > 0) {
        const double earned = double(bucket.bytesPerSecond) * double(now - bucket.lastRefillMs) / 1000.0;
        bucket.tokens = std::min(double(bucketCapacity(bucket.bytesPerSecond)), bucket.tokens + earned);
    }
    bucket.lastRefillMs = now;
}

void FaultProxy::setLatencyMs(int up, int down)
{
    m_config.latencyMsUp = std::max(0, up);
    m_config.latencyMsDown = std::max(0, down);
    schedulePump();
}

void FaultProxy::setCutAfterBytes(FaultByteRule rule)
{
    m_config.cutAfter = rule;
    schedulePump();
}

void FaultProxy::setResetAfterBytes(FaultByteRule rule)
{
    m_config.resetAfter = rule;
    schedulePump();
}

void FaultProxy::setCutProbability(double perChunk)
{
    m_config.cutProbabilityPerChunk = std::clamp(perChunk, 0.0, 1.0);
}

void FaultProxy::setCutEveryMs(int periodMs)
{
    m_config.cutEveryMs = std::max(0, periodMs);
    if (m_config.cutEveryMs > 0)
        m_periodicCutTimer.start(m_config.cutEveryMs);
    else
        m_periodicCutTimer.stop();
}

void FaultProxy::setHttpError(int status, int connections)
{
    m_config.httpErrorStatus = status;
    m_config.httpErrorConnections = connections;
}

void FaultProxy::setCaptivePortal(int connections)
{
    m_config.captivePortalConnections = connections;
}

void FaultProxy::setResetOnConnect(int connections)
{
    m_config.resetOnConnectConnections = connections;
}

void FaultProxy::setMaxBufferBytes(qint64 bytes)
{
    m_config.maxBufferBytes = std::max<qint64>(1, bytes);
    schedulePump();
}

void FaultProxy::setRandomSeed(quint32 seed)
{
    m_config.randomSeed = seed;
    const quint32 effective = seed != 0 ? seed : QRandomGenerator::system()->generate();
    m_random.seed(effective);
    m_rangeRandom.seed(effective ^ 0x5bd1e995u);
}

void FaultProxy::stall(int ms)
{
    m_stalled = true;
    m_config.stallMs = ms > 0 ? ms : -1;
    if (ms > 0)
        m_stallTimer.start(ms);
    else
        m_stallTimer.stop();
    schedulePump();
}

void FaultProxy::resume()
{
    m_stalled = false;
    m_config.stallMs = 0;
    m_stallTimer.stop();
    schedulePump();
}

void FaultProxy::cutAll()
{
    for (FaultProxyConnection *connection : std::as_const(m_connections)) {
        if (connection->isClosing() || connection->isFinished())
            continue;
        ++m_counters.cuts;
        connection->close();
    }
    schedulePump();
}

void FaultProxy::resetAll()
{
    for (FaultProxyConnection *connection : std::as_const(m_connections)) {
        if (connection->isFinished())
            continue;
        ++m_counters.resets;
        connection->reset();
    }
    schedulePump();
}

void FaultProxy::resetCounters()
{
    m_counters = FaultProxyCounters{};
}

int FaultProxy::openConnections() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
        [](const FaultProxyConnection *connection) { return !connection->isFinished(); }));
}

qint64 FaultProxy::bufferedBytes() const
{
    qint64 total = 0;
    for (const FaultProxyConnection *connection : m_connections)
        total += connection->bufferedBytes();
    return total;
}

void FaultProxy::acceptConnections()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_counters.connectionsAccepted;
        auto mode = FaultProxyConnection::Mode::Forward;
        if (takeConnectionQuota(m_config.resetOnConnectConnections))
            mode = FaultProxyConnection::Mode::ResetAtConnect;
        else if (takeConnectionQuota(m_config.httpErrorConnections))
            mode = FaultProxyConnection::Mode::AnswerHttpError;
        else if (takeConnectionQuota(m_config.captivePortalConnections))
            mode = FaultProxyConnection::Mode::AnswerCaptivePortal;
        m_connections.append(new FaultProxyConnection(this, client, mode));
    }
    schedulePump();
}

bool FaultProxy::takeConnectionQuota(int &connections)
{
    if (connections == 0)
        return false;
    if (connections > 0)
        --connections;
    return true;
}

void FaultProxy::schedulePump()
{
    // Socket signals only ask for a pump; pumping later keeps aborts and closes out of the
    // sockets' own signal handlers.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pumpAll();
        },
        Qt::QueuedConnection);
}

void FaultProxy::pumpAll()
{
    // Start with a different connection each time so that none gets the shared bandwidth first
    // every time.
    const QList<FaultProxyConnection *> connections = m_connections;
    const qsizetype count = connections.size();
    if (count > 0) {
        m_roundRobin = (m_roundRobin + 1) % count;
        for (qsizetype i = 0; i < count; ++i)
            connections.at((m_roundRobin + i) % count)->pump();
    }
    for (FaultProxyConnection *connection : connections) {
        if (connection->isFinished())
            forget(connection);
    }
    armWakeTimer();
}

void FaultProxy::armWakeTimer()
{
    qint64 next = -1;
    for (const FaultProxyConnection *connection : std::as_const(m_connections)) {
        const qint64 at = connection->nextWakeMs();
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    }
    if (next < 0) {
        m_wakeTimer.stop();
        return;
    }
    m_wakeTimer.start(int(std::max<qint64>(0, next - nowMs())));
}

void FaultProxy::forget(FaultProxyConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
}

qint64 FaultProxy::takeTokens(FaultDirection direction, qint64 wanted)
{
    TokenBucket &bucket = direction == FaultDirection::Upstream ? m_upBucket : m_downBucket;
    if (bucket.bytesPerSecond <= 0)
        return wanted;
    refill(bucket);
    const qint64 taken = std::min(wanted, qint64(bucket.tokens));
    bucket.tokens -= double(taken);
    return taken;
}

int FaultProxy::latencyMs(FaultDirection direction) const
{
    return direction == FaultDirection::Upstream ? m_config.latencyMsUp : m_config.latencyMsDown;
}

bool FaultProxy::rollRandomCut()
{
    const double probability = m_config.cutProbabilityPerChunk;
    if (probability <= 0.0)
        return false;
    return probability >= 1.0 || m_random.generateDouble() < probability;
}

qint64 FaultProxy::drawBytes(const FaultByteRule &rule)
{
    if (!rule.isRange())
        return rule.bytes;
    return rule.bytes + qint64(m_rangeRandom.bounded(quint64(rule.bytesMax - rule.bytes + 1)));
}

void FaultProxy::ruleFired(FaultByteRule &rule)
{
    if (!rule.everyConnection && !rule.isRange())
        rule.bytes = -1;
}

} // namespace motcua

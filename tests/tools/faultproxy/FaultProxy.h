#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace motcua {

class FaultProxyConnection;

// Which way bytes travel: upstream is client -> target, downstream is target -> client.
enum class FaultDirection { Upstream, Downstream, Either };

// "Stop this connection once it has moved `bytes` bytes in `direction`". Either counts both ways
// together. A rule that is not for every connection fires once (on the first connection that
// reaches the count) and then disarms itself, so a retry gets through.
// With `bytesMax` > `bytes` the count is a range: each connection draws its own count in
// [bytes, bytesMax] from the proxy's seeded generator when it is accepted (a weak cell signal that
// drops every connection after a random 20-80 KB); a range always applies to every connection.
struct FaultByteRule
{
    qint64 bytes = -1; // < 0: off
    FaultDirection direction = FaultDirection::Either;
    bool everyConnection = false;
    qint64 bytesMax = -1; // > bytes: a range, drawn per connection

    bool armed() const { return bytes >= 0; }
    bool isRange() const { return armed() && bytesMax > bytes; }
};

// Everything a FaultProxy does to the traffic. Counts of connections use -1 for "all of them",
// 0 for "none" and K > 0 for "the next K connections".
struct FaultProxyConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0; // 0: any free port, see FaultProxy::serverPort()
    QHostAddress targetAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 targetPort = 0;

    int bandwidthKbitUp = 0; // kbit/s (1000 bit), shared by all connections; 0: unlimited
    int bandwidthKbitDown = 0;
    int latencyMsUp = 0; // one-way propagation delay added after serialization
    int latencyMsDown = 0;

    FaultByteRule cutAfter; // close (FIN) after N bytes
    FaultByteRule resetAfter; // abort (RST) after N bytes
    double cutProbabilityPerChunk = 0.0; // 0..1, rolled before each chunk is delivered
    int cutEveryMs = 0; // close every open connection each period; 0: off

    int stallMs = 0; // start stalled: -1 until resume(), > 0 for that long, 0: not stalled

    int httpErrorStatus = 503;
    int httpErrorConnections = 0; // answer httpErrorStatus instead of forwarding
    int captivePortalConnections = 0; // answer a 200 Wi-Fi login page instead of forwarding
    int resetOnConnectConnections = 0; // abort with RST when the client first sends, or 50 ms after accept

    qint64 maxBufferBytes = 256 * 1024; // per direction and connection, before reading stops
    quint32 randomSeed = 0; // 0: seeded from the system (random cuts and byte ranges)
};

// What the proxy has done, for assertions and benchmark reports.
struct FaultProxyCounters
{
    qint64 connectionsAccepted = 0;
    qint64 bytesUpstream = 0; // written to the target
    qint64 bytesDownstream = 0; // written to clients
    qint64 cuts = 0; // connections closed by a cut rule, a random or periodic cut or cutAll()
    qint64 resets = 0; // connections aborted with RST
    qint64 httpErrorsAnswered = 0;
    qint64 captivePortalsAnswered = 0;
};

// A TCP proxy between a sync client and motcua-server on loopback that behaves like a bad 2G or
// satellite link: capped bandwidth, latency, cuts, stalls, resets and wrong answers (5xx, captive
// portal). Used in-process by tests and as the standalone `faultproxy` program by benchmarks.
// Every fault can be changed while connections are open.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(FaultProxyConfig config, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on config.listenAddress:listenPort. Refuses non-loopback addresses (this tool must
    // never touch another machine) and reports why in errorString().
    bool start();
    void stop();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const { return m_errorString; }
    const FaultProxyConfig &config() const { return m_config; }

    void setBandwidthKbit(int up, int down);
    void setLatencyMs(int up, int down);
    void setCutAfterBytes(FaultByteRule rule);
    void setResetAfterBytes(FaultByteRule rule);
    void setCutProbability(double perChunk);
    void setCutEveryMs(int periodMs);
    void setHttpError(int status, int connections);
    void setCaptivePortal(int connections);
    void setResetOnConnect(int connections);
    void setMaxBufferBytes(qint64 bytes);
    void setRandomSeed(quint32 seed);

    // Stops moving data (connections stay open) for `ms`, or until resume() when ms <= 0.
    void stall(int ms = 0);
    void resume();
    bool isStalled() const { return m_stalled; }

    // Closes (FIN) or aborts (RST) every open connection now.
    void cutAll();
    void resetAll();

    FaultProxyCounters counters() const { return m_counters; }
    void resetCounters();
    int openConnections() const;
    // Bytes held by the proxy for all connections, including socket write buffers.
    qint64 bufferedBytes() const;

private:
    friend class FaultProxyConnection;

    void acceptConnections();
    bool takeConnectionQuota(int &connections);
    void pumpAll();
    void armWakeTimer();
    void forget(FaultProxyConnection *connection);

    // Called by connections.
    qint64 nowMs() const { return m_clock.elapsed(); }
    qint64 takeTokens(FaultDirection direction, qint64 wanted);
    int latencyMs(FaultDirection direction) const;
    bool rollRandomCut();
    // The count a new connection gets for `rule`: rule.bytes, or a draw from its range.
    qint64 drawBytes(const FaultByteRule &rule);
    void ruleFired(FaultByteRule &rule);
    void schedulePump();

    struct TokenBucket
    {
        qint64 bytesPerSecond = 0; // 0: unlimited
        double tokens = 0.0;
        qint64 lastRefillMs = 0;
    };
    void setRate(TokenBucket &bucket, int kbit);
    void refill(TokenBucket &bucket);

    FaultProxyConfig m_config;
    QTcpServer *m_server = nullptr;
    QList<FaultProxyConnection *> m_connections;
    FaultProxyCounters m_counters;
    QString m_errorString;
    QElapsedTimer m_clock;
    QTimer m_wakeTimer;
    QTimer m_stallTimer;
    QTimer m_periodicCutTimer;
    TokenBucket m_upBucket;
    TokenBucket m_downBucket;
    QRandomGenerator m_random;
    // Separate from m_random so that the per-connection ranges repeat for a seed whatever the
    // random cuts roll.
    QRandomGenerator m_rangeRandom;
    bool m_stalled = false;
    bool m_pumpScheduled = false;
    qsizetype m_roundRobin = 0;
    quint64 m_nextConnectionId = 1;
};

} // namespace motcua

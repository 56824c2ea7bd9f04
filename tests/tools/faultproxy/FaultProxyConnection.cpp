#include "FaultProxyConnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

#include <algorithm>

namespace motcua {

namespace {

// Qt reads at most this much from a socket the proxy is not draining, so that a paused direction
// pushes back on the sender through TCP flow control instead of filling memory.
constexpr qint64 socketReadBuffer = 64 * 1024;
// Closing sockets that have not finished flushing by then are aborted.
constexpr qint64 closeTimeoutMs = 5000;
// Answer modes answer anyway if no complete request arrives in time.
constexpr qint64 answerTimeoutMs = 5000;
constexpr qint64 maxRequestHead = 64 * 1024;
// A connection reset the instant it is accepted looks to a Qt client like a failed connect, which
// QAbstractSocket silently retries in a tight loop; resetting when the client first sends, or
// after this delay, lets it see an established connection die, as on a real link.
constexpr qint64 resetAtConnectDelayMs = 50;
// How long to wait for bandwidth tokens before trying again.
constexpr qint64 tokenWaitMs = 5;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 507:
        return "Insufficient Storage";
    default:
        return status >= 500 ? QByteArray("Server Error") : QByteArray("Error");
    }
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Connection: close\r\n\r\n";
    return out + body;
}

} // namespace

FaultProxyConnection::FaultProxyConnection(FaultProxy *proxy, QTcpSocket *client, Mode mode)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_mode(mode)
    , m_client(client)
{
    m_client->setParent(this);
    m_client->setReadBufferSize(socketReadBuffer);
    const auto wake = [this] { m_proxy->schedulePump(); };
    connect(m_client, &QTcpSocket::readyRead, this, wake);
    connect(m_client, &QTcpSocket::bytesWritten, this, wake);
    connect(m_client, &QTcpSocket::disconnected, this, wake);
    connect(m_client, &QTcpSocket::errorOccurred, this, wake);

    m_up.direction = FaultDirection::Upstream;
    m_up.from = m_client;
    m_down.direction = FaultDirection::Downstream;
    m_down.to = m_client;
    if (m_proxy->config().cutAfter.isRange())
        m_cutDrawn = m_proxy->drawBytes(m_proxy->config().cutAfter);
    if (m_proxy->config().resetAfter.isRange())
        m_resetDrawn = m_proxy->drawBytes(m_proxy->config().resetAfter);

    if (m_mode == Mode::Forward) {
        m_target = new QTcpSocket(this);
        m_target->setReadBufferSize(socketReadBuffer);
        connect(m_target, &QTcpSocket::connected, this, [this] {
            m_targetConnected = true;
            m_proxy->schedulePump();
        });
        connect(m_target, &QTcpSocket::readyRead, this, wake);
        connect(m_target, &QTcpSocket::bytesWritten, this, wake);
        connect(m_target, &QTcpSocket::disconnected, this, wake);
        connect(m_target, &QTcpSocket::errorOccurred, this, wake);
        m_up.to = m_target;
        m_down.from = m_target;
        m_target->connectToHost(m_proxy->config().targetAddress, m_proxy->config().targetPort);
    } else {
        m_deadlineMs = m_proxy->nowMs() + (m_mode == Mode::ResetAtConnect ? resetAtConnectDelayMs : answerTimeoutMs);
    }
}

void FaultProxyConnection::abortWithReset(QTcpSocket *socket)
{
    if (socket->socketDescriptor() >= 0) {
        const linger noLinger{1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    }
    socket->abort();
}

void FaultProxyConnection::pump()
{
    if (m_finished)
        return;
    if (m_closing) {
        checkClosed();
        return;
    }
    if (m_mode == Mode::ResetAtConnect) {
        if (m_client->bytesAvailable() > 0 || m_proxy->nowMs() >= m_deadlineMs
            || m_client->state() != QAbstractSocket::ConnectedState) {
            ++m_proxy->m_counters.resets;
            reset();
        }
        return;
    }
    pumpPipe(m_up);
    if (m_closing || m_finished)
        return;
    pumpPipe(m_down);
    if (m_closing || m_finished)
        return;
    if (!m_answered && m_mode != Mode::Forward && m_proxy->nowMs() >= m_deadlineMs)
        answer();
    checkEnd();
}

void FaultProxyConnection::pumpPipe(FaultProxyPipe &pipe)
{
    // A few rounds, because delivering frees room that lets more be read.
    for (int round = 0; round < 16; ++round) {
        bool progress = false;
        if (pipe.from && pipe.from->bytesAvailable() > 0) {
            const qint64 room = m_proxy->config().maxBufferBytes - heldFor(pipe);
            if (room > 0) {
                pipe.pending += pipe.from->read(std::min(room, pipe.from->bytesAvailable()));
                progress = true;
            }
        }
        if (m_proxy->isStalled())
            return;
        if (!pipe.pending.isEmpty()) {
            const qint64 serialized = m_proxy->takeTokens(pipe.direction, pipe.pending.size());
            if (serialized > 0) {
                // The clock counts whole milliseconds: the arrival is rounded up, so that the delay
                // is at least the configured latency (not up to 1 ms short).
                const int latency = m_proxy->latencyMs(pipe.direction);
                const qint64 due = m_proxy->nowMs() + (latency > 0 ? latency + 1 : 0);
                pipe.inFlight.push_back({pipe.pending.left(serialized), due});
                pipe.inFlightBytes += serialized;
                pipe.pending.remove(0, serialized);
                progress = true;
            }
        }
        while (!pipe.inFlight.empty() && pipe.inFlight.front().dueMs <= m_proxy->nowMs() && destinationReady(pipe)) {
            const QByteArray data = std::move(pipe.inFlight.front().data);
            pipe.inFlight.pop_front();
            pipe.inFlightBytes -= data.size();
            if (!deliver(pipe, data))
                return;
            progress = true;
        }
        if (!progress)
            return;
    }
}

bool FaultProxyConnection::deliver(FaultProxyPipe &pipe, const QByteArray &data)
{
    if (m_proxy->rollRandomCut()) {
        ++m_proxy->m_counters.cuts;
        close();
        return false;
    }
    // The byte rules: deliver up to the count, then cut or reset.
    FaultProxyConfig &config = m_proxy->m_config;
    FaultByteRule *firing = nullptr;
    bool firingResets = false;
    qint64 allowed = data.size();
    const auto consider = [&](FaultByteRule &rule, bool resets) {
        if (!rule.armed() || (rule.direction != FaultDirection::Either && rule.direction != pipe.direction))
            return;
        qint64 limit = rule.bytes;
        if (rule.isRange()) {
            qint64 &drawn = resets ? m_resetDrawn : m_cutDrawn;
            if (drawn < 0 || drawn < rule.bytes || drawn > rule.bytesMax)
                drawn = m_proxy->drawBytes(rule); // the rule changed since this connection began
            limit = drawn;
        }
        const qint64 counted
            = rule.direction == FaultDirection::Either ? m_up.delivered + m_down.delivered : pipe.delivered;
        const qint64 left = std::max<qint64>(0, limit - counted);
        if (left <= allowed && (!firing || left < allowed)) {
            firing = &rule;
            firingResets = resets;
            allowed = left;
        }
    };
    consider(config.cutAfter, false);
    consider(config.resetAfter, true);

    if (allowed > 0)
        write(pipe, allowed == data.size() ? data : data.left(allowed));
    if (!firing)
        return true;
    m_proxy->ruleFired(*firing);
    if (firingResets) {
        ++m_proxy->m_counters.resets;
        if (pipe.to)
            pipe.to->flush();
        reset();
    } else {
        ++m_proxy->m_counters.cuts;
        close();
    }
    return false;
}

void FaultProxyConnection::write(FaultProxyPipe &pipe, const QByteArray &data)
{
    pipe.delivered += data.size();
    if (!pipe.to) {
        receiveRequest(data);
        return;
    }
    pipe.to->write(data);
    if (pipe.direction == FaultDirection::Upstream)
        m_proxy->m_counters.bytesUpstream += data.size();
    else
        m_proxy->m_counters.bytesDownstream += data.size();
}

bool FaultProxyConnection::destinationReady(const FaultProxyPipe &pipe) const
{
    return !pipe.to || pipe.to->state() == QAbstractSocket::ConnectedState;
}

bool FaultProxyConnection::drained(const FaultProxyPipe &pipe) const
{
    const bool sourceEnded = pipe.from
        ? pipe.from->state() == QAbstractSocket::UnconnectedState && pipe.from->bytesAvailable() == 0
        : m_answered;
    return sourceEnded && pipe.pending.isEmpty() && pipe.inFlight.empty();
}

qint64 FaultProxyConnection::heldFor(const FaultProxyPipe &pipe) const
{
    return pipe.pending.size() + pipe.inFlightBytes + (pipe.to ? pipe.to->bytesToWrite() : 0);
}

void FaultProxyConnection::checkEnd()
{
    // Without half-close in QTcpSocket, a side that has closed and whose data has all been passed
    // on ends the connection; the other side is closed after its write buffer is flushed.
    if (m_mode == Mode::Forward) {
        const bool targetFailed = !m_targetConnected && m_target->state() == QAbstractSocket::UnconnectedState;
        if (targetFailed || drained(m_up) || drained(m_down))
            close();
        return;
    }
    if (m_client->state() == QAbstractSocket::UnconnectedState && m_client->bytesAvailable() == 0
        && (!m_answered || !m_down.pending.isEmpty() || !m_down.inFlight.empty())) {
        close(); // the client left before the answer reached it
        return;
    }
    if (drained(m_down))
        close();
}

void FaultProxyConnection::receiveRequest(const QByteArray &data)
{
    m_requestBytes += data.size();
    if (m_answered)
        return;
    if (m_requestHead.size() < maxRequestHead)
        m_requestHead += data.left(maxRequestHead - m_requestHead.size());
    if (requestComplete())
        answer();
}

bool FaultProxyConnection::requestComplete() const
{
    const qsizetype headEnd = m_requestHead.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return m_requestHead.size() >= maxRequestHead;
    qint64 contentLength = 0;
    const QList<QByteArray> lines = m_requestHead.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    return m_requestBytes >= headEnd + 4 + std::max<qint64>(0, contentLength);
}

void FaultProxyConnection::answer()
{
    m_answered = true;
    m_down.pending += answerBytes();
    if (m_mode == Mode::AnswerHttpError)
        ++m_proxy->m_counters.httpErrorsAnswered;
    else
        ++m_proxy->m_counters.captivePortalsAnswered;
    m_proxy->schedulePump();
}

QByteArray FaultProxyConnection::answerBytes() const
{
    if (m_mode == Mode::AnswerCaptivePortal) {
        const QByteArray page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Wi-Fi login</title></head>"
                                "<body><h1>Wi-Fi login</h1><p>Sign in to use the free Wi-Fi.</p>"
                                "<form method=\"post\" action=\"/login\"><input name=\"user\">"
                                "<input name=\"password\" type=\"password\"><button>Log in</button></form>"
                                "</body></html>\n";
        return httpResponse(200, "text/html; charset=utf-8", page);
    }
    const int status = m_proxy->config().httpErrorStatus;
    const QByteArray body = QByteArray::number(status) + ' ' + reasonPhrase(status) + " (injected by faultproxy)\n";
    return httpResponse(status, "text/plain; charset=utf-8", body);
}

void FaultProxyConnection::close()
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_closingSinceMs = m_proxy->nowMs();
    // What the sockets already hold is flushed before the FIN; what the link still carried is lost.
    m_up.pending.clear();
    m_up.inFlight.clear();
    m_up.inFlightBytes = 0;
    m_down.pending.clear();
    m_down.inFlight.clear();
    m_down.inFlightBytes = 0;
    for (QTcpSocket *socket : {m_client, m_target}) {
        if (socket && socket->state() != QAbstractSocket::UnconnectedState)
            socket->disconnectFromHost();
    }
    checkClosed();
}

void FaultProxyConnection::reset()
{
    if (m_finished)
        return;
    m_closing = true;
    for (QTcpSocket *socket : {m_client, m_target}) {
        if (socket)
            abortWithReset(socket);
    }
    m_finished = true;
}

void FaultProxyConnection::checkClosed()
{
    const auto closed
        = [](QTcpSocket *socket) { return !socket || socket->state() == QAbstractSocket::UnconnectedState; };
    if (closed(m_client) && closed(m_target)) {
        m_finished = true;
        return;
    }
    if (m_proxy->nowMs() - m_closingSinceMs >= closeTimeoutMs) {
        m_client->abort();
        if (m_target)
            m_target->abort();
        m_finished = true;
    }
}

qint64 FaultProxyConnection::nextWakeMs() const
{
    if (m_finished)
        return -1;
    if (m_closing)
        return m_closingSinceMs + closeTimeoutMs;
    qint64 next = -1;
    const auto consider = [&next](qint64 at) {
        if (next < 0 || at < next)
            next = at;
    };
    if (!m_answered && m_mode != Mode::Forward)
        consider(m_deadlineMs);
    if (m_proxy->isStalled())
        return next;
    for (const FaultProxyPipe *pipe : {&m_up, &m_down}) {
        if (!pipe->inFlight.empty() && destinationReady(*pipe))
            consider(pipe->inFlight.front().dueMs);
        if (!pipe->pending.isEmpty())
            consider(m_proxy->nowMs() + tokenWaitMs);
    }
    return next;
}

qint64 FaultProxyConnection::bufferedBytes() const
{
    qint64 total = 0;
    for (const FaultProxyPipe *pipe : {&m_up, &m_down})
        total += heldFor(*pipe) + (pipe->from ? pipe->from->bytesAvailable() : 0);
    return total;
}

} // namespace motcua

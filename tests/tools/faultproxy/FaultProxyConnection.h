#pragma once

#include "FaultProxy.h"

#include <QByteArray>
#include <QObject>

#include <deque>

class QTcpSocket;

namespace motcua {

// One direction of a proxied connection, modelled like a link: bytes are read from `from` into
// `pending`, leave `pending` as fast as the bandwidth allows (serialization), then wait in
// `inFlight` for the latency (propagation) before they are written to `to`.
struct FaultProxyPipe
{
    struct Segment
    {
        QByteArray data;
        qint64 dueMs = 0;
    };

    FaultDirection direction = FaultDirection::Upstream;
    QTcpSocket *from = nullptr; // null: the proxy's own answer is the source
    QTcpSocket *to = nullptr; // null: the proxy reads the request itself
    QByteArray pending;
    std::deque<Segment> inFlight;
    qint64 inFlightBytes = 0;
    qint64 delivered = 0;
};

// A client connection and, when forwarding, its connection to the target; or a client that the
// proxy answers itself (5xx, captive portal) or resets. Owned by FaultProxy, which drives it with
// pump().
class FaultProxyConnection final : public QObject
{
public:
    enum class Mode { Forward, AnswerHttpError, AnswerCaptivePortal, ResetAtConnect };

    FaultProxyConnection(FaultProxy *proxy, QTcpSocket *client, Mode mode);

    // Moves whatever can move now; afterwards isFinished() may be true.
    void pump();
    // Closes both sides with FIN after flushing what was already handed to the sockets.
    void close();
    // Aborts both sides with RST.
    void reset();

    bool isFinished() const { return m_finished; }
    bool isClosing() const { return m_closing; }
    // The earliest time pump() has work to do that no socket signal will announce; -1: none.
    qint64 nextWakeMs() const;
    qint64 bufferedBytes() const;

    // Aborts a socket with RST instead of FIN (SO_LINGER 0).
    static void abortWithReset(QTcpSocket *socket);

private:
    void pumpPipe(FaultProxyPipe &pipe);
    bool deliver(FaultProxyPipe &pipe, const QByteArray &data);
    void write(FaultProxyPipe &pipe, const QByteArray &data);
    bool destinationReady(const FaultProxyPipe &pipe) const;
    bool drained(const FaultProxyPipe &pipe) const;
    qint64 heldFor(const FaultProxyPipe &pipe) const;
    void checkEnd();
    void receiveRequest(const QByteArray &data);
    bool requestComplete() const;
    void answer();
    QByteArray answerBytes() const;
    void checkClosed();

    FaultProxy *m_proxy;
    Mode m_mode;
    QTcpSocket *m_client;
    QTcpSocket *m_target = nullptr;
    FaultProxyPipe m_up;
    FaultProxyPipe m_down;
    bool m_targetConnected = false;
    bool m_closing = false;
    bool m_finished = false;
    qint64 m_closingSinceMs = 0;
    // Answer modes: the request is read (and its body discarded) before answering, so that the
    // client is not reset for unread data when the proxy closes.
    QByteArray m_requestHead;
    qint64 m_requestBytes = 0;
    bool m_answered = false;
    qint64 m_deadlineMs = 0; // answer or reset-at-connect by then at the latest
    // This connection's counts for byte rules given as a range (drawn when accepted, or when the
    // rule first applies to it); -1: not drawn yet.
    qint64 m_cutDrawn = -1;
    qint64 m_resetDrawn = -1;
};

} // namespace motcua

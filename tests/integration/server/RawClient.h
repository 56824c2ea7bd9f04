#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace motcua::servertest {

inline constexpr qint64 MiB = 1024 * 1024;

// A client that writes whatever bytes it likes: no HTTP library would send these requests.
class RawClient final
{
public:
    explicit RawClient(quint16 port, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost))
    {
        if (from != QHostAddress(QHostAddress::LocalHost))
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        m_connected = m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_connected && m_socket.state() == QAbstractSocket::ConnectedState; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(5000)) { }
    }

    // Writes up to total bytes of body as fast as the server takes them, for at most ms; the
    // bytes written before the server closed the connection or the time ran out.
    qint64 stream(qint64 total, int ms)
    {
        const QByteArray piece(int(MiB), 'x');
        QElapsedTimer clock;
        clock.start();
        qint64 written = 0;
        while (written < total && isConnected() && clock.elapsed() < ms) {
            if (m_socket.bytesToWrite() < 4 * MiB) {
                m_socket.write(piece);
                written += piece.size();
            }
            m_socket.waitForBytesWritten(50);
        }
        return written;
    }

    // The status code of the answer once its head has arrived; 0 when none came within ms.
    int status(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_received.contains("\r\n\r\n") && clock.elapsed() < ms) {
            m_socket.waitForReadyRead(int(qMax<qint64>(1, ms - clock.elapsed())));
            m_received += m_socket.readAll();
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        m_received += m_socket.readAll();
        if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
            return 0;
        return m_received.mid(9, 3).toInt();
    }

    const QByteArray &received() const { return m_received; }

    // The answer's body once the server closed the connection (after a "Connection: close" request).
    QByteArray body(int ms)
    {
        closedWithin(ms);
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : m_received.mid(end + 4);
    }

    // True when the server closed the connection within ms (whatever it sent before).
    bool closedWithin(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < ms) {
            m_socket.waitForReadyRead(int(qMax<qint64>(1, ms - clock.elapsed())));
            m_received += m_socket.readAll();
        }
        // What arrived with the close is still in the socket's buffer.
        m_received += m_socket.readAll();
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    // Nothing arrived and the connection is still open after ms.
    bool silentFor(int ms)
    {
        m_socket.waitForReadyRead(ms);
        m_received += m_socket.readAll();
        return m_received.isEmpty() && isConnected();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_connected = false;
};

// A blocking POSIX socket to the server on 127.0.0.1. Unlike QTcpSocket, which closes as soon as
// the server half-closes, it goes on sending after the answer, as an attacker's client would.
class BlockingSocket final
{
public:
    explicit BlockingSocket(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(m_fd >= 0);
        const timeval timeout{5, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0);
    }
    ~BlockingSocket() { ::close(m_fd); }
    BlockingSocket(const BlockingSocket &) = delete;
    BlockingSocket &operator=(const BlockingSocket &) = delete;

    // False once the server no longer takes bytes (reset, closed, or nothing taken for 5 s).
    bool send(const char *data, qint64 size)
    {
        while (size > 0) {
            const ssize_t sent = ::send(m_fd, data, std::size_t(size), MSG_NOSIGNAL);
            if (sent <= 0)
                return false;
            data += sent;
            size -= sent;
        }
        return true;
    }
    bool send(const QByteArray &bytes) { return send(bytes.constData(), bytes.size()); }

    // Sends up to total bytes in 1 MiB pieces; the bytes the kernel took before the server
    // stopped taking them.
    qint64 stream(qint64 total)
    {
        const QByteArray piece(int(MiB), 'x');
        qint64 sent = 0;
        while (sent < total && send(piece))
            sent += piece.size();
        return sent;
    }

    // The status code of the answer once its head arrived; 0 when none came.
    int status()
    {
        while (!m_received.contains("\r\n\r\n")) {
            char buffer[4096];
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            m_received.append(buffer, got);
        }
        if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
            return 0;
        return m_received.mid(9, 3).toInt();
    }

    // True when the server closed or reset the connection within 5 s (whatever it sent).
    bool closed()
    {
        char buffer[16 * 1024];
        for (;;) {
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got == 0 || (got < 0 && errno == ECONNRESET))
                return true;
            if (got < 0)
                return false; // the receive timeout: still open
        }
    }

private:
    int m_fd = -1;
    QByteArray m_received;
};

// A whole HTTP/1.1 request of a raw client ("Connection: close"), its headers given as lines.
inline QByteArray rawRequest(const QByteArray &verb, const QByteArray &target, const QByteArray &body = {},
    const QList<QByteArray> &headerLines = {})
{
    QByteArray request = verb + ' ' + target + " HTTP/1.1\r\nHost: motcua\r\nConnection: close\r\n";
    for (const QByteArray &line : headerLines)
        request += line + "\r\n";
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

} // namespace motcua::servertest

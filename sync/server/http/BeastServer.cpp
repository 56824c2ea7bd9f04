#include "BeastServer.h"

#include "ConnectionLimiter.h"
#include "HttpSession.h"
#include "Router.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <openssl/ssl.h>

#include <pthread.h>
#include <sys/resource.h>

#include <csignal>
#include <optional>
#include <thread>
#include <vector>

namespace motcua::server::http {

namespace {

Q_LOGGING_CATEGORY(logServer, "motcua.server.http")

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

constexpr auto withError = asio::as_tuple(asio::use_awaitable);

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::http::BeastServer", text);
}

// Each connection is a file descriptor: the usual soft limit of 1,024 would stop accepting long
// before the connection caps, so the server takes what the hard limit allows.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void logFailure(std::exception_ptr failure)
{
    if (!failure)
        return;
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception &error) {
        qCWarning(logServer) << "connection failed:" << error.what();
    } catch (...) {
        qCWarning(logServer) << "connection failed";
    }
}

} // namespace

class BeastServer::Impl final
{
public:
    Impl(const Router &router, const ServerLimits &limits)
        : m_router(router)
        , m_limits(limits)
        , m_limiter(limits.maxConnections, limits.maxConnectionsPerAddress)
        , m_context(std::max(1, limits.ioThreads))
        , m_handlers(std::max(1, limits.threads))
        , m_handlersBusy(asio::make_work_guard(m_handlers))
        , m_acceptor(m_context)
        , m_signals(m_context, SIGINT, SIGTERM)
    {
    }

    Status useTls(const QString &certificateChainFile, const QString &privateKeyFile)
    {
        auto tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
        tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
            | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1
            | asio::ssl::context::single_dh_use);
        // An encrypted key must not make OpenSSL prompt on the terminal of a service.
        tls->set_password_callback([](std::size_t, asio::ssl::context::password_purpose) { return std::string(); });
        boost::system::error_code error;
        tls->use_certificate_chain_file(certificateChainFile.toStdString(), error);
        if (error)
            return Error{QStringLiteral("tls.certificate"),
                tr("%1 holds no PEM certificate (%2)")
                    .arg(certificateChainFile, QString::fromStdString(error.message()))};
        tls->use_private_key_file(privateKeyFile.toStdString(), asio::ssl::context::pem, error);
        if (error)
            return Error{QStringLiteral("tls.key"),
                tr("%1 holds no unencrypted PEM private key (%2)")
                    .arg(privateKeyFile, QString::fromStdString(error.message()))};
        if (SSL_CTX_check_private_key(tls->native_handle()) != 1)
            return Error{QStringLiteral("tls.key"),
                tr("%1 is not the private key of the certificate in %2").arg(privateKeyFile, certificateChainFile)};
        m_tls = std::move(tls);
        return {};
    }

    bool usesTls() const { return m_tls != nullptr; }

    Result<quint16> listen(const QHostAddress &address, quint16 port)
    {
        boost::system::error_code error;
        const asio::ip::address ip = asio::ip::make_address(address.toString().toStdString(), error);
        if (error)
            return Error{QStringLiteral("listen.failed"), tr("%1 is not an IP address").arg(address.toString())};
        const tcp::endpoint endpoint(ip, port);
        m_acceptor.open(endpoint.protocol(), error);
        if (!error)
            m_acceptor.set_option(asio::socket_base::reuse_address(true), error);
        if (!error)
            m_acceptor.bind(endpoint, error);
        if (!error)
            m_acceptor.listen(asio::socket_base::max_listen_connections, error);
        if (error) {
            boost::system::error_code ignored;
            m_acceptor.close(ignored);
            return Error{QStringLiteral("listen.failed"), QString::fromStdString(error.message())};
        }
        return m_acceptor.local_endpoint().port();
    }

    void run(const std::function<void()> &threadFinished)
    {
        raiseFileLimit();
        asio::co_spawn(m_context, acceptLoop(), logFailure);
        m_signals.async_wait([this](const boost::system::error_code &error, int) {
            if (!error)
                stop();
        });
        std::vector<std::thread> pool;
        // Named, so that top -H and perf tell the network's threads from the handlers'.
        const auto serve = [&threadFinished](asio::io_context &context, const char *name) {
            pthread_setname_np(pthread_self(), name);
            for (;;) {
                try {
                    context.run();
                    break;
                } catch (const std::exception &failure) {
                    // A handler that escaped its coroutine: log it and keep the thread serving.
                    qCWarning(logServer) << "worker:" << failure.what();
                }
            }
            if (threadFinished)
                threadFinished();
        };
        for (int i = 0; i < std::max(1, m_limits.ioThreads); ++i)
            pool.emplace_back([this, serve] { serve(m_context, "motcua-network"); });
        for (int i = 0; i < std::max(1, m_limits.threads); ++i)
            pool.emplace_back([this, serve] { serve(m_handlers, "motcua-handler"); });
        for (std::thread &thread : pool)
            thread.join();
    }

    void stop()
    {
        m_context.stop();
        m_handlers.stop();
    }

    int openConnections() const { return m_limiter.openConnections(); }

private:
    asio::awaitable<void> acceptLoop()
    {
        asio::steady_timer pause(m_context);
        for (;;) {
            auto [error, socket] = co_await m_acceptor.async_accept(asio::make_strand(m_context), withError);
            if (error == asio::error::operation_aborted)
                co_return;
            if (error) {
                // Out of file descriptors (or memory): let connections end before accepting more.
                qCWarning(logServer) << "accept:" << QString::fromStdString(error.message());
                pause.expires_after(std::chrono::milliseconds(100));
                co_await pause.async_wait(withError);
                continue;
            }
            admit(std::move(socket));
        }
    }

    void admit(tcp::socket socket)
    {
        boost::system::error_code error;
        const tcp::endpoint peer = socket.remote_endpoint(error);
        if (error)
            return;
        QHostAddress address(QString::fromStdString(peer.address().to_string()));
        bool mapped = false;
        if (const quint32 ipv4 = address.toIPv4Address(&mapped); mapped)
            address = QHostAddress(ipv4);
        // An answer is written as its header and then its body: with Nagle's algorithm the body
        // would wait for the client's delayed ACK of the header (up to 40 ms a request).
        socket.set_option(tcp::no_delay(true), error);
        ConnectionLimiter::Ticket ticket = m_limiter.admit(address);
        if (!ticket) {
            refuse(socket);
            return;
        }
        const auto executor = socket.get_executor();
        asio::co_spawn(executor,
            serveConnection(std::move(socket), address, m_tls.get(), m_router, m_limits, m_handlers.get_executor(),
                std::move(ticket)),
            logFailure);
    }

    // Over a cap: a plain HTTP client is told to come back later, without waiting on it; a TLS
    // client just sees the connection close.
    void refuse(tcp::socket &socket)
    {
        boost::system::error_code ignored;
        if (!m_tls) {
            static constexpr char busy[] = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n"
                                           "Content-Length: 0\r\nConnection: close\r\n\r\n";
            socket.non_blocking(true, ignored);
            socket.write_some(asio::buffer(busy, sizeof busy - 1), ignored);
        }
        socket.shutdown(tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
    }

    const Router &m_router;
    const ServerLimits m_limits;
    // Declared before the context: coroutine frames the context destroys still release tickets.
    ConnectionLimiter m_limiter;
    std::unique_ptr<asio::ssl::context> m_tls;
    asio::io_context m_context; // the network
    // The handlers. Declared after the network's context so that it is destroyed first: a
    // connection waiting for its handler is owned by the handler's pending operation here.
    asio::io_context m_handlers;
    asio::executor_work_guard<asio::io_context::executor_type> m_handlersBusy; // it has no I/O of its own to wait on
    tcp::acceptor m_acceptor;
    asio::signal_set m_signals;
};

BeastServer::BeastServer(const Router &router, const ServerLimits &limits)
    : m_impl(std::make_unique<Impl>(router, limits))
{
}

BeastServer::~BeastServer() = default;

Status BeastServer::useTls(const QString &certificateChainFile, const QString &privateKeyFile)
{
    return m_impl->useTls(certificateChainFile, privateKeyFile);
}

bool BeastServer::usesTls() const
{
    return m_impl->usesTls();
}

Result<quint16> BeastServer::listen(const QHostAddress &address, quint16 port)
{
    return m_impl->listen(address, port);
}

void BeastServer::run(const std::function<void()> &threadFinished)
{
    m_impl->run(threadFinished);
}

void BeastServer::stop()
{
    m_impl->stop();
}

int BeastServer::openConnections() const
{
    return m_impl->openConnections();
}

} // namespace motcua::server::http

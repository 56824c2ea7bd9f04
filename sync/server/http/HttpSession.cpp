#include "HttpSession.h"

#include "Router.h"

#include <QLoggingCategory>
#include <QUrl>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <algorithm>
#include <array>
#include <exception>
#include <limits>

namespace motcua::server::http {

namespace {

Q_LOGGING_CATEGORY(logHttp, "motcua.server.http")

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

constexpr auto withError = asio::as_tuple(asio::use_awaitable);
// A whole body in memory is still written in pieces, so the write timeout is "no progress", not
// "the whole answer within readTimeout" (a 16 MiB pull page over a slow link takes minutes).
constexpr qint64 writePieceBytes = 256 * 1024;

using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

Method methodOf(bhttp::verb verb)
{
    switch (verb) {
    case bhttp::verb::get:
        return Method::Get;
    case bhttp::verb::head:
        return Method::Head;
    case bhttp::verb::post:
        return Method::Post;
    case bhttp::verb::put:
        return Method::Put;
    case bhttp::verb::delete_:
        return Method::Delete;
    default:
        return Method::Other;
    }
}

QByteArray bytesOf(beast::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The request line and headers as the routes see them; false when the target is not a path.
bool describe(const bhttp::request_parser<bhttp::empty_body> &parser, HttpRequest &request)
{
    const auto &message = parser.get();
    request.method = methodOf(message.method());
    const beast::string_view target = message.target();
    if (target.empty() || target.front() != '/')
        return false;
    const auto question = target.find('?');
    const QByteArray path = bytesOf(target.substr(0, question));
    request.path = QUrl::fromPercentEncoding(path);
    if (question != beast::string_view::npos)
        request.query = QUrlQuery(QString::fromLatin1(bytesOf(target.substr(question + 1))));
    for (const auto &field : message)
        request.headers.append({bytesOf(field.name_string()), bytesOf(field.value())});
    if (!parser.chunked() && parser.content_length())
        request.contentLength = qint64(std::min<std::uint64_t>(*parser.content_length(), INT64_MAX));
    return true;
}

// A request the parser could not read as HTTP/1.x (rather than a connection that failed).
bool isSyntaxError(const beast::error_code &error)
{
    return error.category() == bhttp::make_error_code(bhttp::error::bad_target).category()
        && error != bhttp::error::end_of_stream && error != bhttp::error::partial_message;
}

void closeWriting(PlainStream &stream)
{
    beast::error_code ignored;
    stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
}

void closeWriting(TlsStream &)
{
    // TLS has no half-close the client would read as the end; Connection: close tells it instead.
}

asio::awaitable<bool> handshake(PlainStream &, const ServerLimits &)
{
    co_return true;
}

asio::awaitable<bool> handshake(TlsStream &stream, const ServerLimits &limits)
{
    beast::get_lowest_layer(stream).expires_after(limits.readTimeout);
    const auto [error] = co_await stream.async_handshake(asio::ssl::stream_base::server, withError);
    co_return !error;
}

asio::awaitable<void> shutdown(PlainStream &stream, const ServerLimits &)
{
    closeWriting(stream);
    co_return;
}

asio::awaitable<void> shutdown(TlsStream &stream, const ServerLimits &limits)
{
    beast::get_lowest_layer(stream).expires_after(limits.readTimeout);
    co_await stream.async_shutdown(withError);
}

template <class Stream> class Session final
{
public:
    Session(Stream &stream, const Router &router, const ServerLimits &limits, QHostAddress remote,
        asio::any_io_executor handlers)
        : m_stream(stream)
        , m_router(router)
        , m_limits(limits)
        , m_remote(std::move(remote))
        , m_handlers(std::move(handlers))
    {
    }

    asio::awaitable<void> run()
    {
        // (GCC 12 miscompiles co_await inside conditions: every result is awaited into a variable.)
        const bool secured = co_await handshake(m_stream, m_limits);
        if (!secured)
            co_return;
        for (;;) {
            const bool requested = co_await waitForRequest();
            if (!requested)
                break;
            const bool keepOpen = co_await serveOne();
            if (!keepOpen)
                co_return;
        }
        co_await shutdown(m_stream, m_limits);
    }

private:
    auto &socketLayer() { return beast::get_lowest_layer(m_stream); }

    // Waits up to the idle timeout for the first byte of the next request; false when the client
    // closed the connection or stayed silent.
    asio::awaitable<bool> waitForRequest()
    {
        if (m_buffer.size() > 0)
            co_return true;
        socketLayer().expires_after(m_limits.idleTimeout);
        const auto [error, received] = co_await m_stream.async_read_some(m_buffer.prepare(4096), withError);
        if (error)
            co_return false;
        m_buffer.commit(received);
        co_return true;
    }

    // One request and its answer; false when the connection is to be closed.
    asio::awaitable<bool> serveOne()
    {
        HttpRequest request;
        request.remoteAddress = m_remote;
        m_route = nullptr;
        bhttp::request_parser<bhttp::empty_body> head;
        head.header_limit(std::uint32_t(m_limits.maxHeaderBytes));
        // The route decides the body limit once the path is known; Beast's default would refuse a
        // large Content-Length as a header error instead of the route's 401 or 413.
        head.body_limit(std::numeric_limits<std::uint64_t>::max());
        socketLayer().expires_after(m_limits.readTimeout);
        const auto [headError, headBytes] = co_await bhttp::async_read_header(m_stream, m_buffer, head, withError);
        if (headError == bhttp::error::header_limit) {
            const HttpResponse tooLarge = m_router.reject(request, Rejection::HeaderTooLarge, m_limits.maxHeaderBytes);
            const bool answered = co_await answerEarly(tooLarge);
            co_return answered;
        }
        if (headError && !isSyntaxError(headError))
            co_return false; // the client went away or stalled: nobody reads an answer
        if (headError || !describe(head, request)) {
            const HttpResponse malformed = m_router.reject(request, Rejection::Malformed);
            const bool answered = co_await answerEarly(malformed);
            co_return answered;
        }

        const Router::Match match = m_router.match(request.path);
        m_route = match.route;
        if (!match.route) {
            const HttpResponse unrouted = m_router.reject(request, Rejection::Malformed);
            const bool answered = co_await answerEarly(unrouted);
            co_return answered;
        }
        if (match.route->guard) {
            if (const std::optional<HttpResponse> refused = match.route->guard(request)) {
                const bool answered = co_await answerEarly(*refused);
                co_return answered;
            }
        }
        const qint64 limit = match.route->maxBodyBytes;
        if (request.contentLength && *request.contentLength > limit) {
            const HttpResponse tooLarge = m_router.reject(request, Rejection::BodyTooLarge, limit);
            const bool answered = co_await answerEarly(tooLarge);
            co_return answered;
        }

        const bool expectsContinue = beast::iequals(head.get()[bhttp::field::expect], "100-continue");
        bhttp::request_parser<bhttp::string_body> parser(std::move(head));
        parser.body_limit(std::uint64_t(limit));
        if (expectsContinue && !parser.is_done()) {
            bhttp::response<bhttp::empty_body> proceed(bhttp::status::continue_, 11);
            socketLayer().expires_after(m_limits.readTimeout);
            const auto [error, written] = co_await bhttp::async_write(m_stream, proceed, withError);
            if (error)
                co_return false;
        }
        while (!parser.is_done()) {
            socketLayer().expires_after(m_limits.readTimeout);
            const auto [error, received] = co_await bhttp::async_read_some(m_stream, m_buffer, parser, withError);
            if (error == bhttp::error::body_limit) {
                const HttpResponse tooLarge = m_router.reject(request, Rejection::BodyTooLarge, limit);
                const bool answered = co_await answerEarly(tooLarge);
                co_return answered;
            }
            if (error)
                co_return false;
        }
        const std::string &body = parser.get().body();
        request.body = QByteArray(body.data(), qsizetype(body.size()));
        const bool keepAlive = parser.get().keep_alive();
        parser.get().body().clear();

        const HttpResponse response
            = co_await onHandlerThread([&] { return handle(*match.route, request, match.arguments); });
        const bool sent = co_await send(response, keepAlive);
        co_return sent &&keepAlive;
    }

    // Runs work on a handler thread; this coroutine resumes on its connection's executor with the
    // answer. Not asio::co_spawn: a spawned coroutine that never suspended posts itself once more to
    // the handlers before completing, so every answer queued again behind the pushes waiting for a
    // handler thread (55 ms a push with 100 devices, docs/PERFORMANCE.md).
    template <typename Work> auto onHandlerThread(Work work)
    {
        return asio::async_initiate<decltype(asio::use_awaitable), void(HttpResponse)>(
            [this, work = std::move(work)](auto resume) mutable {
                asio::post(m_handlers, [work = std::move(work), resume = std::move(resume)]() mutable {
                    HttpResponse answer = work();
                    const auto connection = asio::get_associated_executor(resume);
                    asio::post(connection, [answer = std::move(answer), resume = std::move(resume)]() mutable {
                        std::move(resume)(std::move(answer));
                    });
                });
            },
            asio::use_awaitable);
    }

    HttpResponse handle(const Router::Route &route, const HttpRequest &request, const QStringList &arguments)
    {
        try {
            return route.handler(request, arguments);
        } catch (const std::exception &failure) {
            qCWarning(logHttp) << "handler of" << request.path << "failed:" << failure.what();
        } catch (...) {
            qCWarning(logHttp) << "handler of" << request.path << "failed";
        }
        return m_router.reject(request, Rejection::Internal);
    }

    // An answer given before the body was read (or when it cannot be read): the connection closes
    // after it. What the client still sends is read and thrown away for a moment, so that its
    // kernel does not turn our close into a reset that would destroy the answer in flight.
    asio::awaitable<bool> answerEarly(const HttpResponse &response)
    {
        const bool sent = co_await send(response, false);
        if (!sent)
            co_return false;
        closeWriting(m_stream);
        socketLayer().expires_after(m_limits.lingerTime);
        std::array<char, 16 * 1024> scratch;
        for (;;) {
            const auto [error, received] = co_await m_stream.async_read_some(asio::buffer(scratch), withError);
            if (error)
                break;
        }
        co_return false;
    }

    // Writes the answer, its body in pieces (pulled from its stream when it has one).
    asio::awaitable<bool> send(const HttpResponse &response, bool keepAlive)
    {
        m_router.observe(m_route, response.status);
        bhttp::response<bhttp::buffer_body> message;
        message.version(11);
        message.result(unsigned(response.status));
        for (const auto &[name, value] : response.headers)
            message.set(beast::string_view(name.constData(), std::size_t(name.size())),
                beast::string_view(value.constData(), std::size_t(value.size())));
        const qint64 length = response.stream ? response.streamLength : response.body.size();
        message.content_length(std::uint64_t(length));
        message.keep_alive(keepAlive);
        message.body().data = nullptr;
        message.body().more = true;
        bhttp::response_serializer<bhttp::buffer_body> serializer(message);
        socketLayer().expires_after(m_limits.readTimeout);
        const auto [headerError, headerBytes] = co_await bhttp::async_write_header(m_stream, serializer, withError);
        if (headerError)
            co_return false;

        qint64 sent = 0;
        QByteArray piece;
        while (!serializer.is_done()) {
            if (sent < length) {
                qint64 size = 0;
                if (response.stream) {
                    Result<QByteArray> next = response.stream->next();
                    if (!next || next->isEmpty() || next->size() > length - sent) {
                        qCWarning(logHttp) << "streamed body of" << length << "bytes broke off after" << sent
                                           << (next ? QString() : next.error().message);
                        co_return false;
                    }
                    piece = std::move(next).value();
                    message.body().data = piece.data();
                    size = piece.size();
                } else {
                    size = std::min(writePieceBytes, length - sent);
                    // buffer_body wants a mutable pointer but only reads through it.
                    message.body().data = const_cast<char *>(response.body.constData() + sent);
                }
                message.body().size = std::size_t(size);
                message.body().more = true;
                sent += size;
            } else {
                message.body().data = nullptr;
                message.body().more = false;
            }
            socketLayer().expires_after(m_limits.readTimeout);
            const auto [error, written] = co_await bhttp::async_write(m_stream, serializer, withError);
            if (error && error != bhttp::error::need_buffer)
                co_return false;
        }
        co_return true;
    }

    Stream &m_stream;
    const Router &m_router;
    const ServerLimits &m_limits;
    const QHostAddress m_remote;
    const asio::any_io_executor m_handlers;
    beast::flat_buffer m_buffer;
    const Router::Route *m_route = nullptr; // of the request being answered, for the observer
};

} // namespace

asio::awaitable<void> serveConnection(asio::ip::tcp::socket socket, QHostAddress remote, asio::ssl::context *tls,
    const Router &router, const ServerLimits &limits, asio::any_io_executor handlers, ConnectionLimiter::Ticket ticket)
{
    if (tls) {
        TlsStream stream(PlainStream(std::move(socket)), *tls);
        Session<TlsStream> session(stream, router, limits, remote, std::move(handlers));
        co_await session.run();
    } else {
        PlainStream stream(std::move(socket));
        Session<PlainStream> session(stream, router, limits, remote, std::move(handlers));
        co_await session.run();
    }
    ticket.reset();
}

} // namespace motcua::server::http

#pragma once

#include "TempDir.h"
#include "protocol/Enrollment.h"
#include "protocol/Pull.h"
#include "protocol/Push.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

// What the server's integration tests share: a fresh database on either backend, the real
// motcua-server process (serve and the admin commands) and an HTTP client for it.
namespace motcua::servertest {

enum class Backend { Sqlite, Postgres };

// SQLite always; PostgreSQL when a throwaway cluster could be started (started once per run,
// stopped at its end; the reason it could not is printed once and its runs are skipped).
std::vector<Backend> availableBackends();
const char *backendName(Backend backend);

// A fresh, empty server database for one test.
class TestDatabase final
{
public:
    explicit TestDatabase(Backend backend);

    Backend backend() const { return m_backend; }
    // How motcua-server is told about it: {"--data", DIR} or {"--database", URL}.
    QStringList arguments() const;
    QString dataDir() const { return m_dir.path(); }

    // The first column of the first row of a query run directly on the database.
    QVariant scalar(const QString &sql) const;
    qint64 count(const QString &table) const;

private:
    Backend m_backend;
    TempDir m_dir;
    QString m_url;
};

// Runs an administrator command (the database arguments are added) and returns its standard output.
QByteArray runCli(
    const TestDatabase &db, const QStringList &arguments, int *exitCode = nullptr, QByteArray *standardError = nullptr);
QString issueCode(const TestDatabase &db, const QString &commune);

// One HTTP answer as the test sees it.
struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentEncoding;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const;
    QString errorMessage() const;
    QByteArray header(const QByteArray &name) const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One request to any HTTP server (an instance, nginx in front of several), waited for.
Reply httpRequest(QNetworkAccessManager &network, const QString &url, const QByteArray &verb,
    const QByteArray &body = {}, const QByteArray &authorization = {},
    const QByteArray &contentType = "application/json", const Headers &headers = {});

// A real `motcua-server serve` on a free loopback port, killed with the test.
class Server final
{
public:
    explicit Server(const TestDatabase &db, const QStringList &extraArguments = {});
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    Reply request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QByteArray &authorization = {}, const QByteArray &contentType = "application/json",
        const Headers &headers = {});

    protocol::EnrollResponse enroll(const QString &commune);
    static QByteArray enrollBody(const QString &code);
    bool answersPing();
    // SIGKILL, as a crash or a power cut of the process would stop it.
    void kill();

    const QString &base() const { return m_base; }
    quint16 port() const;
    // The next line the server prints on its standard output (after the "listening on" line).
    QString readLine(int timeoutMs = 10000);
    // The operating system's process id, to read its memory from /proc.
    qint64 pid() const { return m_process.processId(); }
    // Sends SIGTERM and waits for the process to end; its exit code, -1 when it had to be killed.
    int stop();

private:
    const TestDatabase &m_db;
    QProcess m_process;
    QString m_base;
    QNetworkAccessManager m_network;
};

QByteArray bearer(const protocol::EnrollResponse &device);
QString newUuid();
protocol::PushOp dossierOp(const QString &id, qint64 baseVersion, const QString &status);
protocol::PushResponse push(Server &server, const protocol::EnrollResponse &device, const QList<protocol::PushOp> &ops);
protocol::PullResponse pull(Server &server, const protocol::EnrollResponse &device, const QString &query = {});
// PUT /v2/blobs/<sha256>?offset&size with X-Chunk-SHA256 (the chunk's own digest unless given).
Reply putChunk(Server &server, const protocol::EnrollResponse &device, const QString &sha256, qint64 offset,
    qint64 size, const QByteArray &chunk, const QByteArray &chunkSha256 = {});
// Uploads a whole blob in chunks of chunkSize bytes, requiring every answer to be 200 and the last
// one complete; returns its SHA-256.
QString uploadBlob(Server &server, const protocol::EnrollResponse &device, const QByteArray &content, int chunkSize);
// Every change the device can pull, following the cursor to the end.
QList<protocol::Change> pullAll(Server &server, const protocol::EnrollResponse &device);

} // namespace motcua::servertest

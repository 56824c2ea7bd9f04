#pragma once

#include "SqliteStatements.h"
#include "SqliteWriter.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

class QSqlError;

namespace motcua::server {

// Where the server keeps its data: an embedded SQLite file under a directory (the default), or a
// PostgreSQL database that several server instances share.
struct DatabaseLocation
{
    QString dataDir; // SQLite: DIR/motcua-server.sqlite
    QString postgresUrl; // postgresql://user[:password]@host[:port]/dbname[?option=value&…]

    // The location for messages and logs: the URL without its password.
    QString describe() const;
};

enum class SqlDialect { Sqlite, Postgres };

// The server's database, with what every store needs on both backends: statements prepared once
// per connection, portable SQL with a few dialect words, and transactions that retry on the
// transient failures of concurrent writers (SQLite busy, PostgreSQL serialization failure or
// deadlock). The server handles requests on several threads and a Qt SQL connection belongs to
// the thread that opened it, so each thread gets its own connection (named after the thread) on
// first use and closes it with closeThreadConnection(); a request runs wholly on one thread, so
// its transaction sees one connection. Threads and processes share one database safely because
// every exactly-once rule is a unique key inside a transaction.
class ServerDatabase final
{
public:
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Opens the database and creates or upgrades its schema. Errors: "store.open_failed",
    // "store.newer_schema".
    static Result<std::unique_ptr<ServerDatabase>> open(const DatabaseLocation &location);

    SqlDialect dialect() const { return m_dialect; }

    // Closes the calling thread's connection (a worker thread that ends); the next use on this
    // thread opens a new one.
    void closeThreadConnection();
    // The column type of raw bytes: BLOB or BYTEA.
    QString bytesType() const;

    // A statement run once, unprepared (PostgreSQL cannot prepare DDL).
    Status execDirect(const QString &sql);
    // A data-changing statement; its number of affected rows.
    Result<qint64> exec(const QString &sql, const QVariantList &values = {});
    // All rows of a query, each as its column values.
    Result<QList<QVariantList>> select(const QString &sql, const QVariantList &values = {});
    // The first row of a query, nullopt when there is none.
    Result<std::optional<QVariantList>> selectRow(const QString &sql, const QVariantList &values = {});
    // Streams the rows of a large result (blob chunks) without holding them all; `row` returns
    // false to stop early.
    Status forEachRow(
        const QString &sql, const QVariantList &values, const std::function<bool(const QSqlQuery &)> &row);

    // Many rows in few statements. insertRows: `sql` ("INSERT INTO t (a, b) VALUES") followed by
    // one `row` ("(?, ?)": `columns` bound values) per row of `values` (row after row) and `tail`
    // (" ON CONFLICT DO NOTHING"); the number of rows inserted. forEachRowIn: `sql` with "%1"
    // standing for the IN list's "?, ?, …", run for `keys` a slice at a time after `values`.
    Result<qint64> insertRows(const QString &sql, const QString &row, qsizetype columns, const QVariantList &values,
        const QString &tail = {});
    Status forEachRowIn(const QString &sql, const QVariantList &values, const QStringList &keys,
        const std::function<bool(const QSqlQuery &)> &row);

    // Runs body in one transaction: committed when it succeeds, rolled back when it fails. A
    // transient failure ("unavailable": busy database, serialization failure, deadlock) is retried
    // a few times from the start, so body must have no effect outside the database.
    template <typename Body> auto transaction(Body body) -> decltype(body())
    {
        using R = decltype(body());
        std::optional<R> result;
        const Status status = runTransaction([&]() -> Status {
            result.emplace(body());
            if (!result->ok())
                return result->error();
            return {};
        });
        if (!status)
            return status.error();
        return std::move(*result);
    }

private:
    // One thread's connection and its prepared statements.
    struct Connection
    {
        QString name;
        QHash<QString, QSqlQuery> statements;
        SqliteStatements sqliteStatements; // exec()'s on SQLite, bound without Qt SQL
    };

    ServerDatabase(DatabaseLocation location, SqlDialect dialect);
    Connection &threadConnection();
    Status connect(Connection &connection);
    void disconnect(Connection &connection);
    Status runTransaction(const std::function<Status()> &body);
    Status runOnce(const std::function<Status()> &body);
    Status runDirect(const std::function<Status()> &body);
    Status execControl(const QString &sql);
    Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &values);

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QString m_namePrefix;
    std::mutex m_connectionsMutex;
    std::unordered_map<std::thread::id, std::unique_ptr<Connection>> m_connections;
    // SQLite: every transaction of this process runs on the writer's thread and connection, in
    // groups that share a commit (SqliteWriter.h). Other processes still wait on the file lock.
    // Last: it is stopped first, while the connections it uses still exist.
    std::unique_ptr<SqliteWriter> m_sqliteWriter;
};

// The protocol error for a failed statement: "unavailable" (503, retry later) when a concurrent
// writer was in the way, "internal" otherwise.
Error databaseError(const QSqlError &error);

// Sortable UTC text: the same in SQLite and PostgreSQL TEXT columns, compared as strings.
QString timeText(const QDateTime &time);
QDateTime parseTimeText(const QVariant &value);

} // namespace motcua::server

#include "ServerDatabase.h"

#include "ServerSchema.h"
#include "protocol/ErrorBody.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace motcua::server {

namespace {

constexpr int maxTransactionAttempts = 5;
// Prepared statements kept per connection (ServerDatabase::prepared, SqliteStatements).
constexpr qsizetype kMaxPreparedStatements = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerDatabase", text);
}

Error openFailed(const QString &message)
{
    return Error{QStringLiteral("store.open_failed"), message};
}

// The parts of a postgresql:// URL as QPSQL takes them; query items become libpq connection
// options (sslmode, connect_timeout, …).
Status configurePostgres(QSqlDatabase &db, const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        || url.host().isEmpty())
        return openFailed(tr("--database: must be postgresql://USER@HOST:PORT/DATABASE"));
    const QString name = url.path().mid(1);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return openFailed(tr("--database: the URL must name the database, e.g. postgresql://motcua@db:5432/motcua"));
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    static const QRegularExpression optionName(QStringLiteral("^[a-z_]{1,40}$"));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!optionName.match(key).hasMatch() || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return openFailed(tr("--database: the option %1 is not a libpq connection option").arg(key));
        options << key + QLatin1Char('=') + value;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return {};
}

} // namespace

QString DatabaseLocation::describe() const
{
    if (postgresUrl.isEmpty())
        return QDir(dataDir).filePath(QStringLiteral("motcua-server.sqlite"));
    return QUrl(postgresUrl).toString(QUrl::RemovePassword);
}

Error databaseError(const QSqlError &error)
{
    // SQLite busy/locked; PostgreSQL serialization failure, deadlock, lock timeout, lost
    // connection or shutdown: nothing was written and a later try will do, so the client hears 503
    // with Retry-After instead of 500.
    static const QStringList transient = {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("517"),
        QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("55P03"), QStringLiteral("57P01")};
    const QString code = error.nativeErrorCode();
    if (transient.contains(code) || code.startsWith(QLatin1String("08")) || error.type() == QSqlError::ConnectionError)
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy; try again.")};
    return Error{QString::fromLatin1(protocol::errors::internal), tr("Database error: %1").arg(error.text())};
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimeText(const QVariant &value)
{
    // Stored with a "Z", so the parsed time is UTC already.
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

ServerDatabase::ServerDatabase(DatabaseLocation location, SqlDialect dialect)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_namePrefix(QStringLiteral("motcua-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerDatabase::~ServerDatabase()
{
    m_sqliteWriter.reset(); // answers what is queued, closes its connection on its thread
    // The worker threads closed theirs as they ended; what is left is normally the calling thread's.
    const std::lock_guard lock(m_connectionsMutex);
    for (auto &[thread, connection] : m_connections)
        disconnect(*connection);
    m_connections.clear();
}

ServerDatabase::Connection &ServerDatabase::threadConnection()
{
    const std::lock_guard lock(m_connectionsMutex);
    std::unique_ptr<Connection> &connection = m_connections[std::this_thread::get_id()];
    if (!connection) {
        connection = std::make_unique<Connection>();
        connection->name
            = m_namePrefix + QStringLiteral("-thread-") + QString::number(quintptr(QThread::currentThreadId()), 16);
    }
    return *connection;
}

void ServerDatabase::closeThreadConnection()
{
    std::unique_ptr<Connection> connection;
    {
        const std::lock_guard lock(m_connectionsMutex);
        const auto found = m_connections.find(std::this_thread::get_id());
        if (found == m_connections.end())
            return;
        connection = std::move(found->second);
        m_connections.erase(found);
    }
    disconnect(*connection);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseLocation &location)
{
    if (location.postgresUrl.isEmpty() && location.dataDir.isEmpty())
        return openFailed(tr("Give --data DIR or --database postgresql://…"));
    if (location.postgresUrl.isEmpty() && !QDir().mkpath(location.dataDir))
        return openFailed(tr("Cannot create the data directory %1.").arg(location.dataDir));
    if (location.postgresUrl.isEmpty()) {
        // Files made before the server set its umask (or by hand) are closed to others too;
        // SQLite gives the WAL and SHM files the database file's mode.
        QFile::setPermissions(location.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString file = location.describe();
        if (QFile::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    std::unique_ptr<ServerDatabase> db(
        new ServerDatabase(location, location.postgresUrl.isEmpty() ? SqlDialect::Sqlite : SqlDialect::Postgres));
    if (Status connected = db->connect(db->threadConnection()); !connected)
        return connected.error();
    if (Status schema = createServerSchema(*db); !schema)
        return schema.error();
    if (db->m_dialect == SqlDialect::Sqlite) {
        ServerDatabase *raw = db.get();
        db->m_sqliteWriter = std::make_unique<SqliteWriter>(
            [raw](const QString &sql) { return raw->execControl(sql); }, [raw] { raw->closeThreadConnection(); });
    }
    return db;
}

QString ServerDatabase::bytesType() const
{
    return m_dialect == SqlDialect::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
}

Status ServerDatabase::connect(Connection &connection)
{
    QSqlDatabase db;
    if (m_dialect == SqlDialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name);
        db.setDatabaseName(m_location.describe());
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return openFailed(tr("The PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) is not installed."));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection.name);
        if (Status configured = configurePostgres(db, m_location.postgresUrl); !configured) {
            db = QSqlDatabase();
            disconnect(connection);
            return configured;
        }
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        disconnect(connection);
        return openFailed(tr("Cannot open the server database %1: %2").arg(m_location.describe(), reason));
    }
    QSqlQuery settings(db);
    if (m_dialect == SqlDialect::Sqlite) {
        // WAL: pulls read while a push writes. synchronous=FULL: a push is acknowledged only once
        // its commit is on disk, because the device then deletes the ops from its outbox; NORMAL
        // could lose the last acknowledged pushes on a power cut (a killed process loses nothing
        // either way). busy_timeout: a second process (an admin command, another server) waits
        // for the write lock instead of failing. temp_store=MEMORY: the writer runs each push in a
        // savepoint of its group's transaction and each multi-row INSERT may need undoing alone,
        // so SQLite keeps statement journals of the pages they change; in temporary files (the
        // default) those were a tenth of the writer's time in write() calls. cache_size: 2 MB for
        // each request thread's connection (a commit by the writer empties the cache of every
        // other connection anyway, and 32 threads streaming scans held 32 MB each); the writer
        // sets its own (SqliteWriter).
        for (const char *pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL",
                 "PRAGMA synchronous = FULL", "PRAGMA cache_size = -2000", "PRAGMA temp_store = MEMORY"})
            settings.exec(QString::fromLatin1(pragma));
    } else {
        // "relation already exists, skipping" notices would otherwise be printed by libpq.
        settings.exec(QStringLiteral("SET client_min_messages = warning"));
        // A plan per execution. A prepared statement otherwise settles on a generic plan after a
        // few runs, and one chosen while a table was nearly empty (every scan looks cheap then) is
        // kept for the connection's life: the push's read of its records by an IN list became a
        // scan of every record once the table had grown: a third of the throughput over a whole benchmark.
        // Planning these short statements costs microseconds.
        settings.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    }
    return {};
}

void ServerDatabase::disconnect(Connection &connection)
{
    connection.statements.clear();
    connection.sqliteStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(connection.name, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(connection.name))
        QSqlDatabase::removeDatabase(connection.name);
}

Result<QSqlQuery *> ServerDatabase::prepared(const QString &sql, const QVariantList &values)
{
    Connection &connection = threadConnection();
    if (!QSqlDatabase::contains(connection.name)) {
        if (Status connected = connect(connection); !connected)
            return Error{QString::fromLatin1(protocol::errors::unavailable), connected.error().message};
    }
    auto found = connection.statements.find(sql);
    if (found == connection.statements.end()) {
        if (connection.statements.size() >= kMaxPreparedStatements) {
            // Many row counts of insertRows made many shapes: the idle ones go (one being read
            // from, by a caller of forEachRow whose callback runs this, stays).
            connection.statements.removeIf([](const auto &statement) { return !statement.value().isActive(); });
        }
        QSqlQuery query(QSqlDatabase::database(connection.name));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return databaseError(query.lastError());
        found = connection.statements.insert(sql, query);
    }
    QSqlQuery &query = *found;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec()) {
        const Error failure = databaseError(query.lastError());
        query.finish();
        if (failure.code == QLatin1String(protocol::errors::unavailable) && m_dialect == SqlDialect::Postgres
            && !QSqlDatabase::database(connection.name, false).isOpen())
            disconnect(connection);
        return failure;
    }
    return &query;
}

Status ServerDatabase::execDirect(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(threadConnection().name));
    if (!query.exec(sql))
        return databaseError(query.lastError());
    return {};
}

Result<qint64> ServerDatabase::exec(const QString &sql, const QVariantList &values)
{
    if (m_dialect == SqlDialect::Sqlite) {
        Connection &connection = threadConnection();
        if (!QSqlDatabase::contains(connection.name)) {
            if (Status connected = connect(connection); !connected)
                return Error{QString::fromLatin1(protocol::errors::unavailable), connected.error().message};
        }
        const QVariant handle = QSqlDatabase::database(connection.name, false).driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (std::optional<Result<qint64>> done = connection.sqliteStatements.exec(
                    *static_cast<sqlite3 *const *>(handle.constData()), sql, values, kMaxPreparedStatements))
                return std::move(*done);
        }
    }
    Result<QSqlQuery *> query = prepared(sql, values);
    if (!query)
        return query.error();
    const qint64 affected = (*query)->numRowsAffected();
    (*query)->finish();
    return affected;
}

Result<QList<QVariantList>> ServerDatabase::select(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = prepared(sql, values);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows << row;
    }
    // Finishing releases SQLite's read snapshot at once instead of at the next use.
    q.finish();
    return rows;
}

Result<std::optional<QVariantList>> ServerDatabase::selectRow(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = prepared(sql, values);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    std::optional<QVariantList> row;
    if (q.next()) {
        const int columns = q.record().count();
        row.emplace();
        for (int i = 0; i < columns; ++i)
            row->append(q.value(i));
    }
    q.finish();
    return row;
}

Status ServerDatabase::forEachRow(
    const QString &sql, const QVariantList &values, const std::function<bool(const QSqlQuery &)> &row)
{
    Result<QSqlQuery *> query = prepared(sql, values);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    while (q.next()) {
        if (!row(q))
            break;
    }
    q.finish();
    return {};
}

namespace {

// Bound values per statement of insertRows and forEachRowIn: one statement per table for a push of
// 100 ops (on PostgreSQL a statement is a round trip, made while the commune's lock is held), far
// under every engine's limit (SQLite 32,766, PostgreSQL 65,535).
constexpr qsizetype kValuesPerStatement = 1024;

// IN lists are padded to a power of two (repeating a key changes nothing an IN matches), so a
// connection prepares a dozen shapes of each query instead of one per number of keys.
qsizetype paddedKeyCount(qsizetype keys)
{
    qsizetype padded = 1;
    while (padded < keys)
        padded *= 2;
    return padded;
}

} // namespace

Result<qint64> ServerDatabase::insertRows(
    const QString &sql, const QString &row, qsizetype columns, const QVariantList &values, const QString &tail)
{
    const qsizetype rowsPerStatement = std::max<qsizetype>(1, kValuesPerStatement / columns);
    qint64 inserted = 0;
    for (qsizetype from = 0; from < values.size(); from += rowsPerStatement * columns) {
        const QVariantList slice = values.mid(from, rowsPerStatement * columns);
        QString statement = sql + QLatin1Char(' ');
        for (qsizetype i = 0; i < slice.size() / columns; ++i)
            statement += (i > 0 ? QStringLiteral(", ") : QString()) + row;
        const Result<qint64> done = exec(statement + tail, slice);
        if (!done)
            return done.error();
        inserted += *done;
    }
    return inserted;
}

Status ServerDatabase::forEachRowIn(const QString &sql, const QVariantList &values, const QStringList &keys,
    const std::function<bool(const QSqlQuery &)> &row)
{
    qsizetype perStatement = 1;
    while (perStatement * 2 <= kValuesPerStatement - values.size())
        perStatement *= 2;
    for (qsizetype from = 0; from < keys.size(); from += perStatement) {
        const QStringList slice = keys.mid(from, perStatement);
        const qsizetype placeholders = paddedKeyCount(slice.size());
        QVariantList bound = values;
        bound.reserve(values.size() + placeholders);
        for (const QString &key : slice)
            bound << key;
        while (bound.size() < values.size() + placeholders)
            bound << slice.last();
        if (Status read
            = forEachRow(sql.arg(QStringList(placeholders, QStringLiteral("?")).join(QLatin1Char(','))), bound, row);
            !read)
            return read;
    }
    return {};
}

Status ServerDatabase::runTransaction(const std::function<Status()> &body)
{
    for (int attempt = 1;; ++attempt) {
        const Status status = runOnce(body);
        if (status || status.error().code != QLatin1String(protocol::errors::unavailable)
            || attempt == maxTransactionAttempts)
            return status;
        // Another writer was in the way (PostgreSQL serialization failure or deadlock): start
        // again after a short random pause so that the two do not collide again.
        QThread::msleep(5 * attempt + QRandomGenerator::global()->bounded(10));
    }
}

Status ServerDatabase::runOnce(const std::function<Status()> &body)
{
    if (m_sqliteWriter)
        return m_sqliteWriter->run(body);
    return runDirect(body);
}

Status ServerDatabase::runDirect(const std::function<Status()> &body)
{
    Connection &connection = threadConnection();
    if (!QSqlDatabase::contains(connection.name)) {
        if (Status connected = connect(connection); !connected)
            return Error{QString::fromLatin1(protocol::errors::unavailable), connected.error().message};
    }
    QSqlQuery control(QSqlDatabase::database(connection.name));
    // SQLite (before its writer starts: the schema): take the write lock at once. A deferred
    // transaction that read first could not upgrade after another process committed
    // (SQLITE_BUSY_SNAPSHOT, which no timeout cures).
    if (!control.exec(m_dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        const Error failure = databaseError(control.lastError());
        if (m_dialect == SqlDialect::Postgres) {
            // BEGIN fails on PostgreSQL only when the connection is gone (a database restart):
            // reconnect on the next try.
            control = QSqlQuery();
            disconnect(connection);
            return Error{QString::fromLatin1(protocol::errors::unavailable), failure.message};
        }
        return failure;
    }
    const Status status = body();
    if (!status) {
        control.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!control.exec(QStringLiteral("COMMIT"))) {
        const Error failure = databaseError(control.lastError());
        control.exec(QStringLiteral("ROLLBACK"));
        return failure;
    }
    return {};
}

Status ServerDatabase::execControl(const QString &sql)
{
    Connection &connection = threadConnection();
    if (!QSqlDatabase::contains(connection.name)) {
        if (Status connected = connect(connection); !connected)
            return Error{QString::fromLatin1(protocol::errors::unavailable), connected.error().message};
    }
    QSqlQuery control(QSqlDatabase::database(connection.name));
    if (!control.exec(sql))
        return databaseError(control.lastError());
    return {};
}

} // namespace motcua::server

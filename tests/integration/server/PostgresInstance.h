#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <optional>

#include <pwd.h>
#include <unistd.h>

namespace motcua::testing {

// A throwaway PostgreSQL cluster (Debian's postgresql-15 binaries) for the server's tests and
// benchmarks: initdb in a temporary directory, a random free port on 127.0.0.1 only, the unix
// socket in that directory, password authentication, and a fast stop when the object goes away.
// PostgreSQL refuses to run as root, so as root its programs run as the `postgres` user through
// runuser. Header-only so that the benchmark (tests/bench) shares it. When anything is missing,
// isRunning() is false and reason() says why, so callers skip their PostgreSQL runs.
class PostgresInstance final
{
public:
    // durable: keep fsync on (benchmarks measure real commits); tests turn it off for speed.
    explicit PostgresInstance(bool durable = false)
    {
        const QString bin = binDirectory();
        if (bin.isEmpty()) {
            m_reason = QStringLiteral("no PostgreSQL server programs (initdb, pg_ctl) under /usr/lib/postgresql");
            return;
        }
        m_initdb = bin + QStringLiteral("/initdb");
        m_pgCtl = bin + QStringLiteral("/pg_ctl");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_reason = QStringLiteral("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
            return;
        }
        if (!m_dir.isValid()) {
            m_reason = QStringLiteral("cannot create a temporary directory");
            return;
        }
        if (::geteuid() == 0) {
            const passwd *user = ::getpwnam("postgres");
            m_runuser = QStringLiteral("/usr/sbin/runuser");
            if (!user || !QFile::exists(m_runuser)) {
                m_reason = QStringLiteral("running as root, and there is no postgres user or no runuser to switch to");
                return;
            }
            if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
                m_reason = QStringLiteral("cannot give the temporary directory to the postgres user");
                return;
            }
        }
        m_password = QString::number(QRandomGenerator::system()->generate64(), 36);
        const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toLatin1()) < 0) {
            m_reason = QStringLiteral("cannot write the password file");
            return;
        }
        file.close();
        if (::geteuid() == 0) {
            const passwd *user = ::getpwnam("postgres");
            if (::chown(QFile::encodeName(passwordFile).constData(), user->pw_uid, user->pw_gid) != 0) {
                m_reason = QStringLiteral("cannot give the password file to the postgres user");
                return;
            }
        }
        QString output;
        if (!run({m_initdb, QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + passwordFile,
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                     QStringLiteral("--no-sync")},
                120000, &output)) {
            m_reason = QStringLiteral("initdb failed: ") + output.trimmed();
            return;
        }
        QString settings = QStringLiteral("-c listen_addresses=127.0.0.1 -c max_connections=200 -k ") + m_dir.path();
        if (!durable)
            settings += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        // A port that was free a moment ago may be taken by the time PostgreSQL binds it: try a few.
        for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
            m_port = freePort();
            m_running = run({m_pgCtl, QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"),
                                m_dir.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
                                QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                                QStringLiteral("-p %1 ").arg(m_port) + settings, QStringLiteral("start")},
                90000, &output);
        }
        if (!m_running)
            m_reason = QStringLiteral("pg_ctl start failed: ") + output.trimmed();
    }

    ~PostgresInstance() { stop(); }

    // Stops the cluster at once (a database server going down, as far as its clients can tell).
    void stop()
    {
        if (m_running)
            run({m_pgCtl, QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("fast"),
                    QStringLiteral("-w"), QStringLiteral("stop")},
                60000, nullptr);
        m_running = false;
    }

    PostgresInstance(const PostgresInstance &) = delete;
    PostgresInstance &operator=(const PostgresInstance &) = delete;

    bool isRunning() const { return m_running; }
    const QString &reason() const { return m_reason; }
    int port() const { return m_port; }

    // A fresh empty database; its postgresql:// URL, or nullopt with *error set.
    std::optional<QString> createDatabase(QString *error)
    {
        const QString name = QStringLiteral("motcua_%1_%2").arg(::getpid()).arg(++m_databases);
        const QString connection = QStringLiteral("postgres-instance-admin");
        bool created = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setPassword(m_password);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery query(db);
                created = query.exec(QStringLiteral("CREATE DATABASE ") + name);
                if (!created && error)
                    *error = query.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!created)
            return std::nullopt;
        return url(name);
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/%3").arg(m_password).arg(m_port).arg(database);
    }

private:
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }

    static QString binDirectory()
    {
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        // 15 is what Debian 12 ships; any other installed major version will do too.
        versions.removeAll(QStringLiteral("15"));
        versions.prepend(QStringLiteral("15"));
        for (const QString &version : versions) {
            const QString bin = root.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool run(QStringList command, int timeoutMs, QString *output) const
    {
        if (!m_runuser.isEmpty())
            command = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
        const QString program = m_runuser.isEmpty() ? command.takeFirst() : m_runuser;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        // pg_ctl's postmaster would otherwise keep our pipe open after pg_ctl exits.
        process.setStandardInputFile(QProcess::nullDevice());
        process.setWorkingDirectory(m_dir.path());
        process.start(program, command);
        const bool finished = process.waitForFinished(timeoutMs);
        if (output)
            *output = QString::fromLocal8Bit(process.readAll()).right(2000);
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_initdb;
    QString m_pgCtl;
    QString m_runuser;
    QString m_password;
    QString m_reason;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
};

} // namespace motcua::testing

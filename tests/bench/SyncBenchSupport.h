#pragma once

// What the sync benchmarks share: the real motcua-server on loopback, a desk driven by the real
// motcua-cli, and a backlog written straight into the desk's store (../integration/sync/Backlog.h).
#include "../integration/sync/Backlog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace motcua::bench {

inline QTextStream &syncOut()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] inline void die(const QString &why)
{
    syncOut() << "FAILED: " << why << Qt::endl;
    std::exit(1);
}

// What a program printed; runs the event loop meanwhile (an in-process FaultProxy keeps working).
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 3600 * 1000)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000))
        die(QStringLiteral("cannot start %1").arg(program));
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
        die(QStringLiteral("%1 %2 did not finish in time").arg(program, args.join(QLatin1Char(' '))));
    }
    ProgramRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// `motcua-server serve` on a free loopback port, killed at the end.
class BenchServer final
{
public:
    BenchServer()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")});
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("the server did not start"));
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                die(QStringLiteral("the server did not start listening"));
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
    }
    ~BenchServer()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

    QString issueCode()
    {
        const ProgramRun run = runProgram(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("enroll"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--commune"),
                QStringLiteral("12345"), QStringLiteral("--json")});
        const QString code = run.json().value(QStringLiteral("code")).toString();
        if (code.isEmpty())
            die(QStringLiteral("no enrollment code: ") + QString::fromUtf8(run.err));
        return code;
    }

    // `stats --json` of commune 12345.
    QJsonObject stats()
    {
        return runProgram(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("stats"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("12345"))
            .toObject();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A desk's data folder with the seed catalog, enrolled with the server at serverUrl.
class BenchDesk final
{
public:
    BenchDesk(const QString &serverUrl, const QString &code)
    {
        const ProgramRun imported = cli({QStringLiteral("catalog"), QStringLiteral("import"),
            QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json")});
        if (imported.exitCode != 0)
            die(QStringLiteral("catalog import: ") + QString::fromUtf8(imported.err));
        const ProgramRun enrolled = cli({QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl,
            QStringLiteral("--code"), code, QStringLiteral("--json")});
        if (enrolled.exitCode != 0)
            die(QStringLiteral("enroll: ") + QString::fromUtf8(enrolled.err));
    }

    ProgramRun cli(const QStringList &args) const
    {
        return runProgram(QStringLiteral(MOTCUA_CLI), QStringList{QStringLiteral("--data"), m_dir.path()} + args);
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Ops still in the desk's outbox, read without disturbing the running sync (read-only, WAL).
inline qint64 outboxCount(const QString &dataDir)
{
    static const QString name = QStringLiteral("bench-outbox");
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/motcua.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open())
            return -1;
    }
    QSqlQuery query(QSqlDatabase::database(name));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Integer option "--name N" of argv, or fallback.
inline qint64 option(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0)
        return fallback;
    bool ok = false;
    const qint64 value = at + 1 < args.size() ? args.at(at + 1).toLongLong(&ok) : 0;
    if (!ok || value < 0)
        die(QStringLiteral("%1 needs a whole number").arg(name));
    return value;
}

} // namespace motcua::bench

#pragma once

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUuid>
#include <QVariant>

// The real programs of a sync: motcua-server, motcua-cli devices and the faultproxy, as processes.
namespace motcua::synctest {

inline const QString kSeedCatalog = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json");

// One value of an SQL query on an SQLite file, read with a connection of its own.
inline QVariant sqlValue(const QString &file, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A real `motcua-server serve` on a free loopback port, killed with the test.
class ServerProcess final
{
public:
    ServerProcess()
    {
        m_process.start(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")});
        REQUIRE(m_process.waitForStarted(10000));
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        REQUIRE(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")));
        m_url = line.mid(QStringLiteral("listening on ").size());
    }
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    QString url() const { return m_url; }
    quint16 port() const { return quint16(m_url.section(QLatin1Char(':'), -1).toUInt()); }
    QString databaseFile() const { return m_dir.file(QStringLiteral("motcua-server.sqlite")); }

    QString issueCode(const QString &commune)
    {
        QProcess admin;
        admin.start(QStringLiteral(MOTCUA_SERVER),
            {QStringLiteral("enroll"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--commune"), commune,
                QStringLiteral("--json")});
        REQUIRE(admin.waitForFinished(30000));
        REQUIRE(admin.exitCode() == 0);
        const QString code
            = QJsonDocument::fromJson(admin.readAllStandardOutput()).object().value(QStringLiteral("code")).toString();
        REQUIRE(!code.isEmpty());
        return code;
    }

    qint64 records(const QString &where = QStringLiteral("1 = 1")) const
    {
        return sqlValue(databaseFile(), QStringLiteral("SELECT count(*) FROM records WHERE ") + where).toLongLong();
    }

private:
    TempDir m_dir;
    QProcess m_process;
    QString m_url;
};

// What one run of motcua-cli printed.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// One desk: a data folder with the seed catalog, driven through the real motcua-cli.
class Device final
{
public:
    Device()
    {
        const CliResult imported = cli({QStringLiteral("catalog"), QStringLiteral("import"), kSeedCatalog});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }

    CliResult cli(const QStringList &args, int timeoutMs = 120000) const
    {
        QProcess process;
        process.start(QStringLiteral(MOTCUA_CLI),
            QStringList{
                QStringLiteral("--data"), m_dir.path(), QStringLiteral("--actor"), QStringLiteral("Cán bộ Test")}
                + args);
        // An event loop, not waitForFinished: an in-process FaultProxy between the program and the
        // server runs on this thread and must keep moving bytes meanwhile.
        if (process.state() != QProcess::NotRunning) {
            QEventLoop loop;
            QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        REQUIRE(process.state() == QProcess::NotRunning);
        CliResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    void enroll(const QString &serverUrl, const QString &code) const
    {
        const CliResult enrolled = cli({QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl,
            QStringLiteral("--code"), code, QStringLiteral("--json")});
        INFO(enrolled.err.toStdString());
        REQUIRE(enrolled.exitCode == 0);
    }

    // Receives a dossier; returns its id.
    QString receive(const QString &applicant, const QStringList &extra = {}) const
    {
        const CliResult received
            = cli(QStringList{QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
                      QStringLiteral("1.004873"), QStringLiteral("--applicant-name"), applicant,
                      QStringLiteral("--citizen-id"), QStringLiteral("001190012345"), QStringLiteral("--json")}
                + extra);
        INFO(received.err.toStdString());
        REQUIRE(received.exitCode == 0);
        const QString id = received.json().value(QStringLiteral("id")).toString();
        REQUIRE(!id.isEmpty());
        return id;
    }

    // One `sync --json`; the report.
    QJsonObject sync(int expectedExit = 0) const
    {
        const CliResult synced = cli({QStringLiteral("sync"), QStringLiteral("--json"),
            QStringLiteral("--inactivity-timeout"), QStringLiteral("10")});
        INFO(synced.out.toStdString() << synced.err.toStdString());
        REQUIRE(synced.exitCode == expectedExit);
        return synced.json();
    }

    QVariant sql(const QString &query) const { return sqlValue(m_dir.file(QStringLiteral("motcua.db")), query); }
    QString path() const { return m_dir.path(); }

private:
    TempDir m_dir;
};

// The faultproxy program between a device and the server; faults change through its stdin.
class ProxyProcess final
{
public:
    explicit ProxyProcess(quint16 targetPort)
    {
        m_process.start(QStringLiteral(MOTCUA_FAULTPROXY),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--target"),
                QStringLiteral("127.0.0.1:%1").arg(targetPort)});
        REQUIRE(m_process.waitForStarted(10000));
        m_port = quint16(readLine().toUInt());
        REQUIRE(m_port != 0);
    }
    ~ProxyProcess()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ProxyProcess(const ProxyProcess &) = delete;
    ProxyProcess &operator=(const ProxyProcess &) = delete;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // Sends flags ("--captive-portal") and expects "ok".
    void command(const QString &flags)
    {
        m_process.write((flags + QLatin1Char('\n')).toUtf8());
        REQUIRE(readLine() == QStringLiteral("ok"));
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace motcua::synctest

#pragma once

#include "Backlog.h"
#include "FaultProxy.h"
#include "SyncTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>

#include <functional>

// What the fault tests share: a desk enrolled through an in-process FaultProxy, its backlog, the
// cycles run until one completes, and the comparison of what the desk sent with what the server
// holds (read from the server's SQLite file, read-only).
namespace motcua::synctest {

// Every row of a one-column query.
inline QStringList sqlColumn(const QString &file, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        while (query.next())
            values.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

// SHA-256 of the lines of a query, each row's columns joined by '|': a content hash of a table
// that both sides can compute in their own schema.
inline QString contentHash(const QString &file, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &line : sqlColumn(file, sql))
        hash.addData((line + QLatin1Char('\n')).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

// A desk with a backlog, enrolled through a FaultProxy in front of a fresh server.
class FaultBench final
{
public:
    // throughProxy false: the desk talks to the server directly (the proxy still listens, unused).
    explicit FaultBench(const BacklogSpec &spec, bool throughProxy = true)
        : m_proxy(proxyConfig(m_server.port()))
    {
        REQUIRE(m_proxy.start());
        m_desk.enroll(throughProxy ? QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.serverPort()) : m_server.url(),
            m_server.issueCode(kCommune));
        auto written = writeBacklog(m_desk.path(), spec);
        INFO((written ? QString() : written.error().message).toStdString());
        REQUIRE(written);
        m_backlog = *written;
        m_opIds = m_desk.sql(QStringLiteral("SELECT group_concat(op_id, ' ') FROM outbox"))
                      .toString()
                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(qint64(m_opIds.size()) == m_backlog.ops);
        m_proxy.resetCounters();
    }

    FaultProxy &proxy() { return m_proxy; }
    ServerProcess &server() { return m_server; }
    const Device &desk() const { return m_desk; }
    const Backlog &backlog() const { return m_backlog; }

    // One `motcua-cli sync --json` with a short inactivity timeout.
    CliResult syncOnce(int inactivitySeconds = 10) const
    {
        return m_desk.cli({QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--inactivity-timeout"),
            QString::number(inactivitySeconds)});
    }

    // Runs cycles until one completes with nothing pending; returns how many ran (fails after max).
    int syncUntilComplete(int maxCycles) const
    {
        for (int cycle = 1; cycle <= maxCycles; ++cycle) {
            const CliResult run = syncOnce();
            if (run.exitCode == 0 && run.json().value(QStringLiteral("pending")).toInteger() == 0)
                return cycle;
        }
        FAIL("no sync cycle completed in " << maxCycles << " tries");
        return maxCycles;
    }

    // Runs action once, as soon as the proxy has forwarded `bytes` upstream (checked every
    // millisecond while the event loop runs, e.g. during syncOnce()).
    void atUpstreamBytes(qint64 bytes, std::function<void()> action)
    {
        m_trigger.disconnect();
        m_trigger.setInterval(1);
        QObject::connect(&m_trigger, &QTimer::timeout, [this, bytes, action = std::move(action)] {
            if (m_proxy.counters().bytesUpstream < bytes)
                return;
            m_trigger.stop();
            action();
        });
        m_trigger.start();
    }

    // The promises after any faults: every op on the server exactly once, the same dossiers on
    // both sides, every scan byte-identical.
    void checkConverged() const
    {
        const QString serverDb = m_server.databaseFile();
        CHECK(m_desk.sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
        CHECK(m_desk.sql(QStringLiteral("SELECT count(*) FROM sync_rejected_ops")).toInt() == 0);
        const QString deviceId = m_desk.sql(QStringLiteral("SELECT device_id FROM sync_state")).toString();
        QStringList applied
            = sqlColumn(serverDb, QStringLiteral("SELECT op_id FROM applied_ops WHERE device_id = '%1'").arg(deviceId));
        QStringList sent = m_opIds;
        applied.sort();
        sent.sort();
        CHECK(applied.size() == sent.size());
        CHECK(applied == sent);
        // One version per op: an op applied twice under any name would show here.
        const QString local = contentHash(m_desk.path() + QStringLiteral("/motcua.db"),
            QStringLiteral("SELECT id || '|' || code || '|' || status || '|' || applicant_name || '|' || citizen_id "
                           "|| '|' || version FROM dossiers ORDER BY id"));
        const QString remote = contentHash(serverDb,
            QStringLiteral("SELECT id || '|' || json_extract(fields, '$.code') || '|' || json_extract(fields, "
                           "'$.status') || '|' || json_extract(fields, '$.applicant_name') || '|' || "
                           "json_extract(fields, '$.citizen_id') || '|' || version FROM records "
                           "WHERE entity = 'dossier' ORDER BY id"));
        CHECK(local == remote);
        CHECK(m_server.records(QStringLiteral("entity = 'dossier'"))
            == m_desk.sql(QStringLiteral("SELECT count(*) FROM dossiers")).toLongLong());
        for (const QString &sha256 : m_backlog.scans) {
            QFile file(m_desk.path() + QStringLiteral("/blobs/") + sha256);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            CHECK(protocol::sha256Hex(content) == sha256);
            CHECK(serverBlobSha256(sha256) == sha256);
            CHECK(
                sqlValue(serverDb, QStringLiteral("SELECT complete FROM commune_scans WHERE sha256 = '%1'").arg(sha256))
                    .toInt()
                == 1);
        }
    }

    // The SHA-256 of the bytes the server stores for a blob (its chunks in order).
    QString serverBlobSha256(const QString &sha256) const
    {
        const QString name = QUuid::createUuid().toString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.databaseFile());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(
                QStringLiteral("SELECT data FROM scan_chunks WHERE sha256 = '%1' ORDER BY start").arg(sha256)));
            while (query.next())
                hash.addData(query.value(0).toByteArray());
        }
        QSqlDatabase::removeDatabase(name);
        return QString::fromLatin1(hash.result().toHex());
    }

    // Bytes of a blob the server holds now.
    qint64 serverReceived(const QString &sha256) const
    {
        return sqlValue(m_server.databaseFile(),
            QStringLiteral("SELECT received FROM commune_scans WHERE sha256 = '%1'").arg(sha256))
            .toLongLong();
    }

private:
    static FaultProxyConfig proxyConfig(quint16 targetPort)
    {
        FaultProxyConfig config;
        config.targetPort = targetPort;
        config.randomSeed = 20261130;
        return config;
    }

    static inline const QString kCommune = QStringLiteral("12345");

    ServerProcess m_server;
    FaultProxy m_proxy;
    Device m_desk;
    Backlog m_backlog;
    QStringList m_opIds;
    QTimer m_trigger;
};

} // namespace motcua::synctest

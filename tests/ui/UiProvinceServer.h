#pragma once

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <memory>

// The real province server (`motcua-server serve`) on loopback with its SQLite data folder, which
// outlives the process so that it can be stopped and started again on the same folder and port.
class ProvinceServer final
{
public:
    ProvinceServer() = default;
    ~ProvinceServer() { stop(); }
    ProvinceServer(const ProvinceServer &) = delete;
    ProvinceServer &operator=(const ProvinceServer &) = delete;

    // Port 0: a free one. A given port may still be held for a moment by the process just killed,
    // so a refused bind is tried again a few times.
    void start(quint16 port = 0)
    {
        QString failure;
        for (int attempt = 0; attempt < 20; ++attempt) {
            m_process = std::make_unique<QProcess>();
            m_process->start(QStringLiteral(MOTCUA_SERVER),
                {QStringLiteral("serve"), QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(port)});
            REQUIRE(m_process->waitForStarted(10000));
            while (!m_process->canReadLine() && m_process->state() == QProcess::Running)
                m_process->waitForReadyRead(10000);
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            if (line.startsWith(QStringLiteral("listening on http://127.0.0.1:"))) {
                m_url = line.mid(QStringLiteral("listening on ").size());
                return;
            }
            failure = line + QString::fromUtf8(m_process->readAllStandardError());
            m_process->kill();
            m_process->waitForFinished(10000);
            QThread::msleep(250);
        }
        FAIL("motcua-server did not start: " << failure.toStdString());
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    QString url() const { return m_url; }
    quint16 port() const { return quint16(m_url.section(QLatin1Char(':'), -1).toUInt()); }

    QString issueCode(const QString &commune) const
    {
        const QJsonObject answer
            = admin({QStringLiteral("enroll"), QStringLiteral("--commune"), commune, QStringLiteral("--json")})
                  .object();
        const QString code = answer.value(QStringLiteral("code")).toString();
        REQUIRE(!code.isEmpty());
        return code;
    }

    // What `motcua-server stats --json` says about one commune.
    QJsonObject stats(const QString &commune) const
    {
        return admin({QStringLiteral("stats"), QStringLiteral("--json")}).object().value(commune).toObject();
    }

    // Revokes every device enrolled so far, as the province administrator would a stolen computer.
    void revokeAll() const
    {
        const QJsonArray devices = admin({QStringLiteral("devices"), QStringLiteral("--json")}).array();
        REQUIRE(!devices.isEmpty());
        for (const QJsonValue &device : devices)
            admin({QStringLiteral("revoke"), device.toObject().value(QStringLiteral("device_id")).toString()});
    }

private:
    QJsonDocument admin(const QStringList &arguments) const
    {
        QProcess process;
        process.start(QStringLiteral(MOTCUA_SERVER),
            QStringList{arguments.first(), QStringLiteral("--data"), m_dir.path()} + arguments.mid(1));
        REQUIRE(process.waitForFinished(30000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
        return QJsonDocument::fromJson(process.readAllStandardOutput());
    }

    TempDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_url;
};

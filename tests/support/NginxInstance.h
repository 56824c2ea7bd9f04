#pragma once

// Debian's nginx running the repository's province site (deploy/nginx/motcua-server.conf) on
// loopback, for the deployment test and the push benchmark: its own prefix in a temporary folder,
// TLS on with a test authority, only the addresses and certificate paths changed, the given
// motcua-server instances as its upstream. No test framework here: when anything fails,
// isRunning() is false and reason() says why.

#include "CertificateFiles.h"

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace motcua::testing {

class NginxInstance final
{
public:
    static QString program() { return QStringLiteral("/usr/sbin/nginx"); }

    // sourceDir: the repository, whose shipped site is run.
    NginxInstance(const QString &sourceDir, const QList<quint16> &instances)
    {
        if (!QFile::exists(program())) {
            m_reason = QStringLiteral("nginx is not installed at %1").arg(program());
            return;
        }
        if (!m_dir.isValid()) {
            m_reason = QStringLiteral("cannot create a temporary directory");
            return;
        }
        if (m_reason = makeAuthorityFiles(m_dir.path(), QStringLiteral("province-ca")); !m_reason.isEmpty())
            return;
        if (m_reason = makeServerCertificateFiles(m_dir.path(), QStringLiteral("province-ca")); !m_reason.isEmpty())
            return;
        QFile shipped(sourceDir + QStringLiteral("/deploy/nginx/motcua-server.conf"));
        if (!shipped.open(QIODevice::ReadOnly)) {
            m_reason = QStringLiteral("cannot read %1").arg(shipped.fileName());
            return;
        }
        QString site = QString::fromUtf8(shipped.readAll());
        QString upstream;
        for (const quint16 port : instances)
            upstream += QStringLiteral("    server 127.0.0.1:%1 max_fails=3 fail_timeout=10s;\n").arg(port);
        const QRegularExpression servers(QStringLiteral("(    server 127\\.0\\.0\\.1:844\\d [^\\n]*\\n)+"));
        if (!site.contains(servers)) {
            m_reason = QStringLiteral("the shipped site has no upstream servers on 127.0.0.1:844x to replace");
            return;
        }
        m_port = freePort();
        site.replace(servers, upstream);
        site.replace(QStringLiteral("listen 443 ssl http2;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port));
        site.replace(QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(freePort()));
        site.remove(QRegularExpression(QStringLiteral("listen \\[::\\]:\\d+[^;]*;")));
        site.replace(QStringLiteral("/etc/motcua/tls/fullchain.pem"), file(QStringLiteral("server.pem")));
        site.replace(QStringLiteral("/etc/motcua/tls/privkey.pem"), file(QStringLiteral("server.key")));
        // The tests run as root in a folder only root may enter, so the workers stay root.
        const QString prefix = m_dir.path();
        const QString main = QStringLiteral("user root;\nworker_processes 2;\ndaemon off;\npid %1/nginx.pid;\n"
                                            "error_log %1/error.log warn;\nevents { worker_connections 4096; }\n"
                                            "http {\n  access_log off;\n  client_body_temp_path %1/body;\n"
                                            "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fastcgi;\n"
                                            "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n"
                                            "  include %1/site.conf;\n}\n")
                                 .arg(prefix);
        if (!writeFile(QStringLiteral("site.conf"), site.toUtf8())
            || !writeFile(QStringLiteral("nginx.conf"), main.toUtf8()))
            return;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            program(), {QStringLiteral("-p"), prefix, QStringLiteral("-c"), file(QStringLiteral("nginx.conf"))});
        if (!m_process.waitForStarted(10000)) {
            m_reason = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
            return;
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100)) {
                m_running = true;
                return;
            }
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        m_reason = QStringLiteral("nginx did not listen on port %1: %2")
                       .arg(m_port)
                       .arg(QString::fromLocal8Bit(m_process.readAll()));
    }

    ~NginxInstance()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    NginxInstance(const NginxInstance &) = delete;
    NginxInstance &operator=(const NginxInstance &) = delete;

    bool isRunning() const { return m_running; }
    const QString &reason() const { return m_reason; }
    quint16 port() const { return m_port; }
    QString base() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    // The authority that signed nginx's certificate, which clients must trust.
    QString authorityFile() const { return file(QStringLiteral("province-ca.pem")); }

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    bool writeFile(const QString &name, const QByteArray &content)
    {
        QFile out(file(name));
        if (out.open(QIODevice::WriteOnly) && out.write(content) == content.size())
            return true;
        m_reason = QStringLiteral("cannot write %1").arg(out.fileName());
        return false;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_reason;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace motcua::testing

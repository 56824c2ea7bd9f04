#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real motcua-cli binary on a data folder and captures what it prints.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class CliRunner final
{
public:
    explicit CliRunner(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }

    CliRun run(const QStringList &args) const
    {
        QProcess process;
        QStringList all{QStringLiteral("--data"), m_dataDir, QStringLiteral("--actor"), QStringLiteral("Cán bộ Test")};
        all += args;
        process.start(QStringLiteral(MOTCUA_CLI), all);
        process.waitForFinished(120000);
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private:
    QString m_dataDir;
};

// A long legacy import killed with SIGKILL leaves nothing behind: the import is one transaction.
#include "CliRunner.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {

constexpr int kRows = 60000;

QString writeList(const TempDir &dir)
{
    const QString path = QDir(dir.path()).filePath(QStringLiteral("so-cu.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Họ và tên;Số CCCD;Mã thủ tục;Ngày tiếp nhận\n");
    for (int row = 0; row < kRows; ++row) {
        file.write(QStringLiteral("Nguyễn Văn %1;0011900%2;1.004873;%3/03/2021\n")
                       .arg(row)
                       .arg(row % 100000, 5, 10, QLatin1Char('0'))
                       .arg(1 + row % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8());
    }
    return path;
}

QStringList storeFacts(const QString &dataDir)
{
    const QString name = QUuid::createUuid().toString();
    QStringList facts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("motcua.db")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const char *sql :
            {"PRAGMA integrity_check", "SELECT count(*) FROM dossiers", "SELECT count(*) FROM dossier_events",
                "SELECT count(*) FROM outbox", "SELECT count(*) FROM import_batches"}) {
            REQUIRE(query.exec(QString::fromLatin1(sql)));
            REQUIRE(query.next());
            facts << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return facts;
}

} // namespace

TEST_CASE("an import killed with SIGKILL in the middle leaves no row of it, and the next run imports all",
    "[cli][import][crash]")
{
    TempDir dir;
    CliRunner cli(dir.path());
    REQUIRE(cli.run({QStringLiteral("catalog"), QStringLiteral("import"),
                        QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json")})
                .exitCode
        == 0);
    const QString list = writeList(dir);

    QProcess import;
    import.start(QStringLiteral(MOTCUA_CLI),
        {QStringLiteral("--data"), dir.path(), QStringLiteral("import"), QStringLiteral("dossiers"), list});
    REQUIRE(import.waitForStarted(10000));
    // The first progress line says rows are being written; then the process dies at once.
    QByteArray progress;
    while (!progress.contains("read ") && import.state() == QProcess::Running) {
        import.waitForReadyRead(200);
        progress += import.readAllStandardError();
    }
    INFO(progress.toStdString());
    REQUIRE(import.state() == QProcess::Running);
    import.kill();
    REQUIRE(import.waitForFinished(10000));
    CHECK(import.exitStatus() == QProcess::CrashExit);
    CHECK(storeFacts(dir.path())
        == QStringList{
            QStringLiteral("ok"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")});

    const CliRun again
        = cli.run({QStringLiteral("import"), QStringLiteral("dossiers"), list, QStringLiteral("--json")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("imported")).toInt() == kRows);
    const QStringList facts = storeFacts(dir.path());
    CHECK(facts.at(0) == QStringLiteral("ok"));
    CHECK(facts.at(1) == QString::number(kRows));
    CHECK(facts.at(4) == QStringLiteral("1"));
}

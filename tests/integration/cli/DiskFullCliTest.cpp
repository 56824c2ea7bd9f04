// motcua-cli on a data folder whose disk fills up, on a real (small) tmpfs: the officer reads that
// the disk is full, the failed receipt leaves no row and no scan file, and once space is freed the
// next receipt works and everything received before is there. Mounting needs root, which CI has;
// elsewhere the test fails and says why rather than skip.

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>

namespace {

int runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(30000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A tmpfs of `megabytes` mounted under a temporary folder for the test's life.
struct SmallDisk
{
    TempDir dir;
    QString mountPoint = dir.file(QStringLiteral("disk"));
    bool mounted = false;

    explicit SmallDisk(int megabytes)
    {
        REQUIRE(QDir().mkpath(mountPoint));
        const int status = runTool(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1m,mode=0700").arg(megabytes), QStringLiteral("tmpfs"), mountPoint});
        INFO("mounting a tmpfs needs root (CI runs the tests as root)");
        REQUIRE(status == 0);
        mounted = true;
    }
    ~SmallDisk()
    {
        if (mounted)
            runTool(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
    }
};

bool writeRandom(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < bytes; written += chunk.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return file.flush();
}

QStringList blobFiles(const QString &dataDir)
{
    return QDir(QDir(dataDir).filePath(QStringLiteral("blobs")))
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("A full disk is named as such, leaves nothing half-written and no orphan scan, and passes when freed")
{
    SmallDisk disk(24);
    const QString data = QDir(disk.mountPoint).filePath(QStringLiteral("data"));
    const CliRunner cli(data);
    REQUIRE(cli.run({QStringLiteral("device"), QStringLiteral("--commune"), QStringLiteral("01234")}).exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("catalog"), QStringLiteral("import"),
                        QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json")})
                .exitCode
        == 0);
    // Room that the officer can give back later, as deleting old files would.
    const QString ballast = QDir(disk.mountPoint).filePath(QStringLiteral("ballast"));
    REQUIRE(writeRandom(ballast, 4 * 1024 * 1024));

    TempDir scans; // the scanner's folder, on another disk
    const auto receive = [&](int n) {
        const QString scan = scans.file(QStringLiteral("scan-%1.bin").arg(n));
        REQUIRE(writeRandom(scan, 512 * 1024));
        return cli.run({QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
            QStringLiteral("1.004873"), QStringLiteral("--applicant-name"), QStringLiteral("Lò Văn %1").arg(n),
            QStringLiteral("--citizen-id"), QStringLiteral("001190012345"), QStringLiteral("--document"),
            QStringLiteral("Tờ khai=") + scan});
    };

    int received = 0;
    CliRun failed;
    for (int n = 0; n < 200; ++n) {
        CliRun run = receive(n);
        if (run.exitCode != 0) {
            failed = run;
            break;
        }
        ++received;
    }
    INFO(failed.err.toStdString());
    REQUIRE(failed.exitCode == 1);
    REQUIRE(received > 0);
    CHECK(failed.err.contains(QStringLiteral("The disk is full")));
    CHECK(failed.err.contains(QStringLiteral(" free on the disk of ")));
    // One scan file per dossier received, nothing for the one refused, no temporary file left.
    CHECK(blobFiles(data).size() == received);

    REQUIRE(QFile::remove(ballast));
    const CliRun after = receive(1000);
    INFO(after.err.toStdString());
    CHECK(after.exitCode == 0);
    const CliRun list = cli.run({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--limit"),
        QStringLiteral("1000"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().array().size() == received + 1);
    CHECK(blobFiles(data).size() == received + 1);
}

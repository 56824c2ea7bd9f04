#include "SyncTestSupport.h"

#include "protocol/Credentials.h"
#include "protocol/WireTypes.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace motcua::synctest;

namespace {

const QString kCommune = QStringLiteral("12345");

// The complete content of a blob as the server serves it to an enrolled device of the commune.
QByteArray downloadContent(const ServerProcess &server, const Device &device, const QString &sha256)
{
    const QString deviceId = device.sql(QStringLiteral("SELECT device_id FROM sync_state")).toString();
    const QString token = device.sql(QStringLiteral("SELECT token FROM sync_state")).toString();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.url() + QStringLiteral("/v2/blobs/") + sha256 + QStringLiteral("/content")));
    request.setRawHeader("Authorization", motcua::protocol::DeviceCredential{deviceId, token}.toAuthorization());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    REQUIRE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    const QByteArray content = reply->readAll();
    reply->deleteLater();
    return content;
}

} // namespace

TEST_CASE("an enrolled device sends its dossiers once and a second sync sends nothing", "[sync]")
{
    ServerProcess server;
    Device desk;
    desk.enroll(server.url(), server.issueCode(kCommune));
    CHECK(desk.sql(QStringLiteral("SELECT value FROM meta WHERE key = 'commune_code'")).toString() == kCommune);
    for (const char *name : {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"})
        desk.receive(QString::fromUtf8(name));

    const QJsonObject first = desk.sync();
    CHECK(first.value(QStringLiteral("completed")).toBool());
    CHECK(first.value(QStringLiteral("pushed")).toInt() == 3);
    CHECK(first.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(first.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(first.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 3);
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM sync_records WHERE version = 1")).toInt() == 3);
    CHECK(!desk.sql(QStringLiteral("SELECT pull_cursor FROM sync_state")).toString().isEmpty());

    const QJsonObject second = desk.sync();
    CHECK(second.value(QStringLiteral("completed")).toBool());
    CHECK(second.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(second.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 3);
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossiers")).toInt() == 3);

    const QJsonObject status = desk.cli({QStringLiteral("status"), QStringLiteral("--json")}).json();
    CHECK(status.value(QStringLiteral("connectivity")).toString() == QStringLiteral("online"));
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(!status.value(QStringLiteral("last_success_at")).toString().isEmpty());
    CHECK(status.value(QStringLiteral("last_error")).isNull());
}

TEST_CASE("two devices of one commune each see the dossiers the other received offline", "[sync]")
{
    ServerProcess server;
    Device first;
    Device second;
    first.enroll(server.url(), server.issueCode(kCommune));
    second.enroll(server.url(), server.issueCode(kCommune));
    const QString a1 = first.receive(QStringLiteral("Phạm Văn Dũng"));
    const QString a2 = first.receive(QStringLiteral("Hoàng Thị Em"));
    const QString b1 = second.receive(QStringLiteral("Vũ Văn Giang"));

    CHECK(first.sync().value(QStringLiteral("pushed")).toInt() == 2);
    const QJsonObject secondReport = second.sync();
    CHECK(secondReport.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(secondReport.value(QStringLiteral("pull_applied")).toInt() == 2);
    CHECK(first.sync().value(QStringLiteral("pull_applied")).toInt() == 1);

    for (const Device *device : {&first, &second}) {
        CHECK(device->sql(QStringLiteral("SELECT count(*) FROM dossiers")).toInt() == 3);
        CHECK(device->sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
        CHECK(device->sql(QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt() == 0);
    }
    CHECK(second.sql(QStringLiteral("SELECT applicant_name FROM dossiers WHERE id = '%1'").arg(a2)).toString()
        == QStringLiteral("Hoàng Thị Em"));
    CHECK(first.sql(QStringLiteral("SELECT count(*) FROM dossier_documents WHERE dossier_id = '%1'").arg(b1)).toInt()
        == second.sql(QStringLiteral("SELECT count(*) FROM dossier_documents WHERE dossier_id = '%1'").arg(b1))
               .toInt());
    CHECK(
        second.sql(QStringLiteral("SELECT count(*) FROM dossier_events WHERE dossier_id = '%1'").arg(a1)).toInt() == 1);
    // Found by the search of the other desk, too.
    const CliResult found
        = second.cli({QStringLiteral("dossier"), QStringLiteral("show"), a1, QStringLiteral("--json")});
    CHECK(found.exitCode == 0);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 3);
}

TEST_CASE("when two devices change one dossier offline the second to sync gets a conflict and nothing is "
          "overwritten",
    "[sync]")
{
    ServerProcess server;
    Device first;
    Device second;
    first.enroll(server.url(), server.issueCode(kCommune));
    second.enroll(server.url(), server.issueCode(kCommune));
    const QString id = first.receive(QStringLiteral("Đỗ Văn Hùng"));
    first.sync();
    second.sync();
    REQUIRE(second.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(id)).toString()
        == QStringLiteral("received"));

    REQUIRE(
        first.cli({QStringLiteral("dossier"), QStringLiteral("move"), id, QStringLiteral("in_process")}).exitCode == 0);
    REQUIRE(second
                .cli({QStringLiteral("dossier"), QStringLiteral("move"), id, QStringLiteral("refused"),
                    QStringLiteral("--note"), QStringLiteral("Thiếu giấy tờ")})
                .exitCode
        == 0);
    CHECK(first.sync().value(QStringLiteral("pushed")).toInt() == 1);
    const QJsonObject report = second.sync();
    CHECK(report.value(QStringLiteral("completed")).toBool());
    CHECK(report.value(QStringLiteral("conflicts")).toInt() == 1);
    CHECK(report.value(QStringLiteral("pushed")).toInt() == 0);

    // The second desk keeps its own change, and has the server's next to it for the clerk.
    CHECK(second.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(id)).toString()
        == QStringLiteral("refused"));
    CHECK(second
              .sql(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE record_id = '%1' AND resolved_at IS NULL")
                       .arg(id))
              .toInt()
        == 1);
    CHECK(second.sql(QStringLiteral("SELECT json_extract(server_fields, '$.status') FROM sync_conflicts")).toString()
        == QStringLiteral("in_process"));
    CHECK(second.sql(QStringLiteral("SELECT json_extract(local_fields, '$.status') FROM sync_conflicts")).toString()
        == QStringLiteral("refused"));
    // The server kept the first change.
    CHECK(sqlValue(server.databaseFile(),
              QStringLiteral("SELECT json_extract(fields, '$.status') FROM records WHERE id = '%1'").arg(id))
              .toString()
        == QStringLiteral("in_process"));
    CHECK(sqlValue(server.databaseFile(), QStringLiteral("SELECT version FROM records WHERE id = '%1'").arg(id)).toInt()
        == 2);
    // A later sync changes neither side.
    CHECK(second.sync().value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(second.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(id)).toString()
        == QStringLiteral("refused"));
    CHECK(first.sync().value(QStringLiteral("completed")).toBool());
    CHECK(first.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(id)).toString()
        == QStringLiteral("in_process"));
}

TEST_CASE("behind a captive portal status says so, sync fails and nothing is lost", "[sync]")
{
    ServerProcess server;
    ProxyProcess proxy(server.port());
    Device desk;
    desk.enroll(proxy.url(), server.issueCode(kCommune));
    desk.receive(QStringLiteral("Bùi Thị Lan"));

    proxy.command(QStringLiteral("--captive-portal"));
    const CliResult status = desk.cli({QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().value(QStringLiteral("connectivity")).toString() == QStringLiteral("captive_portal"));
    CHECK(status.json().value(QStringLiteral("pending")).toInt() == 1);
    const CliResult text = desk.cli({QStringLiteral("status")});
    CHECK(text.out.contains("captive portal"));

    const QJsonObject failed = desk.sync(1);
    CHECK_FALSE(failed.value(QStringLiteral("completed")).toBool());
    CHECK(failed.value(QStringLiteral("connectivity")).toString() == QStringLiteral("captive_portal"));
    CHECK(failed.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("sync.captive_portal"));
    CHECK(failed.value(QStringLiteral("pending")).toInt() == 1);
    CHECK(server.records() == 0);
    const QJsonObject afterFailure
        = desk.cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--offline")}).json();
    CHECK(afterFailure.value(QStringLiteral("last_error")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("sync.captive_portal"));
    CHECK(afterFailure.value(QStringLiteral("connectivity")).toString() == QStringLiteral("unknown"));

    proxy.command(QStringLiteral("--captive-portal-count 0"));
    const QJsonObject recovered = desk.sync();
    CHECK(recovered.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 1);
}

TEST_CASE("a proxy's 503 page reads as offline and the next sync sends everything", "[sync]")
{
    ServerProcess server;
    ProxyProcess proxy(server.port());
    Device desk;
    desk.enroll(proxy.url(), server.issueCode(kCommune));
    desk.receive(QStringLiteral("Ngô Văn Minh"));
    proxy.command(QStringLiteral("--http-error 503"));
    const QJsonObject failed = desk.sync(1);
    CHECK(failed.value(QStringLiteral("connectivity")).toString() == QStringLiteral("offline"));
    CHECK(failed.value(QStringLiteral("pending")).toInt() == 1);
    proxy.command(QStringLiteral("--http-error-count 0"));
    CHECK(desk.sync().value(QStringLiteral("pushed")).toInt() == 1);
}

TEST_CASE("a dossier goes up first and its scan after it, with no status question before a new scan, "
          "byte-identical on the server",
    "[sync][blobs]")
{
    ServerProcess server;
    Device desk;
    desk.enroll(server.url(), server.issueCode(kCommune));
    // Three chunks and a bit: 256 KiB chunks, the last one short.
    QByteArray scan(3 * 256 * 1024 + 1234, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char &byte : scan)
        byte = char(random.bounded(256));
    TempDir files;
    QFile file(files.file(QStringLiteral("to-khai.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(scan) == scan.size());
    file.close();
    desk.receive(QStringLiteral("Đinh Thị Nga"),
        {QStringLiteral("--document"), QStringLiteral("Tờ khai=") + file.fileName(), QStringLiteral("--document"),
            QStringLiteral("Căn cước")});
    const QString sha256 = motcua::protocol::sha256Hex(scan);

    const QJsonObject report = desk.sync();
    CHECK(report.value(QStringLiteral("completed")).toBool());
    CHECK(report.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(report.value(QStringLiteral("retried")).toInt() == 0);
    CHECK(report.value(QStringLiteral("blob_bytes_sent")).toInteger() == scan.size());
    CHECK(report.value(QStringLiteral("pending_blob_bytes")).toInteger() == 0);
    // The ping, one push, one pull page and the four chunks: a scan never started is not asked about.
    CHECK(report.value(QStringLiteral("requests")).toInt() == 7);
    CHECK(downloadContent(server, desk, sha256) == scan);

    // Another device of the commune receives the dossier with its scan.
    Device other;
    other.enroll(server.url(), server.issueCode(kCommune));
    CHECK(other.sync().value(QStringLiteral("pull_applied")).toInt() == 1);
    CHECK(other.sql(QStringLiteral("SELECT attachment_sha256 FROM dossier_documents WHERE position = 0")).toString()
        == sha256);
    QFile copy(other.path() + QStringLiteral("/blobs/") + sha256);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == scan);
}

TEST_CASE("sync --watch keeps syncing until SIGTERM and exits cleanly", "[sync][watch]")
{
    ServerProcess server;
    Device desk;
    desk.enroll(server.url(), server.issueCode(kCommune));
    desk.receive(QStringLiteral("Mai Văn Phúc"));
    QProcess watch;
    watch.start(QStringLiteral(MOTCUA_CLI),
        {QStringLiteral("--data"), desk.path(), QStringLiteral("sync"), QStringLiteral("--watch"),
            QStringLiteral("--json"), QStringLiteral("--idle-interval"), QStringLiteral("1")});
    REQUIRE(watch.waitForStarted(10000));
    int cycles = 0;
    QByteArray output;
    while (cycles < 2) {
        REQUIRE(watch.waitForReadyRead(30000));
        output += watch.readAll();
        cycles = int(output.count("\"event\":\"cycle\""));
    }
    CHECK(output.contains("\"completed\":true"));
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 1);
    // Work received while the watch runs goes out at its next cycle.
    desk.receive(QStringLiteral("Mai Thị Quyên"));
    while (server.records(QStringLiteral("entity = 'dossier'")) < 2) {
        REQUIRE(watch.state() == QProcess::Running);
        watch.waitForReadyRead(500);
    }
    watch.terminate();
    REQUIRE(watch.waitForFinished(30000));
    CHECK(watch.exitStatus() == QProcess::NormalExit);
    CHECK(watch.exitCode() == 0);
}

TEST_CASE("enrollment refuses a CA file without a certificate and a mistyped code", "[sync]")
{
    ServerProcess server;
    Device desk;
    TempDir files;
    QFile ca(files.file(QStringLiteral("ca.pem")));
    REQUIRE(ca.open(QIODevice::WriteOnly));
    ca.write("not a certificate\n");
    ca.close();
    const CliResult badCa = desk.cli({QStringLiteral("enroll"), QStringLiteral("--server"), server.url(),
        QStringLiteral("--code"), server.issueCode(kCommune), QStringLiteral("--ca"), ca.fileName()});
    CHECK(badCa.exitCode == 1);
    CHECK(badCa.err.contains("CA"));
    const CliResult badCode = desk.cli({QStringLiteral("enroll"), QStringLiteral("--server"), server.url(),
        QStringLiteral("--code"), QStringLiteral("ZZZZ-ZZZZ-ZZZZ")});
    CHECK(badCode.exitCode == 1);
    CHECK(badCode.err.contains("not known"));
    CHECK(desk.sql(QStringLiteral("SELECT device_id FROM sync_state")).toString().isEmpty());
    const CliResult notEnrolled = desk.cli({QStringLiteral("sync"), QStringLiteral("--json")});
    CHECK(notEnrolled.exitCode == 1);
    CHECK(notEnrolled.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("sync.not_enrolled"));
}

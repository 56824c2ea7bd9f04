#include "SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

using namespace motcua::synctest;

namespace {

const QString kCommune = QStringLiteral("12345");
const QString kOtherCommune = QStringLiteral("54321");

// One run of `motcua-server import-bundle FILE --json` on the running server's database.
struct ServerImport
{
    int exitCode = -1;
    QJsonObject json;
};

ServerImport serverImport(const ServerProcess &server, const QString &file)
{
    QProcess admin;
    const QString dataDir = QFileInfo(server.databaseFile()).absolutePath();
    admin.start(QStringLiteral(MOTCUA_SERVER),
        {QStringLiteral("import-bundle"), QStringLiteral("--data"), dataDir, file, QStringLiteral("--json")});
    REQUIRE(admin.waitForFinished(120000));
    ServerImport result;
    result.exitCode = admin.exitCode();
    const QByteArray out = admin.readAllStandardOutput();
    INFO(out.toStdString() << admin.readAllStandardError().toStdString());
    result.json = QJsonDocument::fromJson(out).object();
    REQUIRE(!result.json.isEmpty());
    return result;
}

CliResult exportBundle(const Device &device, const QString &file)
{
    const CliResult exported
        = device.cli({QStringLiteral("bundle"), QStringLiteral("export"), file, QStringLiteral("--json")});
    INFO(exported.err.toStdString());
    return exported;
}

CliResult importBundle(const Device &device, const QString &file)
{
    return device.cli({QStringLiteral("bundle"), QStringLiteral("import"), file, QStringLiteral("--json")});
}

QString errorCode(const QJsonObject &json)
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

qint64 count(const Device &device, const QString &table)
{
    return device.sql(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

qint64 serverCount(const ServerProcess &server, const QString &table)
{
    return sqlValue(server.databaseFile(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

void move(const Device &device, const QString &id, const QString &status)
{
    const CliResult moved = device.cli({QStringLiteral("dossier"), QStringLiteral("move"), id, status});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
}

} // namespace

TEST_CASE("a bundle carries offline work to a device and to the server, and every op is applied once", "[bundles]")
{
    ServerProcess server;
    Device mobile;
    Device center;
    Device elsewhere;
    mobile.enroll(server.url(), server.issueCode(kCommune));
    center.enroll(server.url(), server.issueCode(kCommune));
    elsewhere.enroll(server.url(), server.issueCode(kOtherCommune));

    // A week in the villages: two dossiers, one with a scan, one moved on. No link.
    TempDir files;
    const QString scan = files.file(QStringLiteral("giay-khai-sinh.jpg"));
    {
        QFile file(scan);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'k'));
    }
    const QString first = mobile.receive(
        QStringLiteral("Nguyễn Văn An"), {QStringLiteral("--document"), QStringLiteral("Tờ khai=") + scan});
    const QString second = mobile.receive(QStringLiteral("Trần Thị Bình"));
    move(mobile, second, QStringLiteral("in_process"));
    REQUIRE(count(mobile, QStringLiteral("outbox")) == 3);

    const QString bundle = files.file(QStringLiteral("tan-lap.mcbundle"));
    const CliResult exported = exportBundle(mobile, bundle);
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().value(QStringLiteral("op_count")).toInt() == 3);
    CHECK(exported.json().value(QStringLiteral("blob_count")).toInt() == 1);
    // Exporting removes nothing: the ops wait for the server's acknowledgement.
    CHECK(count(mobile, QStringLiteral("outbox")) == 3);

    // The commune center imports it: it sees the dossiers, and forwards the ops under the mobile
    // team's device (never as its own), so the server applies each of them once.
    const CliResult imported = importBundle(center, bundle);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QStringLiteral("applied")).toInt() == 3);
    CHECK(imported.json().value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(count(center, QStringLiteral("dossiers")) == 2);
    CHECK(center.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(second)).toString()
        == QStringLiteral("in_process"));
    CHECK(center.sql(QStringLiteral("SELECT applicant_name FROM dossiers WHERE id = '%1'").arg(first)).toString()
        == QStringLiteral("Nguyễn Văn An"));
    CHECK(count(center, QStringLiteral("attachments")) == 1);
    CHECK(count(center, QStringLiteral("dossier_documents WHERE attachment_sha256 IS NOT NULL")) == 1);
    CHECK(count(center, QStringLiteral("outbox")) == 3);
    CHECK(count(center, QStringLiteral("outbox WHERE origin_device = ''")) == 0);
    CHECK(count(center, QStringLiteral("bundle_ops")) == 3);

    // Twice changes nothing.
    const CliResult again = importBundle(center, bundle);
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("applied")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("duplicates")).toInt() == 3);
    CHECK(count(center, QStringLiteral("dossiers")) == 2);
    CHECK(count(center, QStringLiteral("dossier_events")) == 3);
    CHECK(count(center, QStringLiteral("bundle_imports")) == 1);

    // Another commune's device refuses it and keeps nothing.
    const CliResult foreign = importBundle(elsewhere, bundle);
    CHECK(foreign.exitCode == 1);
    CHECK(errorCode(foreign.json()) == QStringLiteral("bundle.foreign_commune"));
    CHECK(count(elsewhere, QStringLiteral("dossiers")) == 0);
    CHECK(count(elsewhere, QStringLiteral("bundle_ops")) == 0);

    // The province imports it: applied, like the device's push would be.
    const ServerImport atProvince = serverImport(server, bundle);
    REQUIRE(atProvince.exitCode == 0);
    CHECK(atProvince.json.value(QStringLiteral("applied")).toInt() == 3);
    CHECK(atProvince.json.value(QStringLiteral("blobs_stored")).toInt() == 1);
    CHECK(atProvince.json.value(QStringLiteral("results")).toArray().size() == 3);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 2);
    CHECK(serverCount(server, QStringLiteral("applied_ops")) == 3);
    CHECK(serverCount(server, QStringLiteral("commune_scans WHERE complete = 1")) == 1);

    // Again: all duplicate, nothing changes.
    const ServerImport twice = serverImport(server, bundle);
    REQUIRE(twice.exitCode == 0);
    CHECK(twice.json.value(QStringLiteral("applied")).toInt() == 0);
    CHECK(twice.json.value(QStringLiteral("duplicate")).toInt() == 3);
    CHECK(serverCount(server, QStringLiteral("applied_ops")) == 3);
    // Three record versions and their three events (motcua-sync/2 keeps every event).
    CHECK(serverCount(server, QStringLiteral("change_log WHERE entity = 'dossier'")) == 3);
    CHECK(serverCount(server, QStringLiteral("change_log WHERE entity = 'dossier_event'")) == 3);

    // The mobile team comes home and syncs: the server recognizes every op.
    const QJsonObject synced = mobile.sync();
    CHECK(synced.value(QStringLiteral("completed")).toBool());
    CHECK(synced.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(synced.value(QStringLiteral("duplicates")).toInt() == 3);
    CHECK(count(mobile, QStringLiteral("outbox")) == 0);
    CHECK(serverCount(server, QStringLiteral("applied_ops")) == 3);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 2);

    // The center then pulls the server's versions of what it imported: no conflict, no copy.
    // Its forwarded ops are duplicates by now (the province imported the bundle).
    const QJsonObject centerSynced = center.sync();
    CHECK(centerSynced.value(QStringLiteral("completed")).toBool());
    CHECK(centerSynced.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(centerSynced.value(QStringLiteral("duplicates")).toInt() == 3);
    CHECK(count(center, QStringLiteral("outbox")) == 0);
    CHECK(serverCount(server, QStringLiteral("applied_ops")) == 3);
    CHECK(count(center, QStringLiteral("dossiers")) == 2);
    CHECK(count(center, QStringLiteral("sync_conflicts")) == 0);
}

TEST_CASE("an altered or cut bundle is refused by devices and the server, and nothing is applied", "[bundles]")
{
    ServerProcess server;
    Device mobile;
    Device center;
    mobile.enroll(server.url(), server.issueCode(kCommune));
    center.enroll(server.url(), server.issueCode(kCommune));
    mobile.receive(QStringLiteral("Lê Văn Cường"));
    mobile.receive(QStringLiteral("Phạm Thị Dung"));
    TempDir files;
    const QString bundle = files.file(QStringLiteral("work.mcbundle"));
    REQUIRE(exportBundle(mobile, bundle).exitCode == 0);
    QFile original(bundle);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();

    // One letter of an applicant's name changed in the op record.
    QByteArray alteredBytes = bytes;
    const qsizetype name = alteredBytes.indexOf(QStringLiteral("Phạm").toUtf8());
    REQUIRE(name > 0);
    alteredBytes[name] = 'T';
    const QString altered = files.file(QStringLiteral("altered.mcbundle"));
    const QString cut = files.file(QStringLiteral("cut.mcbundle"));
    for (const auto &[path, content] :
        {std::pair{altered, alteredBytes}, std::pair{cut, bytes.left(bytes.size() - 100)}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    const CliResult alteredAtDevice = importBundle(center, altered);
    CHECK(alteredAtDevice.exitCode == 1);
    CHECK(errorCode(alteredAtDevice.json()) == QStringLiteral("bundle.checksum_mismatch"));
    CHECK(alteredAtDevice.err.contains("Nothing was imported"));
    const CliResult cutAtDevice = importBundle(center, cut);
    CHECK(cutAtDevice.exitCode == 1);
    CHECK(errorCode(cutAtDevice.json()) == QStringLiteral("bundle.truncated"));
    CHECK(count(center, QStringLiteral("dossiers")) == 0);
    CHECK(count(center, QStringLiteral("bundle_ops")) == 0);
    CHECK(count(center, QStringLiteral("bundle_imports")) == 0);

    const ServerImport alteredAtServer = serverImport(server, altered);
    CHECK(alteredAtServer.exitCode == 1);
    CHECK(errorCode(alteredAtServer.json) == QStringLiteral("bundle.checksum_mismatch"));
    const ServerImport cutAtServer = serverImport(server, cut);
    CHECK(cutAtServer.exitCode == 1);
    CHECK(errorCode(cutAtServer.json) == QStringLiteral("bundle.truncated"));
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 0);
    CHECK(serverCount(server, QStringLiteral("applied_ops")) == 0);

    // The intact file still imports.
    CHECK(importBundle(center, bundle).json().value(QStringLiteral("applied")).toInt() == 2);
}

TEST_CASE("a bundle from a device of another province server is refused by the server", "[bundles]")
{
    ServerProcess province;
    ServerProcess otherProvince;
    Device mobile;
    mobile.enroll(otherProvince.url(), otherProvince.issueCode(kCommune));
    mobile.receive(QStringLiteral("Hoàng Văn Em"));
    TempDir files;
    const QString bundle = files.file(QStringLiteral("work.mcbundle"));
    REQUIRE(exportBundle(mobile, bundle).exitCode == 0);
    const ServerImport refused = serverImport(province, bundle);
    CHECK(refused.exitCode == 1);
    CHECK(errorCode(refused.json) == QStringLiteral("bundle.untrusted_certificate"));
    CHECK(province.records() == 0);
}

TEST_CASE("an imported dossier that was changed here becomes a conflict, never overwritten", "[bundles]")
{
    ServerProcess server;
    Device mobile;
    Device center;
    mobile.enroll(server.url(), server.issueCode(kCommune));
    center.enroll(server.url(), server.issueCode(kCommune));
    const QString id = mobile.receive(QStringLiteral("Đỗ Thị Giang"));
    TempDir files;
    const QString first = files.file(QStringLiteral("first.mcbundle"));
    REQUIRE(exportBundle(mobile, first).exitCode == 0);
    REQUIRE(importBundle(center, first).exitCode == 0);

    // Both sides move the dossier before any link.
    move(center, id, QStringLiteral("in_process"));
    move(mobile, id, QStringLiteral("withdrawn"));
    const QString second = files.file(QStringLiteral("second.mcbundle"));
    const CliResult exported = exportBundle(mobile, second);
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().value(QStringLiteral("op_count")).toInt() == 2); // nothing was acknowledged yet

    const CliResult imported = importBundle(center, second);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QStringLiteral("duplicates")).toInt() == 1);
    CHECK(imported.json().value(QStringLiteral("conflicts")).toInt() == 1);
    CHECK(center.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(id)).toString()
        == QStringLiteral("in_process"));
    CHECK(count(center, QStringLiteral("sync_conflicts WHERE resolved_at IS NULL")) == 1);
    CHECK(count(center, QStringLiteral("bundle_ops WHERE outcome = 'conflict'")) == 1);
}

TEST_CASE("a device without a bundle key is told to enroll again, and its own bundle is not imported back", "[bundles]")
{
    ServerProcess server;
    Device mobile;
    mobile.enroll(server.url(), server.issueCode(kCommune));
    mobile.receive(QStringLiteral("Vũ Văn Hải"));
    TempDir files;
    const QString bundle = files.file(QStringLiteral("work.mcbundle"));
    REQUIRE(exportBundle(mobile, bundle).exitCode == 0);
    const CliResult own = importBundle(mobile, bundle);
    CHECK(own.exitCode == 1);
    CHECK(errorCode(own.json()) == QStringLiteral("bundle.own_bundle"));

    // As a device enrolled before bundles existed: no identity row.
    {
        const QString name = QStringLiteral("forget-key");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(mobile.path() + QStringLiteral("/motcua.db"));
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("DELETE FROM bundle_identity")));
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QString again = files.file(QStringLiteral("again.mcbundle"));
    const CliResult refused = exportBundle(mobile, again);
    CHECK(refused.exitCode == 1);
    CHECK(errorCode(refused.json()) == QStringLiteral("bundle.no_key"));
    CHECK(refused.err.contains("Enroll it again"));
    CHECK(!QFile::exists(again));
    CHECK(count(mobile, QStringLiteral("outbox")) == 1);
}

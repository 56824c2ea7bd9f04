// The whole history on every desk of a commune (issue 9): dossier events pulled once by event id,
// scans "pending" on other desks until their bytes reach the server, and USB bundles forwarded by
// the desk that imported them, each op applied once. The real motcua-server and motcua-cli.
#include "SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace motcua::synctest;

namespace {

const QString kCommune = QStringLiteral("12345");

CliResult run(const Device &device, const QStringList &args)
{
    const CliResult result = device.cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

void move(const Device &device, const QString &id, const QString &status)
{
    run(device, {QStringLiteral("dossier"), QStringLiteral("move"), id, status});
}

QJsonObject show(const Device &device, const QString &id)
{
    return run(device, {QStringLiteral("dossier"), QStringLiteral("show"), id, QStringLiteral("--json")}).json();
}

qint64 count(const Device &device, const QString &table)
{
    return device.sql(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

qint64 serverCount(const ServerProcess &server, const QString &table)
{
    return sqlValue(server.databaseFile(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

// Every event of the desk, one line each, in a fixed order: equal text means equal timelines.
QString allEvents(const Device &device)
{
    return device
        .sql(QStringLiteral(
            "SELECT group_concat(line, char(10)) FROM (SELECT dossier_id || '|' || id || '|' || at "
            "|| '|' || actor || '|' || device || '|' || action || '|' || coalesce(from_status, '-') "
            "|| '|' || to_status || '|' || note AS line FROM dossier_events ORDER BY dossier_id, at, id)"))
        .toString();
}

QString today()
{
    // The CLI dates in Vietnam time (UTC+7, no daylight saving).
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate);
}

QByteArray report(const Device &device, const QString &kind)
{
    const QString day = today();
    return run(device,
        {QStringLiteral("report"), kind, QStringLiteral("--from"),
            QDate::fromString(day, Qt::ISODate).addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
            QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate), QStringLiteral("--json")})
        .out;
}

// POST /v2/push of the desk's outbox as the desk itself, without uploading its scans: what a desk
// does on a link that carries its records and cuts before the scans (records travel first).
QJsonObject pushRecordsOnly(const ServerProcess &server, const Device &device)
{
    const QString deviceId = device.sql(QStringLiteral("SELECT device_id FROM sync_state")).toString();
    const QString token = device.sql(QStringLiteral("SELECT token FROM sync_state")).toString();
    REQUIRE(!token.isEmpty());
    QJsonArray ops;
    const QString file = device.path() + QStringLiteral("/motcua.db");
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral(
                "SELECT op_id, entity, entity_id, base_version, fields, blob_refs FROM outbox ORDER BY seq")));
            while (query.next()) {
                ops.append(QJsonObject{{QStringLiteral("op_id"), query.value(0).toString()},
                    {QStringLiteral("entity"), query.value(1).toString()},
                    {QStringLiteral("id"), query.value(2).toString()},
                    {QStringLiteral("base_version"), query.value(3).toInt()},
                    {QStringLiteral("fields"), QJsonDocument::fromJson(query.value(4).toByteArray()).object()},
                    {QStringLiteral("blob_refs"), QJsonDocument::fromJson(query.value(5).toByteArray()).array()}});
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE(!ops.isEmpty());
    const QJsonObject body{
        {QStringLiteral("batch_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("ops"), ops}};
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.url() + QStringLiteral("/v2/push")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("User-Agent", "motcua/test motcua-sync/2");
    request.setRawHeader("Authorization", QStringLiteral("Bearer %1.%2").arg(deviceId, token).toUtf8());
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    const QByteArray answer = reply->readAll();
    INFO(answer.toStdString());
    REQUIRE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

} // namespace

TEST_CASE(
    "two desks of one commune show every dossier with its whole timeline, and the same reports", "[sync][history]")
{
    ServerProcess server;
    Device deskA;
    Device deskB;
    deskA.enroll(server.url(), server.issueCode(kCommune));
    deskB.enroll(server.url(), server.issueCode(kCommune));

    // Desk A receives 20 dossiers and moves each twice.
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        const QString id = deskA.receive(QStringLiteral("Nguyễn Văn %1").arg(i + 1));
        move(deskA, id, QStringLiteral("in_process"));
        move(deskA, id, QStringLiteral("done"));
        ids.append(id);
    }
    REQUIRE(count(deskA, QStringLiteral("dossier_events")) == 60);

    const QJsonObject pushed = deskA.sync();
    CHECK(pushed.value(QStringLiteral("completed")).toBool());
    CHECK(pushed.value(QStringLiteral("pushed")).toInt() == 60);
    CHECK(serverCount(server, QStringLiteral("change_log WHERE entity = 'dossier_event'")) == 60);

    const QJsonObject pulled = deskB.sync();
    CHECK(pulled.value(QStringLiteral("completed")).toBool());
    CHECK(count(deskB, QStringLiteral("dossiers")) == 20);
    // Every event once: the record's embedded latest event and the dossier_event change are one row.
    CHECK(count(deskB, QStringLiteral("dossier_events")) == 60);
    CHECK(count(deskB, QStringLiteral("sync_records WHERE unapplied_reason != ''")) == 0);
    CHECK(allEvents(deskB) == allEvents(deskA));

    // The process-control record (form 05) as `dossier show` prints it, on both desks.
    for (const QString &id : {ids.first(), ids.at(9), ids.last()}) {
        const QJsonObject atA = show(deskA, id);
        const QJsonObject atB = show(deskB, id);
        const QJsonArray events = atB.value(QStringLiteral("events")).toArray();
        REQUIRE(events.size() == 3);
        CHECK(events.at(0).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("receive"));
        CHECK(events.at(2).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("done"));
        CHECK(atB.value(QStringLiteral("events")) == atA.value(QStringLiteral("events")));
        CHECK(atB.value(QStringLiteral("status")) == atA.value(QStringLiteral("status")));
    }

    // The register (form 06) and the statistics, per officer included, are computed from the local
    // events: equal on both desks.
    const QByteArray registerA = report(deskA, QStringLiteral("register"));
    CHECK(QJsonDocument::fromJson(registerA).array().size() == 20);
    CHECK(report(deskB, QStringLiteral("register")) == registerA);
    CHECK(report(deskB, QStringLiteral("statistics")) == report(deskA, QStringLiteral("statistics")));

    // A second round trip changes nothing: no event twice, nothing new on A.
    deskB.sync();
    CHECK(count(deskB, QStringLiteral("dossier_events")) == 60);
    const QJsonObject again = deskA.sync();
    CHECK(again.value(QStringLiteral("pull_applied")).toInt() == 0);
    CHECK(count(deskA, QStringLiteral("dossier_events")) == 60);

    // B moves one dossier on: A receives that event too, and the timelines stay equal.
    run(deskB, {QStringLiteral("dossier"), QStringLiteral("move"), ids.first(), QStringLiteral("returned")});
    deskB.sync();
    deskA.sync();
    CHECK(count(deskA, QStringLiteral("dossier_events")) == 61);
    CHECK(allEvents(deskA) == allEvents(deskB));
}

TEST_CASE("a scan not on the server yet is pending on the other desk and completes after it is uploaded",
    "[sync][history][blobs]")
{
    ServerProcess server;
    Device deskA;
    Device deskB;
    deskA.enroll(server.url(), server.issueCode(kCommune));
    deskB.enroll(server.url(), server.issueCode(kCommune));

    TempDir files;
    const QString scan = files.file(QStringLiteral("to-khai.jpg"));
    QByteArray bytes(150 * 1024, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) % 251);
    {
        QFile file(scan);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString id = deskA.receive(
        QStringLiteral("Hoàng Thị Lan"), {QStringLiteral("--document"), QStringLiteral("Tờ khai=") + scan});
    const QString sha256 = deskA.sql(QStringLiteral("SELECT sha256 FROM attachments")).toString();
    REQUIRE(sha256.size() == 64);

    // The record reaches the server, its scan does not (yet).
    const QJsonObject answer = pushRecordsOnly(server, deskA);
    const QJsonObject result = answer.value(QStringLiteral("results")).toArray().at(0).toObject();
    REQUIRE(result.value(QStringLiteral("result")).toString() == QStringLiteral("applied"));
    CHECK(result.value(QStringLiteral("pending_blobs")).toArray() == QJsonArray{sha256});

    // Desk B has the dossier, with its document "scan pending".
    CHECK(deskB.sync().value(QStringLiteral("completed")).toBool());
    CHECK(count(deskB, QStringLiteral("dossiers")) == 1);
    CHECK(count(deskB, QStringLiteral("attachments")) == 0);
    const QJsonArray pendingDocuments = show(deskB, id).value(QStringLiteral("documents")).toArray();
    REQUIRE(pendingDocuments.size() == 1);
    CHECK(pendingDocuments.at(0).toObject().value(QStringLiteral("scan_pending")).toBool());
    CHECK(pendingDocuments.at(0).toObject().value(QStringLiteral("pending_sha256")).toString() == sha256);
    CHECK(pendingDocuments.at(0).toObject().value(QStringLiteral("attachment_sha256")).isNull());
    const CliResult text = run(deskB, {QStringLiteral("dossier"), QStringLiteral("show"), id});
    CHECK(text.out.contains("scan pending"));
    // Still pending after another cycle: nothing arrived.
    deskB.sync();
    CHECK(count(deskB, QStringLiteral("dossier_documents WHERE pending_sha256 IS NOT NULL")) == 1);

    // Desk A syncs normally: the scan goes up (the record is a duplicate), then B completes by itself.
    const QJsonObject synced = deskA.sync();
    CHECK(synced.value(QStringLiteral("completed")).toBool());
    CHECK(synced.value(QStringLiteral("duplicates")).toInt() == 1);
    CHECK(deskB.sync().value(QStringLiteral("completed")).toBool());
    CHECK(count(deskB, QStringLiteral("dossier_documents WHERE pending_sha256 IS NOT NULL")) == 0);
    CHECK(deskB.sql(QStringLiteral("SELECT attachment_sha256 FROM dossier_documents")).toString() == sha256);
    const QJsonObject document = show(deskB, id).value(QStringLiteral("documents")).toArray().at(0).toObject();
    CHECK_FALSE(document.value(QStringLiteral("scan_pending")).toBool());
    CHECK(document.value(QStringLiteral("attachment_sha256")).toString() == sha256);
    CHECK(run(deskB, {QStringLiteral("dossier"), QStringLiteral("show"), id}).out.contains("scan attached"));
    CHECK(count(deskB, QStringLiteral("attachments")) == 1);
}

TEST_CASE("a desk forwards the ops of a bundle it imported, and each op reaches the server once", "[sync][bundles]")
{
    ServerProcess server;
    Device mobile;
    Device center;
    mobile.enroll(server.url(), server.issueCode(kCommune));
    center.enroll(server.url(), server.issueCode(kCommune));

    // Offline work of the mobile team: two dossiers, one moved on, carried by USB to the center.
    const QString first = mobile.receive(QStringLiteral("Lò Văn Páo"));
    const QString second = mobile.receive(QStringLiteral("Giàng Thị Mỷ"));
    move(mobile, second, QStringLiteral("in_process"));
    TempDir files;
    const QString bundle = files.file(QStringLiteral("ban-a.mcbundle"));
    run(mobile, {QStringLiteral("bundle"), QStringLiteral("export"), bundle, QStringLiteral("--json")});
    const QJsonObject imported
        = run(center, {QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--json")}).json();
    CHECK(imported.value(QStringLiteral("applied")).toInt() == 3);
    CHECK(count(center, QStringLiteral("outbox")) == 3);
    CHECK(count(center,
              QStringLiteral("outbox WHERE origin_device = '%1'")
                  .arg(mobile.sql(QStringLiteral("SELECT device_id FROM sync_state")).toString()))
        == 3);
    // Importing it again forwards nothing more.
    run(center, {QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--json")});
    CHECK(count(center, QStringLiteral("outbox")) == 3);

    SECTION("the center syncs first, then the mobile team")
    {
        const QJsonObject forwarded = center.sync();
        CHECK(forwarded.value(QStringLiteral("completed")).toBool());
        CHECK(forwarded.value(QStringLiteral("pushed")).toInt() == 3);
        CHECK(count(center, QStringLiteral("outbox")) == 0);
        CHECK(serverCount(server, QStringLiteral("applied_ops")) == 3);
        CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 2);
        CHECK(serverCount(server, QStringLiteral("change_log WHERE entity = 'dossier_event'")) == 3);

        const QJsonObject own = mobile.sync();
        CHECK(own.value(QStringLiteral("completed")).toBool());
        CHECK(own.value(QStringLiteral("pushed")).toInt() == 0);
        CHECK(own.value(QStringLiteral("duplicates")).toInt() == 3);
        CHECK(count(mobile, QStringLiteral("outbox")) == 0);
    }
    SECTION("the mobile team syncs first, then the center")
    {
        CHECK(mobile.sync().value(QStringLiteral("pushed")).toInt() == 3);
        const QJsonObject forwarded = center.sync();
        CHECK(forwarded.value(QStringLiteral("completed")).toBool());
        CHECK(forwarded.value(QStringLiteral("pushed")).toInt() == 0);
        CHECK(forwarded.value(QStringLiteral("duplicates")).toInt() == 3);
        CHECK(forwarded.value(QStringLiteral("conflicts")).toInt() == 0);
        CHECK(count(center, QStringLiteral("outbox")) == 0);
    }
    // Either way: three ops applied, two dossiers, three events, and no conflict anywhere.
    CHECK(serverCount(server, QStringLiteral("applied_ops")) == 3);
    CHECK(server.records(QStringLiteral("entity = 'dossier'")) == 2);
    CHECK(serverCount(server, QStringLiteral("change_log WHERE entity = 'dossier_event'")) == 3);
    CHECK(count(center, QStringLiteral("sync_conflicts")) == 0);
    CHECK(count(center, QStringLiteral("dossier_events")) == 3);
    CHECK(center.sql(QStringLiteral("SELECT status FROM dossiers WHERE id = '%1'").arg(second)).toString()
        == QStringLiteral("in_process"));
    CHECK(center.sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE id = '%1'").arg(first)).toInt() == 1);
}

// The administrator's commands of motcua-server on the database a running server uses:
// publishing the catalog and the holiday calendar to every commune, stats, enrollment codes.
#include "ServerHarness.h"
#include "io/CatalogJson.h"
#include "io/HolidayScheduleJson.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

using namespace motcua;
using namespace motcua::servertest;

namespace {

QString seedCatalog()
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json");
}

QString seedCalendar()
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/resources/calendar/holidays-2026.json");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A copy of the seed catalog with another "version", written under dir.
QString catalogWithVersion(const TempDir &dir, int version)
{
    QJsonObject document = QJsonDocument::fromJson(readFile(seedCatalog())).object();
    document.insert(QStringLiteral("version"), version);
    const QString path = dir.file(QStringLiteral("catalog-v%1.json").arg(version));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
    return path;
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return file.fileName();
}

QList<protocol::Change> ofEntity(const QList<protocol::Change> &changes, const QString &entity)
{
    QList<protocol::Change> found;
    for (const protocol::Change &change : changes) {
        if (change.entity == entity)
            found << change;
    }
    return found;
}

} // namespace

TEST_CASE("A published catalog is pulled by the devices of every commune as one province record")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    TempDir files;
    Server server(db);
    const protocol::EnrollResponse tanLap = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse other = server.enroll(QStringLiteral("67890"));
    REQUIRE(push(server, tanLap, {dossierOp(newUuid(), 0, QStringLiteral("received"))}).results[0].result
        == protocol::PushOutcome::Applied);

    int exitCode = -1;
    const QByteArray printed
        = runCli(db, {QStringLiteral("publish-catalog"), seedCatalog(), QStringLiteral("--json")}, &exitCode);
    REQUIRE(exitCode == 0);
    const QJsonObject published = QJsonDocument::fromJson(printed).object();
    CHECK(published.value(QStringLiteral("entity")).toString() == QStringLiteral("catalog"));
    CHECK(published.value(QStringLiteral("version")).toInt() == 1);

    for (const protocol::EnrollResponse &device : {tanLap, other}) {
        const QList<protocol::Change> catalogs = ofEntity(pullAll(server, device), QStringLiteral("catalog"));
        REQUIRE(catalogs.size() == 1);
        CHECK(catalogs[0].id == published.value(QStringLiteral("id")).toString());
        CHECK(catalogs[0].version == 1);
        CHECK_FALSE(catalogs[0].originDevice.has_value());
        // The desk's own parser accepts what it pulls, and finds the seed's procedures in it.
        const Result<Catalog> parsed = CatalogJson::parse(QJsonDocument(catalogs[0].fields).toJson());
        REQUIRE(parsed.ok());
        CHECK(parsed->procedures.size() == CatalogJson::parse(readFile(seedCatalog()))->procedures.size());
    }
    // The commune's own dossier still reaches only its commune (and not the desk that made it).
    const protocol::EnrollResponse colleague = server.enroll(QStringLiteral("12345"));
    CHECK(ofEntity(pullAll(server, colleague), QStringLiteral("dossier")).size() == 1);
    CHECK(ofEntity(pullAll(server, tanLap), QStringLiteral("dossier")).isEmpty());
    CHECK(ofEntity(pullAll(server, other), QStringLiteral("dossier")).isEmpty());

    // A newer catalog replaces the document: same series id, next record version, and a device
    // that pulled before gets only the new version from its cursor.
    const protocol::PullResponse before = pull(server, other, QStringLiteral("?limit=1000"));
    runCli(db, {QStringLiteral("publish-catalog"), catalogWithVersion(files, 5)}, &exitCode);
    REQUIRE(exitCode == 0);
    const protocol::PullResponse after = pull(server, other, QStringLiteral("?cursor=") + before.cursor);
    REQUIRE(after.changes.size() == 1);
    CHECK(after.changes[0].entity == QStringLiteral("catalog"));
    CHECK(after.changes[0].version == 2);
    CHECK(after.changes[0].fields.value(QStringLiteral("version")).toInt() == 5);
    CHECK(pull(server, other, QStringLiteral("?cursor=") + after.cursor).changes.isEmpty());
}

TEST_CASE("publish-catalog refuses an invalid or older catalog with a clear error and changes nothing")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    TempDir files;
    int exitCode = -1;
    runCli(db, {QStringLiteral("publish-catalog"), catalogWithVersion(files, 3)}, &exitCode);
    REQUIRE(exitCode == 0);
    const qint64 records = db.count(QStringLiteral("records"));
    const qint64 logged = db.count(QStringLiteral("change_log"));

    QByteArray errors;
    runCli(db, {QStringLiteral("publish-catalog"), catalogWithVersion(files, 2)}, &exitCode, &errors);
    CHECK(exitCode == 1);
    CHECK(errors.contains("not newer"));

    QJsonObject misspelt = QJsonDocument::fromJson(readFile(seedCatalog())).object();
    misspelt.insert(QStringLiteral("version"), 9);
    misspelt.insert(QStringLiteral("procesing_days"), 3);
    runCli(db,
        {QStringLiteral("publish-catalog"),
            writeFile(files, QStringLiteral("misspelt.json"), QJsonDocument(misspelt).toJson())},
        &exitCode, &errors);
    CHECK(exitCode == 1);
    CHECK(errors.contains("procesing_days"));

    runCli(db, {QStringLiteral("publish-catalog"), writeFile(files, QStringLiteral("broken.json"), "{\"format\": ")},
        &exitCode, &errors);
    CHECK(exitCode == 1);
    runCli(db, {QStringLiteral("publish-catalog"), files.file(QStringLiteral("missing.json"))}, &exitCode, &errors);
    CHECK(exitCode == 1);

    // The same document again is no new version.
    const QByteArray again
        = runCli(db, {QStringLiteral("publish-catalog"), files.file(QStringLiteral("catalog-v3.json"))}, &exitCode);
    CHECK(exitCode == 0);
    CHECK(again.contains("nothing changed"));

    CHECK(db.count(QStringLiteral("records")) == records);
    CHECK(db.count(QStringLiteral("change_log")) == logged);
    CHECK(db.scalar(QStringLiteral("SELECT version FROM records WHERE entity = 'catalog'")).toLongLong() == 1);
}

TEST_CASE("A published holiday calendar reaches every commune as one record per year")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    TempDir files;
    Server server(db);
    const protocol::EnrollResponse device = server.enroll(QStringLiteral("12345"));

    int exitCode = -1;
    runCli(db, {QStringLiteral("publish-calendar"), seedCalendar()}, &exitCode);
    REQUIRE(exitCode == 0);
    const QList<protocol::Change> calendars = ofEntity(pullAll(server, device), QStringLiteral("calendar"));
    REQUIRE(calendars.size() == 1);
    const Result<QList<HolidaySchedule>> schedules
        = HolidayScheduleJson::parse(QJsonDocument(calendars[0].fields).toJson());
    REQUIRE(schedules.ok());
    REQUIRE(schedules->size() == 1);
    CHECK(schedules->first().year == 2026);
    // Written back exactly as the province's file reads.
    CHECK(HolidayScheduleJson::write(*schedules)
        == HolidayScheduleJson::write(*HolidayScheduleJson::parse(readFile(seedCalendar()))));

    // A bad file changes nothing, even when its first year is fine.
    const qint64 logged = db.count(QStringLiteral("change_log"));
    QJsonObject twoYears = QJsonDocument::fromJson(readFile(seedCalendar())).object();
    QJsonArray years = twoYears.value(QStringLiteral("years")).toArray();
    QJsonObject bad = years[0].toObject();
    bad.insert(QStringLiteral("year"), 2027);
    bad.insert(QStringLiteral("day_off"), QJsonArray());
    years.append(bad);
    twoYears.insert(QStringLiteral("years"), years);
    QByteArray errors;
    runCli(db,
        {QStringLiteral("publish-calendar"),
            writeFile(files, QStringLiteral("bad.json"), QJsonDocument(twoYears).toJson())},
        &exitCode, &errors);
    CHECK(exitCode == 1);
    CHECK(errors.contains("day_off"));
    CHECK(db.count(QStringLiteral("change_log")) == logged);

    // Another year is a series of its own; the published year is unchanged.
    QJsonObject nextYear = QJsonDocument::fromJson(readFile(seedCalendar())).object();
    nextYear.insert(QStringLiteral("years"),
        QJsonArray{QJsonObject{{QStringLiteral("year"), 2027}, {QStringLiteral("days_off"), QJsonArray()}}});
    const QByteArray printed = runCli(db,
        {QStringLiteral("publish-calendar"),
            writeFile(files, QStringLiteral("2027.json"), QJsonDocument(nextYear).toJson()), QStringLiteral("--json")},
        &exitCode);
    REQUIRE(exitCode == 0);
    const QJsonArray published = QJsonDocument::fromJson(printed).array();
    REQUIRE(published.size() == 1);
    CHECK(published[0].toObject().value(QStringLiteral("id")).toString() != calendars[0].id);
    const QList<protocol::Change> both = ofEntity(pullAll(server, device), QStringLiteral("calendar"));
    CHECK(both.size() == 2);
}

TEST_CASE("stats counts dossiers, applied ops, devices and blobs per commune")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    Server server(db);
    const protocol::EnrollResponse first = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse second = server.enroll(QStringLiteral("12345"));
    const protocol::EnrollResponse other = server.enroll(QStringLiteral("67890"));
    const QString id = newUuid();
    push(server, first, {dossierOp(id, 0, QStringLiteral("received")), dossierOp(id, 1, QStringLiteral("handling"))});
    push(server, second, {dossierOp(newUuid(), 0, QStringLiteral("received"))});
    const QByteArray scan(300000, 'x');
    uploadBlob(server, other, scan, 100000);
    int exitCode = -1;
    runCli(db, {QStringLiteral("revoke"), second.deviceId}, &exitCode);
    REQUIRE(exitCode == 0);

    const QJsonObject stats
        = QJsonDocument::fromJson(runCli(db, {QStringLiteral("stats"), QStringLiteral("--json")}, &exitCode)).object();
    REQUIRE(exitCode == 0);
    CHECK(stats.keys() == QStringList{QStringLiteral("12345"), QStringLiteral("67890")});
    const QJsonObject tanLap = stats.value(QStringLiteral("12345")).toObject();
    CHECK(tanLap.value(QStringLiteral("dossiers")).toInteger() == 2);
    CHECK(tanLap.value(QStringLiteral("applied_ops")).toInteger() == 3);
    CHECK(tanLap.value(QStringLiteral("devices")).toInteger() == 2);
    CHECK(tanLap.value(QStringLiteral("active_devices")).toInteger() == 1);
    CHECK(tanLap.value(QStringLiteral("blobs")).toInteger() == 0);
    const QJsonObject elsewhere = stats.value(QStringLiteral("67890")).toObject();
    CHECK(elsewhere.value(QStringLiteral("dossiers")).toInteger() == 0);
    CHECK(elsewhere.value(QStringLiteral("blobs")).toInteger() == 1);
    CHECK(elsewhere.value(QStringLiteral("blob_bytes")).toInteger() == scan.size());

    const QByteArray table = runCli(db, {QStringLiteral("stats")}, &exitCode);
    CHECK(exitCode == 0);
    CHECK(table.contains("12345"));
}

TEST_CASE("enroll --json prints the code and its expiry, and a bad commune code is a usage error")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    int exitCode = -1;
    const QJsonObject issued = QJsonDocument::fromJson(
        runCli(db,
            {QStringLiteral("enroll"), QStringLiteral("--commune"), QStringLiteral("12345"), QStringLiteral("--json")},
            &exitCode))
                                   .object();
    CHECK(exitCode == 0);
    CHECK(protocol::EnrollRequest::isCode(issued.value(QStringLiteral("code")).toString()));
    const QDateTime expires = QDateTime::fromString(issued.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    CHECK(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 7) <= 1);

    runCli(db, {QStringLiteral("enroll"), QStringLiteral("--commune"), QStringLiteral("123")}, &exitCode);
    CHECK(exitCode == 2);
    CHECK(db.count(QStringLiteral("enrollment_codes")) == 1);
}

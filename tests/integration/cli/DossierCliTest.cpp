#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

const QString kSeedCatalog = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json");

// A data folder with the seed catalog installed.
struct Desk
{
    TempDir dir;
    CliRunner cli{dir.path()};

    Desk()
    {
        REQUIRE(
            cli.run({QStringLiteral("device"), QStringLiteral("--commune"), QStringLiteral("01234")}).exitCode == 0);
        const CliRun imported = cli.run({QStringLiteral("catalog"), QStringLiteral("import"), kSeedCatalog});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }

    CliRun receive(const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
            QStringLiteral("1.004873"), QStringLiteral("--applicant-name"), QStringLiteral("Trần Văn Bình"),
            QStringLiteral("--citizen-id"), QStringLiteral("001 190 012 345"), QStringLiteral("--received-at"),
            QStringLiteral("2026-04-24T16:10"), QStringLiteral("--json")};
        return cli.run(args + extra);
    }

    // Rows of a table, read straight from the SQLite file.
    int rows(const QString &table) const
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(dir.file(QStringLiteral("motcua.db")));
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
            REQUIRE(query.next());
            count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return count;
    }
};

} // namespace

TEST_CASE("catalog search --json ranks folded prefix matches and finds legacy codes")
{
    Desk desk;
    CliRun run = desk.cli.run({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("dang ky khai s"),
        QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    QJsonArray hits = run.json().array();
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("1.001193"));
    CHECK(hits[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Đăng ký khai sinh"));

    run = desk.cli.run(
        {QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("1.001640"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    hits = run.json().array();
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("1.001193"));
}

TEST_CASE("catalog show --json gives documents, time, fee and legal basis")
{
    Desk desk;
    const CliRun run = desk.cli.run(
        {QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("2.000815"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject procedure = run.json().object();
    CHECK(procedure.value(QStringLiteral("code")).toString() == QStringLiteral("2.000815"));
    CHECK_FALSE(procedure.value(QStringLiteral("documents")).toArray().isEmpty());
    CHECK_FALSE(procedure.value(QStringLiteral("fee")).toString().isEmpty());
    CHECK_FALSE(procedure.value(QStringLiteral("legal_basis")).toArray().isEmpty());
}

TEST_CASE("catalog import of a malformed file names the problem and installs nothing")
{
    TempDir dir;
    CliRunner cli(dir.path());
    QFile broken(dir.file(QStringLiteral("broken.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format":"motcua-catalog","format_version":1,"version":2,"procedures":[{"code":"1.001193"}]})");
    broken.close();
    const CliRun run = cli.run({QStringLiteral("catalog"), QStringLiteral("import"), broken.fileName()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("procedures[0]")));
    const CliRun search = cli.run(
        {QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("khai sinh"), QStringLiteral("--json")});
    CHECK(search.json().array().isEmpty());
}

TEST_CASE("dossier receive --json gives the code, status, receipt time and due date")
{
    Desk desk;
    const CliRun run = desk.receive();
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject dossier = run.json().object();
    CHECK(dossier.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK(dossier.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("01234-260424-")));
    CHECK(dossier.value(QStringLiteral("received_at")).toString() == QStringLiteral("2026-04-24T16:10:00+07:00"));
    // 3 working days after Friday 24/4/2026: 27/4 (Hùng Kings compensatory), 30/4 and 1/5 are off.
    CHECK(dossier.value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-05-04"));
    CHECK_FALSE(dossier.value(QStringLiteral("id")).toString().isEmpty());
    CHECK(desk.rows(QStringLiteral("dossiers")) == 1);
    CHECK(desk.rows(QStringLiteral("dossier_events")) == 1);
    CHECK(desk.rows(QStringLiteral("outbox")) == 1);
}

TEST_CASE("dossier receive with an invalid citizen ID fails with exit 1 and writes nothing")
{
    Desk desk;
    const CliRun run = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("receive"),
        QStringLiteral("--procedure"), QStringLiteral("1.001193"), QStringLiteral("--applicant-name"),
        QStringLiteral("Lò Văn Páo"), QStringLiteral("--citizen-id"), QStringLiteral("0011900123")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(run.out.isEmpty());
    CHECK(desk.rows(QStringLiteral("dossiers")) == 0);
    CHECK(desk.rows(QStringLiteral("outbox")) == 0);
}

TEST_CASE("dossier receive with a missing scan file fails and stores no blob")
{
    Desk desk;
    const CliRun run = desk.receive({QStringLiteral("--document"), QStringLiteral("Tờ khai=/nonexistent/scan.jpg")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("scan.jpg")));
    CHECK(desk.rows(QStringLiteral("dossiers")) == 0);
    CHECK(desk.rows(QStringLiteral("attachments")) == 0);
}

TEST_CASE("dossier receive attaches a scan by content")
{
    Desk desk;
    QFile scan(desk.dir.file(QStringLiteral("scan.jpg")));
    REQUIRE(scan.open(QIODevice::WriteOnly));
    scan.write(QByteArray(5000, 'x'));
    scan.close();
    const CliRun run = desk.receive({QStringLiteral("--document"), QStringLiteral("Tờ khai=") + scan.fileName()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const CliRun shown = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("show"),
        run.json().object().value(QStringLiteral("code")).toString(), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonArray documents = shown.json().object().value(QStringLiteral("documents")).toArray();
    REQUIRE(documents.size() == 1);
    const QString sha = documents[0].toObject().value(QStringLiteral("attachment_sha256")).toString();
    CHECK(sha.size() == 64);
    CHECK(QFile::exists(desk.dir.file(QStringLiteral("blobs/")) + sha));
}

TEST_CASE("dossier replace-scan attaches a new scan to one document and refuses bad input without writing")
{
    Desk desk;
    const auto writeScan = [&](const QString &name, char fill) {
        QFile scan(desk.dir.file(name));
        REQUIRE(scan.open(QIODevice::WriteOnly));
        scan.write(QByteArray(4000, fill));
        return scan.fileName();
    };
    const QString first = writeScan(QStringLiteral("first.jpg"), 'a');
    const QString second = writeScan(QStringLiteral("second.jpg"), 'b');
    const CliRun received = desk.receive({QStringLiteral("--document"), QStringLiteral("Tờ khai=") + first,
        QStringLiteral("--document"), QStringLiteral("Giấy chứng sinh")});
    REQUIRE(received.exitCode == 0);
    const QString code = received.json().object().value(QStringLiteral("code")).toString();
    const int ops = desk.rows(QStringLiteral("outbox"));
    const auto replace = [&](const QStringList &extra) {
        return desk.cli.run(QStringList{QStringLiteral("dossier"), QStringLiteral("replace-scan"), code} + extra);
    };

    // Each mistake is named, exits 1 and writes nothing.
    const CliRun noNumber = replace({QStringLiteral("--file"), second});
    CHECK(noNumber.exitCode == 1);
    CHECK(noNumber.err.contains(QStringLiteral("--document")));
    const CliRun outOfRange
        = replace({QStringLiteral("--document"), QStringLiteral("3"), QStringLiteral("--file"), second});
    CHECK(outOfRange.exitCode == 1);
    CHECK(outOfRange.err.contains(QStringLiteral("numbered 1 to 2")));
    const CliRun missing = replace({QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--file"),
        desk.dir.file(QStringLiteral("none.jpg"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("none.jpg")));
    const CliRun same = replace({QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--file"), first});
    CHECK(same.exitCode == 1);
    CHECK(desk.rows(QStringLiteral("outbox")) == ops);
    CHECK(desk.rows(QStringLiteral("attachments")) == 1);

    // The second document gets its first scan; the first keeps its own.
    const CliRun done = replace({QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--file"), second});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Giấy chứng sinh")));
    const CliRun shown
        = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonArray documents = shown.json().object().value(QStringLiteral("documents")).toArray();
    REQUIRE(documents.size() == 2);
    const QString firstSha = documents[0].toObject().value(QStringLiteral("attachment_sha256")).toString();
    const QString secondSha = documents[1].toObject().value(QStringLiteral("attachment_sha256")).toString();
    CHECK(firstSha.size() == 64);
    CHECK(secondSha.size() == 64);
    CHECK(firstSha != secondSha);
    CHECK(QFile::exists(desk.dir.file(QStringLiteral("blobs/")) + secondSha));
    CHECK(desk.rows(QStringLiteral("outbox")) == ops + 1);
    CHECK(desk.rows(QStringLiteral("dossier_events WHERE action = 'replace_scan'")) == 1);
}

TEST_CASE("dossier move follows the lifecycle: a supplement pause moves the due date, an illegal move is refused")
{
    Desk desk;
    const QString code = desk.receive().json().object().value(QStringLiteral("code")).toString();
    REQUIRE_FALSE(code.isEmpty());
    auto move = [&](const QString &status, const QStringList &extra = {}) {
        return desk.cli.run(
            QStringList{QStringLiteral("dossier"), QStringLiteral("move"), code, status, QStringLiteral("--json")}
            + extra);
    };
    REQUIRE(
        move(QStringLiteral("in_process"), {QStringLiteral("--at"), QStringLiteral("2026-04-28T08:30")}).exitCode == 0);

    // A supplement request needs its reason.
    CliRun run
        = move(QStringLiteral("supplement_requested"), {QStringLiteral("--at"), QStringLiteral("2026-04-28T09:00")});
    CHECK(run.exitCode == 1);
    run = move(QStringLiteral("supplement_requested"),
        {QStringLiteral("--note"), QStringLiteral("Thiếu giấy xác nhận cư trú"), QStringLiteral("--at"),
            QStringLiteral("2026-04-28T09:00")});
    REQUIRE(run.exitCode == 0);
    // Resumed on Tuesday 5/5: 29/4, 4/5 and 5/5 were paused working days: due 4/5 + 3 = 7/5.
    run = move(QStringLiteral("in_process"), {QStringLiteral("--at"), QStringLiteral("2026-05-05T10:00")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-05-07"));

    // "returned" only follows "done".
    run = move(QStringLiteral("returned"), {QStringLiteral("--at"), QStringLiteral("2026-05-05T11:00")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());

    REQUIRE(move(QStringLiteral("done"), {QStringLiteral("--at"), QStringLiteral("2026-05-06T11:00")}).exitCode == 0);
    run = move(QStringLiteral("returned"), {QStringLiteral("--at"), QStringLiteral("2026-05-08T09:00")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("timeliness")).toString() == QStringLiteral("early"));

    const CliRun shown
        = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonArray events = shown.json().object().value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 6);
    CHECK(events[0].toObject().value(QStringLiteral("to")).toString() == QStringLiteral("received"));
    CHECK(events[5].toObject().value(QStringLiteral("to")).toString() == QStringLiteral("returned"));
    CHECK(
        events[2].toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Thiếu giấy xác nhận cư trú"));
    CHECK(events[0].toObject().value(QStringLiteral("actor")).toString() == QStringLiteral("Cán bộ Test"));
    CHECK(desk.rows(QStringLiteral("outbox")) == 6);
}

TEST_CASE("dossier list --json filters by status and lateness, most urgent first")
{
    Desk desk;
    REQUIRE(desk.receive().exitCode == 0); // due 2026-05-04: late by now
    const CliRun second = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("receive"),
        QStringLiteral("--procedure"), QStringLiteral("1.001193"), QStringLiteral("--applicant-name"),
        QStringLiteral("Nguyễn Thị Hoà"), QStringLiteral("--citizen-id"), QStringLiteral("014301000123"),
        QStringLiteral("--received-at"), QStringLiteral("2099-01-05T08:00"), QStringLiteral("--json")});
    REQUIRE(second.exitCode == 0);

    CliRun run = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    QJsonArray list = run.json().array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-05-04"));

    run = desk.cli.run(
        {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--late"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    list = run.json().array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("timeliness")).toString() == QStringLiteral("late"));

    run = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--applicant"),
        QStringLiteral("nguyen thi hoa"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    list = run.json().array();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Nguyễn Thị Hoà"));

    run = desk.cli.run({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("done"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().array().isEmpty());

    run = desk.cli.run(
        {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("late")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("late")));
}

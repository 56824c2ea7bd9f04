// The data clerk's commands of the real motcua-cli: conflicts, duplicates, legacy imports.
#include "CliRunner.h"
#include "TempDir.h"

#include "io/LegacyEncoding.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kSeedCatalog = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json");

struct ClerkDesk
{
    TempDir dir;
    CliRunner cli{dir.path()};

    ClerkDesk()
    {
        REQUIRE(
            cli.run({QStringLiteral("device"), QStringLiteral("--commune"), QStringLiteral("01234")}).exitCode == 0);
        const CliRun imported = cli.run({QStringLiteral("catalog"), QStringLiteral("import"), kSeedCatalog});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }

    QJsonObject receive(const QString &name, const QString &citizenId, const QString &at)
    {
        const CliRun run = cli.run({QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
            QStringLiteral("1.004873"), QStringLiteral("--applicant-name"), name, QStringLiteral("--citizen-id"),
            citizenId, QStringLiteral("--received-at"), at, QStringLiteral("--json")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json().object();
    }

    // One value read (or one statement run) straight on the SQLite file.
    QString sql(const QString &statement) const
    {
        QString value;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.file(QStringLiteral("motcua.db")));
            REQUIRE(db.open());
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
            if (query.next())
                value = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
};

} // namespace

TEST_CASE("conflicts list and resolve: the clerk's choice becomes an op on the server's version")
{
    ClerkDesk desk;
    const QJsonObject dossier = desk.receive(
        QStringLiteral("Trần Văn Bình"), QStringLiteral("001190012345"), QStringLiteral("2026-04-24T10:00"));
    const QString id = dossier.value(QStringLiteral("id")).toString();
    // The state a push leaves after the server answered "conflict": the op gone, the two sides kept.
    desk.sql(QStringLiteral("DELETE FROM outbox"));
    desk.sql(QStringLiteral(
        "INSERT INTO sync_conflicts (entity, record_id, source, op_id, local_version, local_fields, server_version, "
        "server_fields, detected_at) VALUES ('dossier', '%1', 'push', 'x', 1, "
        "'{\"status\":\"in_process\",\"phone\":\"0912000111\"}', 4, "
        "'{\"status\":\"supplement_requested\",\"phone\":\"0987654321\",\"applicant_name\":\"Trần Văn Bình\"}', "
        "'2026-04-25T08:00:00+07:00')")
                 .arg(id));

    const CliRun listed = desk.cli.run({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray conflicts = listed.json().array();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject conflict = conflicts.first().toObject();
    CHECK(conflict.value(QStringLiteral("code")) == dossier.value(QStringLiteral("code")));
    CHECK(conflict.value(QStringLiteral("differing")).toArray().size() == 2);
    const QString conflictId = QString::number(conflict.value(QStringLiteral("id")).toInt());

    const CliRun unknownField = desk.cli.run({QStringLiteral("conflicts"), QStringLiteral("resolve"), conflictId,
        QStringLiteral("--take"), QStringLiteral("mine"), QStringLiteral("--field"), QStringLiteral("colour=red")});
    CHECK(unknownField.exitCode == 1);
    CHECK(unknownField.err.contains(QStringLiteral("colour")));
    const CliRun noSide = desk.cli.run({QStringLiteral("conflicts"), QStringLiteral("resolve"), conflictId});
    CHECK(noSide.exitCode == 1);
    CHECK(noSide.err.contains(QStringLiteral("--take")));
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM outbox")) == QStringLiteral("0"));

    const CliRun resolved = desk.cli.run({QStringLiteral("conflicts"), QStringLiteral("resolve"), conflictId,
        QStringLiteral("--take"), QStringLiteral("mine"), QStringLiteral("--field"), QStringLiteral("phone=server"),
        QStringLiteral("--note"), QStringLiteral("Đã xác minh"), QStringLiteral("--json")});
    INFO(resolved.err.toStdString());
    REQUIRE(resolved.exitCode == 0);
    CHECK(resolved.json().object().value(QStringLiteral("base_version")).toInt() == 4);
    CHECK(desk.sql(QStringLiteral("SELECT base_version || ' ' || json_extract(fields, '$.status') || ' ' || "
                                  "json_extract(fields, '$.phone') FROM outbox"))
        == QStringLiteral("4 in_process 0987654321"));
    CHECK(desk.sql(QStringLiteral("SELECT status || ' ' || version FROM dossiers")) == QStringLiteral("in_process 5"));

    const CliRun again = desk.cli.run({QStringLiteral("conflicts"), QStringLiteral("resolve"), conflictId,
        QStringLiteral("--take"), QStringLiteral("server")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already resolved")));
    const CliRun empty = desk.cli.run({QStringLiteral("conflicts"), QStringLiteral("list")});
    CHECK(empty.out.contains(QStringLiteral("No conflicts")));
}

TEST_CASE("duplicates list, dismiss and merge through the command line")
{
    ClerkDesk desk;
    const QJsonObject a = desk.receive(
        QStringLiteral("Trần Văn Bình"), QStringLiteral("001190012345"), QStringLiteral("2026-04-20T10:00"));
    const QJsonObject b = desk.receive(
        QStringLiteral("Tran Van Binh"), QStringLiteral("001190012345"), QStringLiteral("2026-04-22T10:00"));
    const QJsonObject c = desk.receive(
        QStringLiteral("Trần Văn Bính"), QStringLiteral("001085000456"), QStringLiteral("2026-04-23T10:00"));
    const QString codeA = a.value(QStringLiteral("code")).toString();
    const QString codeB = b.value(QStringLiteral("code")).toString();
    const QString codeC = c.value(QStringLiteral("code")).toString();

    const CliRun listed
        = desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().array().size() == 3);
    const CliRun narrow = desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("list"),
        QStringLiteral("--window-days"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(narrow.exitCode == 0);
    CHECK(narrow.json().array().size() == 1); // b and c, a day apart
    CHECK(desk.cli
              .run({QStringLiteral("duplicates"), QStringLiteral("list"), QStringLiteral("--window-days"),
                  QStringLiteral("soon")})
              .exitCode
        == 1);

    REQUIRE(desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("dismiss"), codeA, codeC}).exitCode == 0);
    REQUIRE(desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("dismiss"), codeB, codeC}).exitCode == 0);
    const CliRun merged
        = desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("merge"), codeA, codeB, QStringLiteral("--json")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    // b's receipt and its "not a duplicate of c" event.
    CHECK(merged.json().object().value(QStringLiteral("events_moved")).toInt() == 2);
    CHECK(desk.sql(QStringLiteral("SELECT status FROM dossiers WHERE code = '%1'").arg(codeB))
        == QStringLiteral("withdrawn"));
    const CliRun after = desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("list")});
    CHECK(after.out.contains(QStringLiteral("No probable duplicates")));
    const CliRun unknown
        = desk.cli.run({QStringLiteral("duplicates"), QStringLiteral("merge"), codeA, QStringLiteral("NOPE")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE")));
}

TEST_CASE("import previews, refuses a file with a bad row, and imports the valid rows when asked")
{
    ClerkDesk desk;
    const QString text = QStringLiteral("Họ và tên;Số CCCD;Mã thủ tục;Ngày tiếp nhận\r\n"
                                        "Nguyễn Thị Hương;066190000123;1.004884;12/03/2021 08:30\r\n"
                                        "Trần Văn Đức;12345;1.004884;15/03/2021\r\n"
                                        "Lò Thị Xuân;014301000789;1.004873;16/03/2021\r\n");
    const QString path = desk.dir.file(QStringLiteral("so-cu.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(motcua::LegacyEncoding::encode(text, motcua::TextEncoding::Tcvn3));
    }

    const CliRun preview = desk.cli.run({QStringLiteral("import"), QStringLiteral("dossiers"), path,
        QStringLiteral("--preview"), QStringLiteral("--json")});
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.json().object().value(QStringLiteral("encoding")).toString() == QStringLiteral("tcvn3"));
    CHECK(preview.json().object().value(QStringLiteral("rows")).toArray().size() == 3);
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("0"));

    const CliRun refused = desk.cli.run({QStringLiteral("import"), QStringLiteral("dossiers"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("row 3")));
    CHECK(desk.sql(QStringLiteral("SELECT count(*) FROM dossiers")) == QStringLiteral("0"));

    const CliRun imported = desk.cli.run({QStringLiteral("import"), QStringLiteral("dossiers"), path,
        QStringLiteral("--valid-rows"), QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = imported.json().object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(report.value(QStringLiteral("refused")).toInt() == 1);
    CHECK(
        report.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("row")).toInt() == 3);
    CHECK(desk.sql(QStringLiteral("SELECT applicant_name FROM dossiers ORDER BY received_at LIMIT 1"))
        == QStringLiteral("Nguyễn Thị Hương"));

    const CliRun badMap = desk.cli.run({QStringLiteral("import"), QStringLiteral("citizens"), path,
        QStringLiteral("--map"), QStringLiteral("Z=colour")});
    CHECK(badMap.exitCode == 1);
    CHECK_FALSE(badMap.err.isEmpty());
}

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

TEST_CASE("calendar lunar --json gives the lunar date of each solar date")
{
    TempDir dir;
    const CliRun run = CliRunner(dir.path())
                           .run({QStringLiteral("calendar"), QStringLiteral("lunar"), QStringLiteral("2026-02-17"),
                               QStringLiteral("1985-01-21"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray dates = run.json().array();
    REQUIRE(dates.size() == 2);
    CHECK(dates[0].toObject().value(QStringLiteral("solar")).toString() == QStringLiteral("2026-02-17"));
    CHECK(dates[0].toObject().value(QStringLiteral("day")).toInt() == 1);
    CHECK(dates[0].toObject().value(QStringLiteral("month")).toInt() == 1);
    CHECK(dates[0].toObject().value(QStringLiteral("year")).toInt() == 2026);
    CHECK(dates[0].toObject().value(QStringLiteral("leap")).toBool() == false);
    // Tết 1985 fell a month earlier in Vietnam (UTC+7) than in China.
    CHECK(dates[1].toObject().value(QStringLiteral("day")).toInt() == 1);
    CHECK(dates[1].toObject().value(QStringLiteral("month")).toInt() == 1);
    CHECK(dates[1].toObject().value(QStringLiteral("year")).toInt() == 1985);
}

TEST_CASE("calendar lunar names a malformed date and exits 1 without creating a store")
{
    TempDir dir;
    const CliRun run = CliRunner(dir.file(QStringLiteral("data")))
                           .run({QStringLiteral("calendar"), QStringLiteral("lunar"), QStringLiteral("2026-13-01")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("2026-13-01")));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QDir(dir.file(QStringLiteral("data"))).exists());
}

TEST_CASE("calendar holidays --json lists Tết and the compensatory days of a year")
{
    TempDir dir;
    const CliRun run = CliRunner(dir.path())
                           .run({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026"),
                               QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    QStringList dates;
    for (const auto &value : run.json().array()) {
        dates << value.toObject().value(QStringLiteral("date")).toString();
        CHECK_FALSE(value.toObject().value(QStringLiteral("name")).toString().isEmpty());
    }
    CHECK(dates.contains(QStringLiteral("2026-01-01")));
    CHECK(dates.contains(QStringLiteral("2026-02-17"))); // Tết
    CHECK(dates.contains(QStringLiteral("2026-09-02")));
    // Giỗ Tổ Hùng Vương (10/3 lunar) is Sunday 2026-04-26: the Monday after is off.
    CHECK(dates.contains(QStringLiteral("2026-04-27")));
}

TEST_CASE("calendar due counts working days after the day of receipt")
{
    TempDir dir;
    CliRunner cli(dir.path());
    // Friday 2026-0424 16:10, 3 working days: Monday 27 is the Hùng Kings compensatory day,
    // Thursday 30/4 and Friday 1/5 are holidays.
    CliRun run = cli.run({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
        QStringLiteral("2026-04-24T16:10"), QStringLiteral("--working-days"), QStringLiteral("3"),
        QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-05-04"));

    // A same-day procedure received after 15:00 is due the next working day.
    run = cli.run({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
        QStringLiteral("2026-11-23T15:30"), QStringLiteral("--working-days"), QStringLiteral("0"),
        QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-11-24"));
}

TEST_CASE("calendar due refuses a negative number of days")
{
    TempDir dir;
    const CliRun run = CliRunner(dir.path())
                           .run({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                               QStringLiteral("2026-11-23"), QStringLiteral("--working-days"), QStringLiteral("-2")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--working-days")));
}

TEST_CASE("citizen-id --json decodes valid numbers and names the error of invalid ones")
{
    TempDir dir;
    const CliRun run = CliRunner(dir.path())
                           .run({QStringLiteral("citizen-id"), QStringLiteral("001 190 012 345"),
                               QStringLiteral("03830"), QStringLiteral("--json")});
    CHECK(run.exitCode == 1); // one of them is invalid
    const QJsonArray results = run.json().array();
    REQUIRE(results.size() == 2);
    const QJsonObject valid = results[0].toObject();
    CHECK(valid.value(QStringLiteral("valid")).toBool());
    CHECK(valid.value(QStringLiteral("number")).toString() == QStringLiteral("001190012345"));
    CHECK(valid.value(QStringLiteral("province_code")).toString() == QStringLiteral("001"));
    CHECK(valid.value(QStringLiteral("province")).toString() == QStringLiteral("Hà Nội"));
    CHECK(valid.value(QStringLiteral("gender")).toString() == QStringLiteral("female"));
    CHECK(valid.value(QStringLiteral("birth_year")).toInt() == 1990);
    const QJsonObject invalid = results[1].toObject();
    CHECK_FALSE(invalid.value(QStringLiteral("valid")).toBool());
    CHECK_FALSE(invalid.value(QStringLiteral("error")).toString().isEmpty());
}

TEST_CASE("an unknown command is named on stderr with exit 1")
{
    TempDir dir;
    const CliRun run = CliRunner(dir.path()).run({QStringLiteral("dossiers")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("dossiers")));
}

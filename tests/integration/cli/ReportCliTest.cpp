#include "CliRunner.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

// A desk with the seed catalog and three dossiers of March 2026: one returned early, one refused,
// one still open past its due date at the month's end.
struct ReportDesk
{
    TempDir dir;
    CliRunner cli{dir.path()};

    ReportDesk()
    {
        REQUIRE(cli.run({QStringLiteral("catalog"), QStringLiteral("import"),
                            QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json")})
                    .exitCode
            == 0);
        const QString early = receive(QStringLiteral("Lò Văn Páo"), QStringLiteral("2026-03-02T08:00"));
        move(early, QStringLiteral("in_process"), QStringLiteral("2026-03-02T09:00"));
        move(early, QStringLiteral("done"), QStringLiteral("2026-03-03T09:00"));
        move(early, QStringLiteral("returned"), QStringLiteral("2026-03-04T09:00"));
        const QString refused = receive(QStringLiteral("Vàng Thị Dợ"), QStringLiteral("2026-03-09T08:00"));
        REQUIRE(cli.run({QStringLiteral("dossier"), QStringLiteral("move"), refused, QStringLiteral("refused"),
                            QStringLiteral("--note"), QStringLiteral("Không thuộc thẩm quyền"), QStringLiteral("--at"),
                            QStringLiteral("2026-03-09T10:00")})
                    .exitCode
            == 0);
        receive(QStringLiteral("Giàng A Lử"), QStringLiteral("2026-03-16T08:00"));
    }

    QString receive(const QString &name, const QString &at)
    {
        const CliRun run = cli.run({QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
            QStringLiteral("1.004873"), QStringLiteral("--applicant-name"), name, QStringLiteral("--citizen-id"),
            QStringLiteral("001190012345"), QStringLiteral("--received-at"), at, QStringLiteral("--json")});
        REQUIRE(run.exitCode == 0);
        return run.json().object().value(QStringLiteral("code")).toString();
    }

    void move(const QString &code, const QString &status, const QString &at)
    {
        REQUIRE(cli.run({QStringLiteral("dossier"), QStringLiteral("move"), code, status, QStringLiteral("--at"), at})
                    .exitCode
            == 0);
    }
};

} // namespace

TEST_CASE("report statistics prints the period's counts as JSON and writes the workbook", "[cli][reports]")
{
    ReportDesk desk;
    const QString xlsx = QDir(desk.dir.path()).filePath(QStringLiteral("bao-cao-thang-3.xlsx"));
    const CliRun run = desk.cli.run({QStringLiteral("report"), QStringLiteral("statistics"), QStringLiteral("--from"),
        QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--xlsx"),
        xlsx, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject total = run.json().object().value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("received")).toInt() == 3);
    CHECK(total.value(QStringLiteral("done_early")).toInt() == 1);
    CHECK(total.value(QStringLiteral("ended")).toInt() == 1);
    CHECK(total.value(QStringLiteral("open_overdue")).toInt() == 1);
    CHECK(total.value(QStringLiteral("on_time_percent")).toDouble() == 100.0);
    const QJsonArray sectors = run.json().object().value(QStringLiteral("by_sector")).toArray();
    REQUIRE(sectors.size() == 1);
    CHECK(sectors.at(0).toObject().value(QStringLiteral("on_hand")).toInt() == 3);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == QByteArray("PK")); // a zip archive, as every .xlsx
}

TEST_CASE("report register lists the period's dossiers in order of receipt", "[cli][reports]")
{
    ReportDesk desk;
    const CliRun run = desk.cli.run({QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--from"),
        QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-10"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = run.json().array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Lò Văn Páo"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("timeliness")).toString() == QStringLiteral("early"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("refused"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Không thuộc thẩm quyền"));
}

TEST_CASE("report refuses a period without dates and a workbook it cannot write", "[cli][reports]")
{
    ReportDesk desk;
    CliRun run = desk.cli.run(
        {QStringLiteral("report"), QStringLiteral("statistics"), QStringLiteral("--from"), QStringLiteral("2026-03")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--from YYYY-MM-DD")));
    run = desk.cli.run({QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--from"),
        QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--xlsx"),
        QStringLiteral("/nonexistent/so.xlsx")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("/nonexistent/so.xlsx")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent/so.xlsx")));
}

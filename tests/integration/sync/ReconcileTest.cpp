// The data clerk's reconciliation against the real motcua-server: a conflict resolved with
// `motcua-cli conflicts resolve` becomes one new op that the server applies on its own version,
// and every device of the commune ends with the chosen values.
#include "SyncTestSupport.h"

#include <QJsonArray>

using namespace motcua::synctest;

namespace {

const QString kCommune = QStringLiteral("12345");

} // namespace

TEST_CASE("a conflict resolved by the clerk is pushed as one op on the server's version and reaches every desk",
    "[sync][reconcile]")
{
    ServerProcess server;
    Device first;
    Device second;
    first.enroll(server.url(), server.issueCode(kCommune));
    second.enroll(server.url(), server.issueCode(kCommune));
    const QString id = first.receive(QStringLiteral("Đỗ Văn Hùng"));
    first.sync();
    second.sync();

    REQUIRE(
        first.cli({QStringLiteral("dossier"), QStringLiteral("move"), id, QStringLiteral("in_process")}).exitCode == 0);
    REQUIRE(second
                .cli({QStringLiteral("dossier"), QStringLiteral("move"), id, QStringLiteral("refused"),
                    QStringLiteral("--note"), QStringLiteral("Thiếu giấy tờ")})
                .exitCode
        == 0);
    first.sync();
    REQUIRE(second.sync().value(QStringLiteral("conflicts")).toInt() == 1);

    const CliResult listed
        = second.cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray conflicts = QJsonDocument::fromJson(listed.out).array();
    REQUIRE(conflicts.size() == 1);
    const QString conflictId = QString::number(conflicts.first().toObject().value(QStringLiteral("id")).toInt());

    // The clerk keeps this desk's refusal over the other desk's "in process".
    const CliResult resolved
        = second.cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), conflictId, QStringLiteral("--take"),
            QStringLiteral("mine"), QStringLiteral("--note"), QStringLiteral("Hồ sơ thiếu"), QStringLiteral("--json")});
    INFO(resolved.err.toStdString());
    REQUIRE(resolved.exitCode == 0);
    CHECK(resolved.json().value(QStringLiteral("base_version")).toInt() == 2);
    const QString opId = resolved.json().value(QStringLiteral("op_id")).toString();

    const QJsonObject report = second.sync();
    CHECK(report.value(QStringLiteral("pushed")).toInt() == 1);
    CHECK(report.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(second.sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
    // Exactly the resolution op reached the server; the refused move never did.
    CHECK(sqlValue(server.databaseFile(),
              QStringLiteral("SELECT count(*) FROM applied_ops WHERE record_id = '%1' AND op_id = '%2'").arg(id, opId))
              .toInt()
        == 1);
    CHECK(sqlValue(server.databaseFile(),
              QStringLiteral("SELECT version || ' ' || json_extract(fields, '$.status') FROM records WHERE id = '%1'")
                  .arg(id))
              .toString()
        == QStringLiteral("3 refused"));

    // The other desk pulls the resolution like any change, with its event.
    CHECK(first.sync().value(QStringLiteral("completed")).toBool());
    CHECK(first.sql(QStringLiteral("SELECT status || ' ' || version FROM dossiers WHERE id = '%1'").arg(id)).toString()
        == QStringLiteral("refused 3"));
    CHECK(first
              .sql(QStringLiteral("SELECT note FROM dossier_events WHERE dossier_id = '%1' AND action = "
                                  "'resolve_conflict'")
                       .arg(id))
              .toString()
        == QStringLiteral("Conflict resolved: Hồ sơ thiếu"));
    CHECK(second.sql(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")).toInt() == 0);
}

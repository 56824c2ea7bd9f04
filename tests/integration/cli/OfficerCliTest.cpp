#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

namespace {

// motcua-cli with the password on stdin (and not in the environment).
CliRun runWithStdin(const QString &dataDir, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MOTCUA_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MOTCUA_CLI), QStringList{QStringLiteral("--data"), dataDir} + args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

TEST_CASE("officer add, list and passwd manage the desk's accounts from the command line")
{
    TempDir dir;
    const CliRun first = runWithStdin(dir.path(),
        {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("mai"), QStringLiteral("--name"),
            QStringLiteral("Lò Thị Mai"), QStringLiteral("--role"), QStringLiteral("reception")},
        "mat-khau-123\n");
    CHECK(first.exitCode == 1); // the first account must be an administrator
    CHECK(first.err.contains(QStringLiteral("administrator")));

    const CliRun admin = runWithStdin(dir.path(),
        {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("quantri"), QStringLiteral("--name"),
            QStringLiteral("Quàng Thị Hoa"), QStringLiteral("--role"), QStringLiteral("admin"),
            QStringLiteral("--json")},
        "mat-khau-quan-tri\n");
    REQUIRE(admin.exitCode == 0);
    CHECK(admin.json().object().value(QStringLiteral("username")).toString() == QStringLiteral("quantri"));

    const CliRun mai = runWithStdin(dir.path(),
        {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("mai"), QStringLiteral("--name"),
            QStringLiteral("Lò Thị Mai"), QStringLiteral("--role"), QStringLiteral("reception,handling")},
        "mat-khau-123\n");
    REQUIRE(mai.exitCode == 0);
    CHECK(mai.out.contains(QStringLiteral("Lò Thị Mai (mai)")));

    const CliRun weak = runWithStdin(dir.path(),
        {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("pom"), QStringLiteral("--name"),
            QStringLiteral("Lò Văn Pọm"), QStringLiteral("--role"), QStringLiteral("handling")},
        "short\n");
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(QStringLiteral("8")));

    const CliRun badRole = runWithStdin(dir.path(),
        {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("pom"), QStringLiteral("--name"),
            QStringLiteral("Lò Văn Pọm"), QStringLiteral("--role"), QStringLiteral("chairman")},
        "mat-khau-123\n");
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.err.contains(QStringLiteral("chairman")));

    const CliRun list
        = CliRunner(dir.path()).run({QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray officers = list.json().array();
    REQUIRE(officers.size() == 2);
    const QJsonObject second
        = officers.at(0).toObject().value(QStringLiteral("username")).toString() == QStringLiteral("mai")
        ? officers.at(0).toObject()
        : officers.at(1).toObject();
    CHECK(second.value(QStringLiteral("full_name")).toString() == QStringLiteral("Lò Thị Mai"));
    CHECK(second.value(QStringLiteral("roles")).toArray()
        == QJsonArray{QStringLiteral("reception"), QStringLiteral("handling")});
    CHECK(second.value(QStringLiteral("active")).toBool());

    const CliRun passwd = runWithStdin(
        dir.path(), {QStringLiteral("officer"), QStringLiteral("passwd"), QStringLiteral("mai")}, "mat-khau-moi-456\n");
    CHECK(passwd.exitCode == 0);
    const CliRun unknown = runWithStdin(dir.path(),
        {QStringLiteral("officer"), QStringLiteral("passwd"), QStringLiteral("khongco")}, "mat-khau-moi-456\n");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("khongco")));

    const CliRun lastAdmin
        = CliRunner(dir.path()).run({QStringLiteral("officer"), QStringLiteral("disable"), QStringLiteral("quantri")});
    CHECK(lastAdmin.exitCode == 1);
    CHECK(lastAdmin.err.contains(QStringLiteral("administrator")));
}

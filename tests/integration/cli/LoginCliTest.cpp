// motcua-cli on an encrypted data folder: it opens only for an officer, who is the actor.

#include "store/Database.h"
#include "store/OfficerRepository.h"
#include "vault/Vault.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

using namespace motcua;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args, const QString &officer, const QString &password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MOTCUA_OFFICER"));
    environment.remove(QStringLiteral("MOTCUA_PASSWORD"));
    if (!officer.isNull())
        environment.insert(QStringLiteral("MOTCUA_OFFICER"), officer);
    if (!password.isNull())
        environment.insert(QStringLiteral("MOTCUA_PASSWORD"), password);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice()); // not a terminal: nobody to ask
    process.start(QStringLiteral(MOTCUA_CLI), QStringList{QStringLiteral("--data"), dataDir} + args);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("The CLI opens an encrypted folder only with an officer's password", "[vault]")
{
    TempDir dir;
    REQUIRE(vault::Vault::createFresh(dir.path()).ok());
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        REQUIRE(OfficerRepository(**db)
                    .createAdministrator(
                        QStringLiteral("quantri"), QStringLiteral("Quản Trị"), QStringLiteral("mat-khau-dai-1"))
                    .ok());
    }
    vault::Vault::lock(dir.path());
    const QStringList list{QStringLiteral("officer"), QStringLiteral("list")};

    const Run anonymous = cli(dir.path(), list, {}, {});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("MOTCUA_PASSWORD")));
    CHECK(anonymous.out.isEmpty());

    const Run wrong = cli(dir.path(), list, QStringLiteral("quantri"), QStringLiteral("sai-mat-khau"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.isEmpty());

    const Run freeActor = cli(dir.path(), QStringList{QStringLiteral("--actor"), QStringLiteral("Ai Đó")} + list,
        QStringLiteral("quantri"), QStringLiteral("mat-khau-dai-1"));
    CHECK(freeActor.exitCode == 1);
    CHECK(freeActor.err.contains(QStringLiteral("--actor")));

    const Run right = cli(dir.path(), list, QStringLiteral("quantri"), QStringLiteral("mat-khau-dai-1"));
    INFO(right.err.toStdString());
    CHECK(right.exitCode == 0);
    CHECK(right.out.contains(QStringLiteral("quantri")));
}

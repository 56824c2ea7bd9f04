// motcua-cli on an encrypted data folder: it opens only for an officer, who is the actor.

#include "store/Database.h"
#include "store/OfficerRepository.h"
#include "vault/Vault.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
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

TEST_CASE("The CLI applies the desk's roles to the officer who logs in", "[vault]")
{
    TempDir dir;
    REQUIRE(vault::Vault::createFresh(dir.path()).ok());
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        OfficerRepository officers(**db);
        REQUIRE(officers
                    .createAdministrator(
                        QStringLiteral("quantri"), QStringLiteral("Quản Trị"), QStringLiteral("mat-khau-dai-1"))
                    .ok());
        REQUIRE(officers
                    .add(Officer{{}, QStringLiteral("tiepnhan"), QStringLiteral("Lò Thị Mai"), {Role::Reception}},
                        QStringLiteral("mat-khau-dai-2"))
                    .ok());
        REQUIRE(officers
                    .add(Officer{{}, QStringLiteral("xuly"), QStringLiteral("Vừ A Dính"), {Role::Handling}},
                        QStringLiteral("mat-khau-dai-3"))
                    .ok());
    }
    vault::Vault::lock(dir.path());
    const auto asAdmin = [&](const QStringList &args) {
        return cli(dir.path(), args, QStringLiteral("quantri"), QStringLiteral("mat-khau-dai-1"));
    };
    const auto asReception = [&](const QStringList &args) {
        return cli(dir.path(), args, QStringLiteral("tiepnhan"), QStringLiteral("mat-khau-dai-2"));
    };
    const auto asHandling = [&](const QStringList &args) {
        return cli(dir.path(), args, QStringLiteral("xuly"), QStringLiteral("mat-khau-dai-3"));
    };
    const QString catalog = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/commune-procedures.json");
    const QStringList receive{QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
        QStringLiteral("1.004873"), QStringLiteral("--applicant-name"), QStringLiteral("Trần Văn Bình"),
        QStringLiteral("--citizen-id"), QStringLiteral("001190012345"), QStringLiteral("--json")};

    // Setting up the desk is the administrator's.
    const QStringList commune{QStringLiteral("device"), QStringLiteral("--commune"), QStringLiteral("01234")};
    CHECK(asReception(commune).exitCode == 1);
    REQUIRE(asAdmin(commune).exitCode == 0);
    const QStringList importCatalog{QStringLiteral("catalog"), QStringLiteral("import"), catalog};
    const Run notSettings = asHandling(importCatalog);
    CHECK(notSettings.exitCode == 1);
    CHECK(notSettings.err.contains(QStringLiteral("Vừ A Dính")));
    REQUIRE(asAdmin(importCatalog).exitCode == 0);

    // Reception receives, handling does not; the receipt names the officer, not a free actor.
    const Run handlingReceives = asHandling(receive);
    CHECK(handlingReceives.exitCode == 1);
    CHECK(handlingReceives.out.isEmpty());
    const Run received = asReception(receive);
    INFO(received.err.toStdString());
    REQUIRE(received.exitCode == 0);
    const QString code
        = QJsonDocument::fromJson(received.out.toUtf8()).object().value(QStringLiteral("code")).toString();
    REQUIRE_FALSE(code.isEmpty());

    // Moving into processing is for handling; reception is refused and the dossier stays received.
    const QStringList start{QStringLiteral("dossier"), QStringLiteral("move"), code, QStringLiteral("in_process")};
    const Run receptionStarts = asReception(start);
    CHECK(receptionStarts.exitCode == 1);
    CHECK(receptionStarts.err.contains(QStringLiteral("Lò Thị Mai")));
    const QStringList show{QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--json")};
    CHECK(QJsonDocument::fromJson(asReception(show).out.toUtf8()).object().value(QStringLiteral("status")).toString()
        == QStringLiteral("received"));
    const Run handlingStarts = asHandling(start);
    INFO(handlingStarts.err.toStdString());
    CHECK(handlingStarts.exitCode == 0);
    const QString history = asHandling(show).out;
    CHECK(history.contains(QStringLiteral("Vừ A Dính (xuly)")));
    CHECK(history.contains(QStringLiteral("Lò Thị Mai (tiepnhan)")));

    // The data clerk's and the administrator's tools.
    for (const QStringList &clerkWork : {QStringList{QStringLiteral("conflicts"), QStringLiteral("resolve"),
                                             QStringLiteral("1"), QStringLiteral("--take"), QStringLiteral("server")},
             QStringList{QStringLiteral("import"), QStringLiteral("dossiers"), dir.file(QStringLiteral("none.csv"))},
             QStringList{QStringLiteral("report"), QStringLiteral("statistics")},
             QStringList{QStringLiteral("officer"), QStringLiteral("disable"), QStringLiteral("xuly")}}) {
        const Run refused = asReception(clerkWork);
        INFO(clerkWork.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("Lò Thị Mai")));
    }
    CHECK(asHandling({QStringLiteral("dossier"), QStringLiteral("list")}).exitCode == 0);
    const Run disabled = asAdmin({QStringLiteral("officer"), QStringLiteral("disable"), QStringLiteral("xuly")});
    INFO(disabled.err.toStdString());
    CHECK(disabled.exitCode == 0);
    CHECK(asHandling({QStringLiteral("dossier"), QStringLiteral("list")}).exitCode == 1);
}

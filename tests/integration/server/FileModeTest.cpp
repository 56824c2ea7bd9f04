// What motcua-server creates on disk is readable by its own user only (the database holds the
// province signing key).
#include "ServerHarness.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace motcua;
using namespace motcua::servertest;

namespace {

int enrollInto(const QString &dataDir)
{
    QProcess process;
    process.start(QStringLiteral(MOTCUA_SERVER),
        {QStringLiteral("enroll"), QStringLiteral("--data"), dataDir, QStringLiteral("--commune"),
            QStringLiteral("12345")});
    REQUIRE(process.waitForFinished(60000));
    return process.exitCode();
}

QFile::Permissions othersAndGroup()
{
    return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
        | QFile::ExeOther;
}

} // namespace

TEST_CASE("The data folder and the SQLite files the server creates are its user's alone")
{
    TempDir parent;
    const QString dataDir = parent.file(QStringLiteral("data"));
    REQUIRE(enrollInto(dataDir) == 0);
    const QFileInfo folder(dataDir);
    REQUIRE(folder.isDir());
    CHECK((folder.permissions() & othersAndGroup()) == QFile::Permissions());
    CHECK(folder.permissions().testFlag(QFile::ExeOwner));
    int files = 0;
    for (const QString &name : {QStringLiteral("motcua-server.sqlite"), QStringLiteral("motcua-server.sqlite-wal"),
             QStringLiteral("motcua-server.sqlite-shm")}) {
        const QFileInfo file(parent.file(QStringLiteral("data/") + name));
        if (!file.exists())
            continue;
        ++files;
        INFO(name.toStdString());
        CHECK((file.permissions() & othersAndGroup()) == QFile::Permissions());
        CHECK(file.permissions().testFlag(QFile::ReadOwner));
    }
    CHECK(files >= 1);
}

TEST_CASE("A database file left readable by others is closed to them when the server opens it")
{
    TempDir parent;
    const QString dataDir = parent.file(QStringLiteral("data"));
    REQUIRE(enrollInto(dataDir) == 0);
    const QString file = parent.file(QStringLiteral("data/motcua-server.sqlite"));
    REQUIRE(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    REQUIRE(QFile::setPermissions(
        dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    REQUIRE(enrollInto(dataDir) == 0);
    CHECK((QFileInfo(file).permissions() & othersAndGroup()) == QFile::Permissions());
    CHECK((QFileInfo(dataDir).permissions() & othersAndGroup()) == QFile::Permissions());
}

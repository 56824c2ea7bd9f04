#include "store/Database.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace motcua;

TEST_CASE("A fresh data directory gets the current schema, WAL and a device identity")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Database::kSchemaVersion);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK((*db)->deviceTag().size() == 4);
    CHECK_FALSE((*db)->deviceId().isEmpty());
}

TEST_CASE("A database from a newer MotCua is refused and left unchanged")
{
    TempDir dir;
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        QSqlQuery query((*db)->connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto reopened = Database::open(dir.path());
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().code == QStringLiteral("store.newer_schema"));
    CHECK(reopened.error().message.contains(QStringLiteral("99")));
}

TEST_CASE("The device identity survives reopening")
{
    TempDir dir;
    QString tag;
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        tag = (*db)->deviceTag();
    }
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    CHECK((*db)->deviceTag() == tag);
}

TEST_CASE("A failed write rolls back everything it did")
{
    TempDir dir;
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    auto status = (*db)->write([&]() -> Status {
        if (auto s = (*db)->setMeta(QStringLiteral("probe"), QStringLiteral("1")); !s)
            return s;
        return makeError(QStringLiteral("test.fail"), QStringLiteral("fail on purpose"));
    });
    CHECK_FALSE(status.ok());
    CHECK((*db)->meta(QStringLiteral("probe")).isEmpty());
}

// ServerDatabase::exec on SQLite binds through SQLite's own API (sync/server/SqliteStatements.h).
// What it stores must be what Qt SQL's binding stores, value for value and type for type, since
// every read still goes through Qt SQL; and a failing statement must name its error and leave its
// statement ready for the next use.
#include "protocol/ErrorBody.h"
#include "server/ServerDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::server;

namespace {

const QVariantList &sampleValues()
{
    static const QVariantList values{QString(), QStringLiteral(""), QStringLiteral("Nguyễn Thị Đào ✓"), qint64(1) << 40,
        42, true, 2.5, QByteArray("\x00\x01\xff", 3), QByteArray(), QVariant()};
    return values;
}

// Each column of the row, as "typeof:value".
QStringList storedRow(const QString &file, const QString &table)
{
    QStringList row;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statements-test-read"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery query(db);
        QStringList columns;
        for (int i = 0; i < sampleValues().size(); ++i)
            columns << QStringLiteral("typeof(c%1) || ':' || quote(c%1)").arg(i);
        REQUIRE(query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)));
        REQUIRE(query.next());
        for (int i = 0; i < sampleValues().size(); ++i)
            row << query.value(i).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("statements-test-read"));
    return row;
}

} // namespace

TEST_CASE("SQLite exec stores every value as Qt SQL's binding does", "[server][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("motcua-server.sqlite"));
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < sampleValues().size(); ++i) {
        columns << QStringLiteral("c%1").arg(i);
        marks << QStringLiteral("?");
    }
    const QString shape = QStringLiteral(" (%1)").arg(columns.join(QStringLiteral(", ")));
    {
        auto opened = ServerDatabase::open(DatabaseLocation{dir.path(), {}});
        REQUIRE(opened.ok());
        ServerDatabase &db = **opened;
        REQUIRE(db.execDirect(QStringLiteral("CREATE TABLE native_binding") + shape).ok());
        REQUIRE(db.execDirect(QStringLiteral("CREATE TABLE qt_binding") + shape).ok());
        const Result<qint64> inserted = db.transaction([&] {
            return db.exec(
                QStringLiteral("INSERT INTO native_binding VALUES (%1)").arg(marks.join(QStringLiteral(", "))),
                sampleValues());
        });
        REQUIRE(inserted.ok());
        CHECK(*inserted == 1);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statements-test-qt"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(
            query.prepare(QStringLiteral("INSERT INTO qt_binding VALUES (%1)").arg(marks.join(QStringLiteral(", ")))));
        for (int i = 0; i < sampleValues().size(); ++i)
            query.bindValue(i, sampleValues()[i]);
        REQUIRE(query.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("statements-test-qt"));

    const QStringList native = storedRow(file, QStringLiteral("native_binding"));
    CHECK(native == storedRow(file, QStringLiteral("qt_binding")));
    CHECK(native[0] == QLatin1String("null:NULL")); // a null QString
    CHECK(native[1] == QLatin1String("text:''")); // an empty one
    CHECK(native[2] == QStringLiteral("text:'Nguyễn Thị Đào ✓'"));
    CHECK(native[3] == QLatin1String("integer:1099511627776"));
    CHECK(native[7] == QLatin1String("blob:X'0001FF'"));
}

TEST_CASE("A failing SQLite exec names its error and the statement serves again", "[server][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = ServerDatabase::open(DatabaseLocation{dir.path(), {}});
    REQUIRE(opened.ok());
    ServerDatabase &db = **opened;
    REQUIRE(db.execDirect(QStringLiteral("CREATE TABLE once (id TEXT PRIMARY KEY, n INTEGER NOT NULL)")).ok());
    const QString insert = QStringLiteral("INSERT INTO once (id, n) VALUES (?, ?)");
    REQUIRE(db.transaction([&] { return db.exec(insert, {QStringLiteral("a"), 1}); }).ok());

    const Result<qint64> again = db.transaction([&] { return db.exec(insert, {QStringLiteral("a"), 2}); });
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QLatin1String(protocol::errors::internal));
    CHECK(again.error().message.contains(QLatin1String("UNIQUE constraint failed: once.id")));

    const Result<qint64> missing = db.transaction([&] { return db.exec(insert, {QStringLiteral("b")}); });
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("1 values for the 2 parameters")));

    const Result<qint64> malformed
        = db.transaction([&] { return db.exec(QStringLiteral("INSERT INTO nowhere VALUES (?)"), {1}); });
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().message.contains(QLatin1String("no such table: nowhere")));

    // The statement that failed was reset: it inserts the next row, and nothing of the failures stayed.
    const Result<qint64> next = db.transaction([&] { return db.exec(insert, {QStringLiteral("c"), 3}); });
    REQUIRE(next.ok());
    CHECK(*next == 1);
    const auto rows = db.select(QStringLiteral("SELECT id, n FROM once ORDER BY id"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0] == QVariantList{QStringLiteral("a"), 1});
    CHECK((*rows)[1] == QVariantList{QStringLiteral("c"), 3});
}

TEST_CASE("Batches of every size insert and read back whole, past the prepared statements a connection keeps",
    "[server][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = ServerDatabase::open(DatabaseLocation{dir.path(), {}});
    REQUIRE(opened.ok());
    ServerDatabase &db = **opened;
    REQUIRE(db.execDirect(QStringLiteral("CREATE TABLE sized (batch INTEGER NOT NULL, id TEXT NOT NULL, "
                                         "PRIMARY KEY (batch, id))"))
                .ok());
    // 1 to 400 rows: more distinct statements than a connection keeps prepared (256), and batches
    // wider than one statement (1,024 values).
    constexpr int kBatches = 400;
    for (int batch = 1; batch <= kBatches; ++batch) {
        QVariantList values;
        QStringList ids;
        for (int i = 0; i < batch; ++i) {
            ids << QStringLiteral("%1-%2").arg(batch).arg(i);
            values << batch << ids.last();
        }
        const Result<qint64> inserted = db.transaction([&] {
            return db.insertRows(
                QStringLiteral("INSERT INTO sized (batch, id) VALUES"), QStringLiteral("(?, ?)"), 2, values);
        });
        REQUIRE(inserted.ok());
        REQUIRE(*inserted == batch);
        // Every row comes back once through an IN list of the batch's ids (padded by repeats).
        QStringList found;
        REQUIRE(db.forEachRowIn(QStringLiteral("SELECT id FROM sized WHERE batch = ? AND id IN (%1)"), {batch}, ids,
                      [&](const QSqlQuery &row) {
                          found << row.value(0).toString();
                          return true;
                      })
                    .ok());
        found.sort();
        ids.sort();
        REQUIRE(found == ids);
    }
    const auto total = db.selectRow(QStringLiteral("SELECT COUNT(*) FROM sized"));
    REQUIRE(total.ok());
    CHECK((**total)[0].toInt() == kBatches * (kBatches + 1) / 2);
}

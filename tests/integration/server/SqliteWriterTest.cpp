// The SQLite server's group commit (sync/server/SqliteWriter.h), through ServerDatabase as the
// stores use it: many threads' transactions share commits, and one that fails takes nothing of the
// others with it, nor leaves anything of its own.
#include "server/ServerDatabase.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

using namespace motcua;
using namespace motcua::server;

TEST_CASE(
    "Transactions of many threads commit together; a failed one leaves nothing and spoils no other", "[server][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = ServerDatabase::open(DatabaseLocation{dir.path(), {}});
    REQUIRE(opened.ok());
    ServerDatabase &db = **opened;
    REQUIRE(db.execDirect(QStringLiteral("CREATE TABLE writer_test (id INTEGER PRIMARY KEY, thread INTEGER)")).ok());

    constexpr int kThreads = 16;
    constexpr int kEach = 25;
    std::atomic<int> committed{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                const int id = t * 1000 + i;
                const bool fails = i % 5 == 4;
                const Status status = db.transaction([&]() -> Status {
                    if (auto inserted
                        = db.exec(QStringLiteral("INSERT INTO writer_test (id, thread) VALUES (?, ?)"), {id, t});
                        !inserted)
                        return inserted.error();
                    // A transaction opened inside one runs in it, on the same connection.
                    if (Status nested = db.transaction([&]() -> Status {
                            return db.exec(QStringLiteral("UPDATE writer_test SET thread = thread WHERE id = ?"), {id})
                                       .ok()
                                ? Status{}
                                : Status{makeError(QStringLiteral("test.nested"), QStringLiteral("nested"))};
                        });
                        !nested)
                        return nested;
                    if (fails)
                        return makeError(QStringLiteral("test.refused"), QStringLiteral("refused on purpose"));
                    return {};
                });
                if (status)
                    ++committed;
                else if (status.error().code == QLatin1String("test.refused"))
                    ++refused;
            }
            db.closeThreadConnection();
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    CHECK(committed == kThreads * kEach * 4 / 5);
    CHECK(refused == kThreads * kEach / 5);
    auto rows = db.select(QStringLiteral("SELECT id FROM writer_test ORDER BY id"));
    REQUIRE(rows.ok());
    CHECK(rows->size() == committed);
    for (const QVariantList &row : *rows)
        CHECK(row[0].toInt() % 1000 % 5 != 4); // no row of a refused transaction
}

#pragma once

#include "domain/Result.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace motcua::server {

// The SQLite server's writes, all on one thread with one connection, committed in groups.
//
// SQLite has one writer at a time. When every request thread wrote through its own connection, each
// commit by one connection emptied the page cache of all the others (WAL: a connection that sees a
// newer snapshot drops its cache), so every push began by reading its pages from the file again;
// and every push paid its own fsync. Here a request thread hands its transaction's body to the
// writer and waits. The writer takes every body queued so far, runs each in its own savepoint
// inside one BEGIN IMMEDIATE … COMMIT, and then wakes their threads: one fsync for the group,
// a cache that stays warm. A body that fails is rolled back to its savepoint alone; a commit that
// fails fails the whole group. Nothing is acknowledged before its COMMIT returned (synchronous=FULL
// keeps that commit on disk).
//
// Reads stay on the request threads' own connections (WAL readers run beside the writer). The
// WAL's checkpoints, which copy its pages back into the database file, run on a thread of their
// own too (PASSIVE: never in a writer's way), instead of inside the commit that crossed SQLite's
// threshold, where they took a tenth of the writer's time.
class SqliteWriter final
{
public:
    using Body = std::function<Status()>;
    // Runs one control statement (BEGIN IMMEDIATE, SAVEPOINT, COMMIT…) on the calling thread's
    // connection: the writer's, since it is called there.
    using Control = std::function<Status(const QString &sql)>;
    // Called on each of its threads (the writer, the checkpointer) as it ends, to close its connection.
    using ThreadEnd = std::function<void()>;

    SqliteWriter(Control control, ThreadEnd threadEnd);
    ~SqliteWriter();
    SqliteWriter(const SqliteWriter &) = delete;
    SqliteWriter &operator=(const SqliteWriter &) = delete;

    // Runs body in a transaction on the writer thread and returns its outcome once committed (or
    // rolled back). Called on the writer thread itself (a body that opens a transaction), body
    // runs at once, inside the transaction already open.
    Status run(const Body &body);

private:
    struct Job
    {
        const Body *body = nullptr;
        Status outcome;
        bool done = false;
    };

    void loop();
    void checkpointLoop();
    void runGroup(std::deque<Job *> &group);
    void rollBack();

    Control m_control;
    ThreadEnd m_threadEnd;
    std::mutex m_mutex;
    std::condition_variable m_queued;
    std::condition_variable m_finished;
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    std::condition_variable m_stopped;
    std::thread m_thread;
    std::thread m_checkpointer;
};

} // namespace motcua::server

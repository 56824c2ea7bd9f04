#include "SqliteWriter.h"

#include <QtGlobal>

#include <chrono>

#include <pthread.h>

namespace motcua::server {

namespace {

// A group's size: enough to share one fsync among every device pushing at once, small enough that
// the write lock is not held for long while another process (an admin command) waits for it.
constexpr std::size_t kMaxGroup = 64;
// How often the checkpointer copies the WAL back: the WAL stays a few MB under a full load.
constexpr std::chrono::milliseconds kCheckpointEvery(250);

} // namespace

SqliteWriter::SqliteWriter(Control control, ThreadEnd threadEnd)
    : m_control(std::move(control))
    , m_threadEnd(std::move(threadEnd))
    , m_thread([this] { loop(); })
    , m_checkpointer([this] { checkpointLoop(); })
{
}

SqliteWriter::~SqliteWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_queued.notify_all();
    m_stopped.notify_all();
    m_thread.join();
    m_checkpointer.join();
}

Status SqliteWriter::run(const Body &body)
{
    if (std::this_thread::get_id() == m_thread.get_id())
        return body();
    Job job;
    job.body = &body;
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&job);
    m_queued.notify_one();
    m_finished.wait(lock, [&] { return job.done; });
    return job.outcome;
}

void SqliteWriter::loop()
{
    pthread_setname_np(pthread_self(), "motcua-writer");
    // The checkpointer's job, not the commit's.
    if (Status manual = m_control(QStringLiteral("PRAGMA wal_autocheckpoint = 0")); !manual)
        qWarning("motcua-server: cannot turn off automatic checkpoints: %s", qUtf8Printable(manual.error().message));
    // The one connection whose cache stays warm (no other connection writes): the pages of a
    // group's indexes and of the commune logs it appends to.
    if (Status cached = m_control(QStringLiteral("PRAGMA cache_size = -32000")); !cached)
        qWarning("motcua-server: cannot size the writer's cache: %s", qUtf8Printable(cached.error().message));
    for (;;) {
        std::deque<Job *> group;
        {
            std::unique_lock lock(m_mutex);
            m_queued.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and every job has been answered
            while (!m_queue.empty() && group.size() < kMaxGroup) {
                group.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        runGroup(group);
        {
            const std::lock_guard lock(m_mutex);
            for (Job *job : group)
                job->done = true;
        }
        m_finished.notify_all();
    }
    if (m_threadEnd)
        m_threadEnd();
}

void SqliteWriter::checkpointLoop()
{
    pthread_setname_np(pthread_self(), "motcua-checkpt");
    std::unique_lock lock(m_mutex);
    while (!m_stopped.wait_for(lock, kCheckpointEvery, [&] { return m_stopping; })) {
        lock.unlock();
        if (Status copied = m_control(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !copied)
            qWarning("motcua-server: checkpoint failed: %s", qUtf8Printable(copied.error().message));
        lock.lock();
    }
    lock.unlock();
    if (m_threadEnd)
        m_threadEnd();
}

void SqliteWriter::runGroup(std::deque<Job *> &group)
{
    const auto failAll = [&](const Status &failure) {
        for (Job *job : group)
            job->outcome = failure;
    };
    // Take the write lock at once: a deferred transaction that read first could not upgrade after
    // another process committed (SQLITE_BUSY_SNAPSHOT, which no timeout cures).
    if (Status begun = m_control(QStringLiteral("BEGIN IMMEDIATE")); !begun) {
        failAll(begun);
        return;
    }
    bool anySucceeded = false;
    for (Job *job : group) {
        Status outcome = m_control(QStringLiteral("SAVEPOINT job"));
        if (outcome)
            outcome = (*job->body)();
        if (outcome) {
            outcome = m_control(QStringLiteral("RELEASE job"));
        } else {
            // The job's own writes go; those of the jobs before it stay.
            Status undone = m_control(QStringLiteral("ROLLBACK TO job"));
            if (undone)
                undone = m_control(QStringLiteral("RELEASE job"));
            if (!undone) {
                // The transaction is in no known state: none of the group is kept.
                rollBack();
                failAll(undone);
                return;
            }
        }
        job->outcome = outcome;
        anySucceeded = anySucceeded || outcome.ok();
    }
    if (!anySucceeded) {
        rollBack();
        return;
    }
    if (Status committed = m_control(QStringLiteral("COMMIT")); !committed) {
        rollBack();
        failAll(committed);
    }
}

void SqliteWriter::rollBack()
{
    // A ROLLBACK that fails leaves nothing to undo: SQLite has ended the transaction already.
    if (Status undone = m_control(QStringLiteral("ROLLBACK")); !undone)
        qWarning("motcua-server: ROLLBACK failed: %s", qUtf8Printable(undone.error().message));
}

} // namespace motcua::server

#pragma once

#include "ConnectivityProbe.h"
#include "SyncTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace motcua {
class Database;
}

namespace motcua::sync {

class Backoff;
class BatchSizer;
class ChunkSizer;
class HttpClient;

// The client side of motcua-sync/2: pushes the outbox and pulls the commune's changes, for the
// desktop (on its own thread, see SyncThread) and for motcua-cli (on the calling thread).
//
// How to drive it:
//   SyncOptions options; options.dataDir = dir;          // the device must be enrolled (enrollDevice)
//   SyncEngine engine(options);
//   SyncReport report = engine.runCycle();               // one full cycle, blocking; report.completed
//   ProbeResult link = engine.probe();                    // a ping now: online / offline / captive portal
//   engine.runWatch();                                    // cycles until requestStop(), blocking
//   engine.requestStop();                                 // from any thread (or a signal's notifier)
//
// One cycle: ping with a fresh nonce (a captive portal or proxy error stops here, nothing is
// touched) → push the outbox in pages of the adaptive batch size, records only (their scans join
// the upload queue) → upload the queued scans, a few at once, by resumable chunks of the adaptive
// size → pull pages after the stored cursor, each applied with its cursor in one local
// transaction. A connection dropped after the good ping is retried at once, smaller; the cycle stops only
// when several attempts in a row moved nothing. The chunk and batch sizes it learned are kept in
// the store for the next run, and every scan's acknowledged offset with it. Every request has an inactivity timeout.
// Memory is bounded by one batch (≤ 500 ops, ≤ 4 MiB), one chunk and one pull page (≤ 16 MiB), whatever the backlog.
// The outcome (last success, last error in plain words) is stored in sync_state.
//
// Watch mode: after a completed cycle it waits idleIntervalMs (or until syncNow()); after a
// failed cycle that still moved something, the next starts at once; after one that moved
// nothing, a capped exponential backoff with jitter (at least the server's Retry-After). While
// waiting, the link coming back (QNetworkInformation when the OS reports reachability, else a
// cheap ping every linkProbeIntervalMs) starts the next cycle at once. A revoked or unknown
// device stops the watch: it needs a new enrollment.
//
// The engine opens its own Database connection on the directory (on the thread that runs it) and
// its own network access; signals carry copies, so they can be connected across threads.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncReport runCycle();
    ProbeResult probe();
    void runWatch();

    // Thread-safe.
    void requestStop();
    void syncNow();
    bool stopRequested() const { return m_stop; }

    const SyncOptions &options() const { return m_options; }
    int batchOps() const;

signals:
    void phaseChanged(motcua::sync::SyncPhase phase);
    void progressChanged(const motcua::sync::SyncProgress &progress);
    void cycleFinished(const motcua::sync::SyncReport &report);
    // Watch mode: the next cycle starts in ms (after a failure: the backoff), or at a wake-up.
    void waiting(int ms);
    void stopped();
    void wakeRequested(); // internal: ends a wait early

private:
    Status ensureReady();
    void release();
    void restoreLinkKnowledge();
    void saveLinkKnowledge();
    void setPhase(SyncPhase phase);
    void emitProgress();
    // Waits ms, or less when the link comes back, syncNow() or requestStop(). False when stopping.
    bool wait(int ms, bool watchLink);

    SyncOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BatchSizer> m_batch;
    std::unique_ptr<ChunkSizer> m_chunks;
    std::unique_ptr<Backoff> m_backoff;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_wakePending{false}; // syncNow() asked for a cycle; wait() consumes it
    std::atomic<HttpClient *> m_httpForStop{nullptr};
    SyncProgress m_progress;
    QElapsedTimer m_progressClock;
    SyncReport *m_running = nullptr; // the cycle in progress, for progress snapshots
    bool m_enrolled = false;
};

// A SyncEngine in watch mode on its own QThread, as the desktop runs it. Connect to engine()'s
// signals (they arrive queued on the receiver's thread), then start(); stop() ends the watch and
// joins the thread for up to waitMs; the destructor joins it whatever it takes.
class SyncThread final : public QObject
{
    Q_OBJECT

public:
    explicit SyncThread(SyncOptions options, QObject *parent = nullptr);
    ~SyncThread() override;

    SyncEngine *engine() const { return m_engine; }
    void start();
    void stop(unsigned long waitMs = 60000);
    void syncNow();
    bool isRunning() const { return m_thread.isRunning(); }

private:
    QThread m_thread;
    SyncEngine *m_engine; // lives on m_thread; deleted by the destructor once the thread has ended
};

} // namespace motcua::sync

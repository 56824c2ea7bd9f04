#pragma once

#include "client/SyncTypes.h"
#include "store/SyncAttention.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace motcua::sync {
class SyncThread;
}

namespace motcua::desktop {

class DeskContext;

// What the status bar and the sync panel show, in one snapshot.
struct SyncSnapshot
{
    bool enrolled = false;
    bool revoked = false;
    bool running = false; // the sync thread runs
    QString serverUrl;
    QString communeName;
    bool linkKnown = false; // a ping answered (or failed) since start
    sync::Connectivity connectivity = sync::Connectivity::Offline;
    sync::SyncPhase phase = sync::SyncPhase::Idle;
    qint64 pendingOps = 0;
    qint64 pendingBlobBytes = 0;
    QDateTime lastSuccessAt;
    QString lastError; // plain words
    QDateTime lastErrorAt;
    int progressPercent = -1; // -1: nothing in progress
    int nextAttemptInMs = -1;
    // Dossiers whose changes the server refused (with every later change of them): not synced,
    // whatever the outbox says. Never shown as "synced" while not empty.
    QList<DossierAttention> attention;
    qint64 openConflicts = 0; // changed here and on the server: the data clerk decides

    qint64 attentionOps() const;
    bool fullySynced() const
    {
        return enrolled && pendingOps == 0 && attention.isEmpty() && openConflicts == 0 && lastError.isEmpty();
    }
};

// Runs the sync engine on its own thread (sync::SyncThread in watch mode) for an enrolled desk,
// and turns its signals and the store's sync state into SyncSnapshot for the widgets. The GUI
// thread only reads the store here; the engine writes on its own connection.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(DeskContext &context, QObject *parent = nullptr);
    ~SyncController() override;

    // Starts the background sync when the desk is enrolled and not revoked.
    void start();
    void stop();
    // "Đồng bộ ngay": a cycle now (starting the thread if needed). False when not enrolled.
    bool syncNow();
    // New work was saved: while the link is up, the running sync sends it now rather than at the
    // next idle interval (offline, the backoff's own probes bring it when the link returns).
    void workQueued();
    // Reads pending ops and the last outcome from the store again.
    void refresh();

    const SyncSnapshot &snapshot() const { return m_snapshot; }

signals:
    void changed();
    // A cycle brought dossiers or their changes from the province (another desk's work): what
    // the window lists is out of date.
    void recordsPulled();

private:
    void onProgress(const sync::SyncProgress &progress);
    void onCycle(const sync::SyncReport &report);
    void readAttention();

    DeskContext &m_context;
    std::unique_ptr<sync::SyncThread> m_thread;
    SyncSnapshot m_snapshot;
};

} // namespace motcua::desktop

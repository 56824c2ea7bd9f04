#include "SyncController.h"

#include "app/DeskContext.h"

#include "client/Enroller.h"
#include "client/SyncEngine.h"
#include "store/CommuneProfile.h"
#include "store/Conflicts.h"
#include "store/Outbox.h"
#include "store/SyncState.h"

#include <QTimer>

namespace motcua::desktop {

qint64 SyncSnapshot::attentionOps() const
{
    qint64 ops = 0;
    for (const DossierAttention &dossier : attention)
        ops += dossier.totalOps();
    return ops;
}

SyncController::SyncController(DeskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<sync::SyncPhase>();
    qRegisterMetaType<sync::SyncProgress>();
    qRegisterMetaType<sync::SyncReport>();
    // New dossiers add pending ops between cycles: the count in the status bar follows.
    auto *timer = new QTimer(this);
    timer->setInterval(10000);
    connect(timer, &QTimer::timeout, this, &SyncController::refresh);
    timer->start();
    refresh();
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::workQueued()
{
    refresh();
    if (m_thread && m_thread->isRunning() && m_snapshot.connectivity == sync::Connectivity::Online)
        m_thread->syncNow();
}

void SyncController::refresh()
{
    SyncState state(m_context.database());
    if (auto enrollment = state.enrollment()) {
        m_snapshot.enrolled = enrollment->isEnrolled();
        m_snapshot.serverUrl = enrollment->serverUrl;
        m_snapshot.communeName = enrollment->communeName.isEmpty() ? enrollment->communeCode
                                                                   : CommuneProfile::bareName(enrollment->communeName);
    }
    if (auto health = state.health()) {
        m_snapshot.revoked = health->revoked;
        m_snapshot.lastSuccessAt = health->lastSuccessAt;
        m_snapshot.lastError = health->lastErrorCode.isEmpty()
            ? QString()
            : sync::plainWords(Error{health->lastErrorCode, health->lastErrorMessage});
        m_snapshot.lastErrorAt = health->lastErrorAt;
    }
    if (auto pending = Outbox(m_context.database()).count())
        m_snapshot.pendingOps = pending.value();
    if (auto bytes = state.pendingBlobBytes())
        m_snapshot.pendingBlobBytes = bytes.value();
    readAttention();
    m_snapshot.running = m_thread && m_thread->isRunning();
    emit changed();
}

void SyncController::readAttention()
{
    if (auto attention = SyncAttention(m_context.database()).list())
        m_snapshot.attention = attention.value();
    if (auto conflicts = Conflicts(m_context.database()).openCount())
        m_snapshot.openConflicts = conflicts.value();
}

void SyncController::start()
{
    refresh();
    // A watch that ended by itself (revoked, enrollment refused) is replaced: after a new
    // enrollment the sync must start again without the officer pressing F5.
    if (m_thread && !m_thread->isRunning())
        m_thread.reset();
    if (m_thread || !m_snapshot.enrolled || m_snapshot.revoked)
        return;
    sync::SyncOptions options;
    options.dataDir = m_context.dataDir();
    m_thread = std::make_unique<sync::SyncThread>(options);
    sync::SyncEngine *engine = m_thread->engine();
    connect(engine, &sync::SyncEngine::progressChanged, this, &SyncController::onProgress);
    connect(engine, &sync::SyncEngine::cycleFinished, this, &SyncController::onCycle);
    connect(engine, &sync::SyncEngine::phaseChanged, this, [this](sync::SyncPhase phase) {
        m_snapshot.phase = phase;
        emit changed();
    });
    connect(engine, &sync::SyncEngine::waiting, this, [this](int ms) {
        m_snapshot.nextAttemptInMs = ms;
        m_snapshot.progressPercent = -1;
        emit changed();
    });
    connect(engine, &sync::SyncEngine::stopped, this, [this] {
        // A revoked or unknown device stops the watch by itself: the panel says why.
        m_snapshot.phase = sync::SyncPhase::Stopped;
        refresh();
    });
    m_thread->start();
    m_snapshot.running = true;
    emit changed();
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    m_thread->stop();
    m_thread.reset();
    m_snapshot.running = false;
}

bool SyncController::syncNow()
{
    refresh();
    if (!m_snapshot.enrolled)
        return false;
    if (m_thread && !m_thread->isRunning())
        m_thread.reset();
    if (!m_thread) {
        start(); // a new watch begins with a cycle
        return m_thread != nullptr;
    }
    m_thread->syncNow(); // remembered by the engine if a cycle is running now
    return true;
}

void SyncController::onProgress(const sync::SyncProgress &progress)
{
    m_snapshot.linkKnown = progress.phase != sync::SyncPhase::Probing || m_snapshot.linkKnown;
    m_snapshot.connectivity = progress.connectivity;
    m_snapshot.phase = progress.phase;
    m_snapshot.pendingOps = progress.pendingOps;
    m_snapshot.pendingBlobBytes = progress.pendingBlobBytes;
    if (progress.lastSuccessAt.isValid())
        m_snapshot.lastSuccessAt = progress.lastSuccessAt;
    m_snapshot.lastError = progress.lastError;
    m_snapshot.nextAttemptInMs = progress.nextAttemptInMs;
    const qint64 total = progress.opsDoneThisCycle + progress.pendingOps;
    const bool busy = progress.phase == sync::SyncPhase::Pushing || progress.phase == sync::SyncPhase::UploadingBlobs
        || progress.phase == sync::SyncPhase::Pulling;
    m_snapshot.progressPercent = busy && total > 0 ? int(progress.opsDoneThisCycle * 100 / total) : busy ? 0 : -1;
    emit changed();
}

void SyncController::onCycle(const sync::SyncReport &report)
{
    m_snapshot.linkKnown = true;
    m_snapshot.connectivity = report.connectivity;
    m_snapshot.pendingOps = report.pendingOps;
    m_snapshot.pendingBlobBytes = report.pendingBlobBytes;
    m_snapshot.progressPercent = -1;
    if (report.completed) {
        m_snapshot.lastSuccessAt = report.finishedAt;
        m_snapshot.lastError.clear();
    } else {
        m_snapshot.lastError = sync::plainWords(report.error);
        m_snapshot.lastErrorAt = report.finishedAt;
    }
    // The cycle may have set ops aside (refused by the server or before sending).
    readAttention();
    emit changed();
    if (report.pulled > 0)
        emit recordsPulled();
}

} // namespace motcua::desktop

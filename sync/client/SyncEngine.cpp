#include "SyncEngine.h"

#include "Backoff.h"
#include "Enroller.h"
#include "HttpClient.h"
#include "SyncSteps.h"
#include "domain/VietnamTime.h"
#include "protocol/ErrorBody.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcEngine, "motcua.sync")

namespace motcua::sync {

namespace {

// Errors after which retrying cannot help until someone enrolls the device again.
bool needsEnrollment(const QString &code)
{
    return code == QLatin1String(protocol::errors::authRevoked) || code == QLatin1String(protocol::errors::authInvalid)
        || code == QLatin1String(protocol::errors::authMissing) || code == QLatin1String("sync.not_enrolled")
        || code == QLatin1String("sync.invalid_ca") || code == QLatin1String("sync.invalid_url");
}

// Progress snapshots query the store; a UI needs a few per second at most.
constexpr qint64 kProgressIntervalMs = 500;

// What the engine learned about the link, in the meta table: the next run (a new `motcua-cli
// sync`, the desk after a restart) starts from it instead of relearning it from the largest sizes.
const QString kChunkBytesKey = QStringLiteral("sync_link_chunk_bytes");
const QString kBatchOpsKey = QStringLiteral("sync_link_batch_ops");

// Anything acknowledged: the attempt was worth it, whatever stopped it.
bool movedSomething(const SyncReport &report)
{
    return report.pushed + report.duplicates + report.conflicts + report.rejected + report.pulled > 0
        || report.blobBytesSent > 0;
}

} // namespace

SyncEngine::SyncEngine(SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_batch(std::make_unique<BatchSizer>(m_options.initialBatchOps, m_options.minBatchOps, m_options.maxBatchOps))
    , m_chunks(std::make_unique<ChunkSizer>())
    , m_backoff(std::make_unique<Backoff>(m_options.minBackoffMs, m_options.maxBackoffMs))
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncPhase>();
}

SyncEngine::~SyncEngine()
{
    release();
}

int SyncEngine::batchOps() const
{
    return m_batch->current();
}

void SyncEngine::release()
{
    m_httpForStop = nullptr;
    m_http.reset();
    m_database.reset();
}

Status SyncEngine::ensureReady()
{
    if (!m_database) {
        auto opened = Database::open(m_options.dataDir);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
        restoreLinkKnowledge();
    }
    SyncState state(*m_database);
    auto enrollment = state.enrollment();
    if (!enrollment)
        return enrollment.error();
    if (!enrollment->isEnrolled()) {
        return makeError(QStringLiteral("sync.not_enrolled"),
            tr("This device is not enrolled with the province server: run the enrollment with a code from the "
               "administrator."));
    }
    auto health = state.health();
    if (!health)
        return health.error();
    if (health->revoked)
        return makeError(QString::fromLatin1(protocol::errors::authRevoked), QString());
    if (!m_http || m_http->serverUrl() != QUrl(enrollment->serverUrl)) {
        m_httpForStop = nullptr;
        m_http = std::make_unique<HttpClient>(QUrl(enrollment->serverUrl));
        if (!enrollment->caPem.isEmpty()) {
            if (auto pinned = m_http->pinCaCertificates(enrollment->caPem); !pinned)
                return pinned.error();
        }
        m_httpForStop = m_http.get();
        if (m_stop)
            m_http->cancel();
    }
    m_http->setCredential(enrollment->deviceId, enrollment->token);
    m_http->setInactivityTimeoutMs(m_options.inactivityTimeoutMs);
    return {};
}

void SyncEngine::restoreLinkKnowledge()
{
    bool ok = false;
    const qint64 chunkBytes = m_database->meta(kChunkBytesKey).toLongLong(&ok);
    if (ok)
        m_chunks->restore(chunkBytes);
    const int batchOps = m_database->meta(kBatchOpsKey).toInt(&ok);
    if (ok && m_options.restoreBatchOps)
        m_batch->restore(batchOps);
}

void SyncEngine::saveLinkKnowledge()
{
    if (!m_database)
        return;
    const QString chunkBytes = QString::number(m_chunks->current());
    const QString batchOps = QString::number(m_batch->current());
    if (m_database->meta(kChunkBytesKey) != chunkBytes)
        m_database->setMeta(kChunkBytesKey, chunkBytes).ok();
    if (m_database->meta(kBatchOpsKey) != batchOps)
        m_database->setMeta(kBatchOpsKey, batchOps).ok();
}

void SyncEngine::setPhase(SyncPhase phase)
{
    if (m_progress.phase == phase)
        return;
    m_progress.phase = phase;
    emit phaseChanged(phase);
}

void SyncEngine::emitProgress()
{
    const bool cycleEnded = m_running == nullptr;
    if (!cycleEnded && m_progressClock.isValid() && m_progressClock.elapsed() < kProgressIntervalMs)
        return;
    m_progressClock.start();
    if (m_database) {
        if (auto count = Outbox(*m_database).count(); count)
            m_progress.pendingOps = *count;
        if (auto bytes = SyncState(*m_database).pendingBlobBytes(); bytes)
            m_progress.pendingBlobBytes = *bytes;
    }
    if (m_running) {
        m_progress.opsDoneThisCycle
            = m_running->pushed + m_running->duplicates + m_running->rejected + m_running->conflicts;
        m_progress.blobBytesSentThisCycle = m_running->blobBytesSent;
        m_progress.changesPulledThisCycle = m_running->pulled;
    }
    m_progress.batchOps = m_batch->current();
    emit progressChanged(m_progress);
}

ProbeResult SyncEngine::probe()
{
    ProbeResult result;
    if (auto ready = ensureReady(); !ready) {
        result.detail = plainWords(ready.error());
        return result;
    }
    result = probeConnectivity(*m_http, m_options.probeTimeoutMs);
    m_progress.connectivity = result.connectivity;
    return result;
}

SyncReport SyncEngine::runCycle()
{
    SyncReport report;
    report.startedAt = VietnamTime::now();
    m_running = &report;
    m_progress.opsDoneThisCycle = m_progress.blobBytesSentThisCycle = m_progress.changesPulledThisCycle = 0;
    m_progress.nextAttemptInMs = -1;
    Status status = ensureReady();
    const int requestsBefore = m_http ? m_http->requestCount() : 0;
    if (status) {
        SyncState(*m_database).recordAttempt(report.startedAt).ok();
        setPhase(SyncPhase::Probing);
        const ProbeResult link = probeConnectivity(*m_http, m_options.probeTimeoutMs);
        report.connectivity = m_progress.connectivity = link.connectivity;
        if (link.connectivity == Connectivity::CaptivePortal) {
            status = makeError(QStringLiteral("sync.captive_portal"), link.detail);
        } else if (link.connectivity == Connectivity::Offline) {
            status = makeError(
                m_http->isCancelled() ? QStringLiteral("sync.cancelled") : QStringLiteral("network.offline"),
                link.detail);
        }
    }
    if (status) {
        CycleContext context{*m_database, *m_http, m_options, *m_batch, report, m_options.compressRequests,
            [this](SyncPhase phase) { setPhase(phase); }, [this] { emitProgress(); }, m_chunks.get()};
        context.freshConnections = m_chunks->current() < ChunkSizer::kMaximum;
        emitProgress();
        // Records first, whatever the scans; the scans follow in their own queue (DESIGN.md
        // "Records before scans"), then the pull.
        status = pushAll(context);
        saveLinkKnowledge();
        if (status)
            status = uploadScans(context);
        saveLinkKnowledge();
        if (status)
            status = pullAll(context);
    }

    report.finishedAt = VietnamTime::now();
    report.completed = status.ok();
    if (m_http)
        report.requests = m_http->requestCount() - requestsBefore;
    if (!status) {
        report.error = status.error();
        report.error.message = plainWords(report.error);
        qCInfo(lcEngine) << "sync cycle stopped:" << report.error.code << report.error.message;
    }
    if (m_database) {
        SyncState state(*m_database);
        if (report.completed) {
            state.recordSuccess(report.finishedAt).ok();
            m_progress.lastSuccessAt = report.finishedAt;
            m_progress.lastError.clear();
        } else if (report.error.code != QLatin1String("sync.cancelled")
            && report.error.code != QLatin1String("sync.not_enrolled")) {
            state.recordError(report.error, report.finishedAt).ok();
            if (report.error.code == QLatin1String(protocol::errors::authRevoked))
                state.setRevoked(true).ok();
        }
        if (auto count = Outbox(*m_database).count(); count)
            report.pendingOps = *count;
        if (auto bytes = state.pendingBlobBytes(); bytes)
            report.pendingBlobBytes = *bytes;
        if (auto health = state.health(); health)
            m_progress.lastSuccessAt = health->lastSuccessAt;
    }
    if (!report.completed)
        m_progress.lastError = report.error.message;
    m_running = nullptr;
    setPhase(SyncPhase::Idle);
    emitProgress();
    emit cycleFinished(report);
    return report;
}

bool SyncEngine::wait(int ms, bool watchLink)
{
    if (m_stop)
        return false;
    // A "sync now" that came while the last cycle ran (when nobody listened for the wake-up)
    // starts the next cycle at once.
    if (m_wakePending.exchange(false))
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &SyncEngine::wakeRequested, &loop, &QEventLoop::quit);
    QTimer linkProbe;
    linkProbe.setSingleShot(true);
    QNetworkInformation *network = m_options.useNetworkInformation ? QNetworkInformation::instance() : nullptr;
    if (watchLink) {
        if (network && network->reachability() != QNetworkInformation::Reachability::Unknown) {
            // The OS's word is a hint that makes us probe now, never proof (the cycle pings first).
            connect(network, &QNetworkInformation::reachabilityChanged, &loop,
                [&](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        loop.quit();
                });
        } else if (ms > m_options.linkProbeIntervalMs) {
            connect(&linkProbe, &QTimer::timeout, &loop, [&] {
                if (probe().connectivity == Connectivity::Online)
                    loop.quit();
                else if (!m_stop)
                    linkProbe.start(m_options.linkProbeIntervalMs);
            });
            linkProbe.start(m_options.linkProbeIntervalMs);
        }
    }
    deadline.start(ms);
    if (!m_stop && !m_wakePending.load())
        loop.exec();
    m_wakePending = false; // whatever ended the wait, the cycle that follows serves the request
    return !m_stop;
}

void SyncEngine::runWatch()
{
    if (m_options.useNetworkInformation && !QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    while (!m_stop) {
        const SyncReport report = runCycle();
        if (m_stop)
            break;
        if (needsEnrollment(report.error.code)) {
            qCWarning(lcEngine) << "sync stops:" << report.error.message;
            break;
        }
        int delay = m_options.idleIntervalMs;
        if (report.completed) {
            m_backoff->reset();
        } else if (movedSomething(report) && report.retryAfterSeconds < 0) {
            // Progress resets the backoff: a bad link that still moves work is used at once.
            m_backoff->reset();
            delay = 0;
        } else {
            delay = m_backoff->nextDelayMs(report.retryAfterSeconds);
        }
        m_progress.nextAttemptInMs = delay;
        setPhase(SyncPhase::Waiting);
        emit waiting(delay);
        emitProgress();
        if (!wait(delay, !report.completed))
            break;
    }
    setPhase(SyncPhase::Stopped);
    emitProgress();
    release();
    emit stopped();
}

void SyncEngine::requestStop()
{
    m_stop = true;
    if (HttpClient *http = m_httpForStop.load())
        http->cancel();
    emit wakeRequested();
}

void SyncEngine::syncNow()
{
    m_wakePending = true;
    emit wakeRequested();
}

SyncThread::SyncThread(SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("motcua-sync"));
    m_engine->moveToThread(&m_thread);
    // Queued: runWatch runs inside the thread's event loop, which then ends with it.
    connect(
        &m_thread, &QThread::started, m_engine,
        [engine = m_engine] {
            engine->runWatch();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

SyncThread::~SyncThread()
{
    // The engine may only be deleted once its thread has ended: a stopped engine ends its cycle at
    // the next step, and a request in flight is aborted (at worst its inactivity timeout), so the
    // join is waited for as long as it takes.
    if (m_thread.isRunning()) {
        m_engine->requestStop();
        m_thread.wait();
    }
    delete m_engine;
}

void SyncThread::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
}

void SyncThread::stop(unsigned long waitMs)
{
    if (!m_thread.isRunning())
        return;
    m_engine->requestStop();
    m_thread.wait(waitMs);
}

void SyncThread::syncNow()
{
    m_engine->syncNow();
}

} // namespace motcua::sync

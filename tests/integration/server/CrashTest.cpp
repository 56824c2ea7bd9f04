// A server killed (SIGKILL) while devices push, restarted on the same database: the devices resend
// what was not acknowledged, and every op ends up applied exactly once.
#include "ServerHarness.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <map>

using namespace motcua;
using namespace motcua::servertest;

namespace {

constexpr int devicesCount = 4;
constexpr int recordsPerDevice = 30;
constexpr int changesPerRecord = 3; // a creation and two updates
constexpr int opsPerBatch = 10;

// One device's outbox as a client would send it: batches in order, one in flight at a time.
struct Pipeline
{
    protocol::EnrollResponse device;
    QList<QByteArray> batches;
    int acknowledged = 0;
    QNetworkReply *inFlight = nullptr;
    bool stopped = false;
};

// Pushes every pipeline's batches from its first unacknowledged one until all are acknowledged,
// a request fails (the server is gone) or stopNow says so. Counts the outcomes of the answers;
// returns how many requests failed.
int drive(const QString &base, QList<Pipeline> &pipelines, std::map<protocol::PushOutcome, int> &outcomes,
    const std::function<bool()> &stopNow)
{
    QNetworkAccessManager network;
    const auto sendNext = [&](Pipeline &pipeline) {
        if (pipeline.stopped || pipeline.acknowledged == pipeline.batches.size())
            return;
        QNetworkRequest request(QUrl(base + QStringLiteral("/v2/push")));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Authorization", bearer(pipeline.device));
        pipeline.inFlight = network.post(request, pipeline.batches[pipeline.acknowledged]);
    };
    for (Pipeline &pipeline : pipelines) {
        pipeline.stopped = false;
        sendNext(pipeline);
    }
    QEventLoop loop;
    QTimer poll;
    bool stopping = false;
    int failed = 0;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        bool busy = false;
        for (Pipeline &pipeline : pipelines) {
            if (pipeline.inFlight && pipeline.inFlight->isFinished()) {
                QNetworkReply *reply = pipeline.inFlight;
                pipeline.inFlight = nullptr;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200) {
                    const Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(reply->readAll());
                    REQUIRE(response.ok());
                    for (const protocol::PushResult &result : response->results)
                        ++outcomes[result.result];
                    ++pipeline.acknowledged;
                    if (!stopping)
                        sendNext(pipeline);
                } else {
                    // Connection refused or reset by the kill, or 503: resent after the restart.
                    pipeline.stopped = true;
                    ++failed;
                }
                reply->deleteLater();
            }
            busy = busy || pipeline.inFlight;
        }
        if (!stopping && stopNow())
            stopping = true;
        if (!busy)
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    for (const Pipeline &pipeline : pipelines)
        REQUIRE(pipeline.inFlight == nullptr);
    return failed;
}

// SHA-256 over the records sorted by id: id, version and compact fields of each.
QByteArray contentHash(QList<std::tuple<QString, qint64, QJsonObject>> records)
{
    std::sort(records.begin(), records.end(),
        [](const auto &left, const auto &right) { return std::get<0>(left) < std::get<0>(right); });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[id, version, fields] : records) {
        hash.addData(id.toLatin1());
        hash.addData(QByteArray::number(version));
        hash.addData(protocol::compactJson(fields));
    }
    return hash.result().toHex();
}

} // namespace

TEST_CASE("After a SIGKILL in the middle of pushes and a restart, every resent op is applied exactly once")
{
    const Backend backend = GENERATE(from_range(availableBackends()));
    INFO(backendName(backend));
    TestDatabase db(backend);
    auto server = std::make_unique<Server>(db);

    QList<Pipeline> pipelines;
    QList<std::tuple<QString, qint64, QJsonObject>> expected;
    for (int d = 0; d < devicesCount; ++d) {
        Pipeline pipeline;
        pipeline.device = server->enroll(QStringLiteral("12345"));
        QList<protocol::PushOp> ops;
        for (int r = 0; r < recordsPerDevice; ++r) {
            const QString id = newUuid();
            for (int change = 0; change < changesPerRecord; ++change) {
                protocol::PushOp op = dossierOp(id, change, QStringLiteral("received"));
                op.fields.insert(
                    QStringLiteral("note"), QStringLiteral("device %1 record %2 change %3").arg(d).arg(r).arg(change));
                ops << op;
            }
            expected.append({id, qint64(changesPerRecord), ops.last().fields});
        }
        for (qsizetype first = 0; first < ops.size(); first += opsPerBatch)
            pipeline.batches << protocol::compactJson(
                protocol::PushRequest{newUuid(), ops.mid(first, opsPerBatch)}.toJson());
        pipelines << pipeline;
    }
    const int totalOps = devicesCount * recordsPerDevice * changesPerRecord;
    const int totalBatches = totalOps / opsPerBatch;

    std::map<protocol::PushOutcome, int> outcomes;
    const int interrupted = drive(server->base(), pipelines, outcomes, [&] {
        int acknowledged = 0;
        for (const Pipeline &pipeline : pipelines)
            acknowledged += pipeline.acknowledged;
        if (acknowledged < totalBatches / 4)
            return false;
        // Requests of the other devices are on the wire or being applied right now.
        server->kill();
        return true;
    });
    int acknowledged = 0;
    for (const Pipeline &pipeline : pipelines)
        acknowledged += pipeline.acknowledged;
    CHECK(acknowledged < totalBatches);
    // The kill cut pushes that were on the wire or being applied.
    CHECK(interrupted > 0);
    CHECK(outcomes[protocol::PushOutcome::Applied] == acknowledged * opsPerBatch);

    server = std::make_unique<Server>(db);
    CHECK(drive(server->base(), pipelines, outcomes, [] { return false; }) == 0);
    for (const Pipeline &pipeline : pipelines)
        REQUIRE(pipeline.acknowledged == pipeline.batches.size());

    // Every answer was a success; ops whose answer was lost in the kill came back as duplicates.
    CHECK(outcomes[protocol::PushOutcome::Conflict] == 0);
    CHECK(outcomes[protocol::PushOutcome::Rejected] == 0);
    CHECK(outcomes[protocol::PushOutcome::Applied] + outcomes[protocol::PushOutcome::Duplicate] == totalOps);
    CHECK(outcomes[protocol::PushOutcome::Applied] <= totalOps);

    CHECK(db.count(QStringLiteral("applied_ops")) == totalOps);
    CHECK(db.count(QStringLiteral("change_log")) == totalOps);
    CHECK(db.count(QStringLiteral("records")) == devicesCount * recordsPerDevice);
    CHECK(db.scalar(QStringLiteral("SELECT MAX(version) FROM records")).toLongLong() == changesPerRecord);
    CHECK(db.scalar(QStringLiteral("SELECT MIN(version) FROM records")).toLongLong() == changesPerRecord);
    // The change log has no gap: every seq up to the last one handed out is there once.
    CHECK(db.scalar(QStringLiteral("SELECT last_seq FROM commune_seq WHERE commune_code = '12345'")).toLongLong()
        == totalOps);

    QList<std::tuple<QString, qint64, QJsonObject>> pulled;
    for (const protocol::Change &change : pullAll(*server, pipelines.first().device))
        pulled.append({change.id, change.version, change.fields});
    CHECK(pulled.size() == devicesCount * recordsPerDevice);
    CHECK(contentHash(pulled) == contentHash(expected));
}

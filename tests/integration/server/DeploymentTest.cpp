// The documented province deployment on loopback (docs/server-deploy.md): Debian's nginx with the
// shipped site (deploy/nginx/motcua-server.conf, TLS on, only addresses and certificate paths
// changed) in front of two motcua-server instances on one PostgreSQL database. Many desks push
// and pull through nginx while one instance is SIGKILLed; every op must be applied exactly once,
// every desk must pull every other desk's dossiers exactly once, and every scan must come back
// intact. Fails, never skips, where PostgreSQL or nginx is not installed: scripts/install-deps.sh
// installs both, and a deployment test that quietly does nothing would prove nothing.
#include "NginxInstance.h"
#include "ServerHarness.h"
#include "protocol/Blob.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <iostream>
#include <memory>
#include <vector>

using namespace motcua;
using namespace motcua::servertest;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

// A desk's share of the work: batches it pushes one after the other, resending a batch until the
// province acknowledges it, as the sync engine does.
struct Desk
{
    protocol::EnrollResponse device;
    QList<protocol::PushRequest> batches;
    int acknowledged = 0;
    int retries = 0;
};

// Runs every desk's pushes at once through one network manager (a handful of connections, as
// nginx sees many desks); calls halfway() once when half of all batches were acknowledged.
void pushAll(
    QNetworkAccessManager &network, const QString &base, std::vector<Desk> &desks, const std::function<void()> &halfway)
{
    int total = 0;
    for (const Desk &desk : desks)
        total += int(desk.batches.size());
    int done = 0;
    bool halfwayCalled = false;
    QEventLoop loop;
    std::function<void(Desk &)> send = [&](Desk &desk) {
        if (desk.acknowledged == desk.batches.size())
            return;
        const protocol::PushRequest &batch = desk.batches[desk.acknowledged];
        QNetworkRequest request{QUrl(base + QStringLiteral("/v2/push"))};
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Authorization", bearer(desk.device));
        request.setTransferTimeout(30000);
        QNetworkReply *reply = network.post(request, protocol::compactJson(batch.toJson()));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, batchIndex = desk.acknowledged] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const Result<protocol::PushResponse> answer = protocol::PushResponse::fromJson(reply->readAll());
            if (status == 200 && answer && answer->matches(desk.batches[batchIndex])) {
                ++desk.acknowledged;
                ++done;
                if (!halfwayCalled && done * 2 >= total) {
                    halfwayCalled = true;
                    halfway();
                }
            } else {
                ++desk.retries;
            }
            if (done == total)
                loop.quit();
            else
                QTimer::singleShot(desk.retries ? 100 : 0, &loop, [&] { send(desk); });
        });
    };
    for (Desk &desk : desks)
        send(desk);
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(done == total);
}

QString uploadThrough(QNetworkAccessManager &network, const QString &base, const protocol::EnrollResponse &device,
    const QByteArray &content)
{
    const QString sha256 = protocol::sha256Hex(content);
    constexpr qint64 chunkSize = 64 * 1024;
    for (qint64 offset = 0; offset < content.size(); offset += chunkSize) {
        const QByteArray chunk = content.mid(offset, chunkSize);
        const Reply reply = httpRequest(network,
            base + protocol::blobPath(sha256) + QStringLiteral("?offset=%1&size=%2").arg(offset).arg(content.size()),
            "PUT", chunk, bearer(device), "application/octet-stream",
            {{"X-Chunk-SHA256", protocol::sha256Hex(chunk).toLatin1()}});
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
    }
    return sha256;
}

protocol::PushOp dossierWithScan(const QString &sha256)
{
    protocol::PushOp op = dossierOp(newUuid(), 0, QStringLiteral("received"));
    op.fields.insert(QStringLiteral("documents"),
        QJsonArray{QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Tờ khai")}, {QStringLiteral("attachment_sha256"), sha256}}});
    op.blobRefs = {sha256};
    return op;
}

} // namespace

TEST_CASE("Through nginx, two instances on one PostgreSQL apply every op once although one is SIGKILLed")
{
    if (availableBackends().size() < 2)
        FAIL(
            "PostgreSQL could not be started (see the first message of this run); scripts/install-deps.sh installs it");
    TestDatabase db(Backend::Postgres);
    const QStringList behindNginx{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--max-connections-per-address"), QStringLiteral("8192")};
    auto doomed = std::make_unique<Server>(db, behindNginx);
    Server survivor(db, behindNginx);
    testing::NginxInstance nginx(QStringLiteral(MOTCUA_SOURCE_DIR), {doomed->port(), survivor.port()});
    if (!nginx.isRunning())
        FAIL(nginx.reason().toStdString() << "; scripts/install-deps.sh installs nginx");
    // The desks trust the province's authority, as a pinned desk would.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(nginx.authorityFile());
    QSslConfiguration::setDefaultConfiguration(configuration);
    QNetworkAccessManager network;
    network.setAutoDeleteReplies(false);

    // Desks of two communes enroll through nginx.
    constexpr int desksPerCommune = 12;
    constexpr int batchesPerDesk = 6;
    constexpr int opsPerBatch = 20;
    const QStringList communes{QStringLiteral("12345"), QStringLiteral("67890")};
    std::vector<Desk> desks;
    QHash<QString, protocol::EnrollResponse> readers;
    for (const QString &commune : communes) {
        for (int i = 0; i <= desksPerCommune; ++i) {
            const Reply enrolled = httpRequest(network, nginx.base() + QStringLiteral("/v2/enroll"), "POST",
                Server::enrollBody(issueCode(db, commune)));
            INFO(enrolled.body.toStdString());
            REQUIRE(enrolled.status == 200);
            const protocol::EnrollResponse device = *protocol::EnrollResponse::fromJson(enrolled.body);
            if (i == desksPerCommune) {
                readers.insert(commune, device); // pushes nothing, pulls everything
                continue;
            }
            Desk desk{device, {}, 0, 0};
            for (int b = 0; b < batchesPerDesk; ++b) {
                protocol::PushRequest batch{newUuid(), {}};
                for (int o = 0; o < opsPerBatch; ++o)
                    batch.ops << dossierOp(newUuid(), 0, QStringLiteral("received"));
                desk.batches << batch;
            }
            desks.push_back(desk);
        }
    }
    // Two scans before the failure (whichever instance takes them), two after.
    QList<QPair<QByteArray, QString>> scans; // content, commune
    for (int i = 0; i < 2; ++i) {
        scans << qMakePair(randomBytes(300000 + i, quint32(i)), communes[i]);
        const QString sha256
            = uploadThrough(network, nginx.base(), desks[i * desksPerCommune].device, scans.back().first);
        desks[i * desksPerCommune].batches.first().ops.first() = dossierWithScan(sha256);
    }

    pushAll(network, nginx.base(), desks, [&] { doomed->kill(); });
    for (int i = 2; i < 4; ++i) {
        const int commune = i % 2;
        scans << qMakePair(randomBytes(200000 + i, quint32(i)), communes[commune]);
        const Desk &desk = desks[commune * desksPerCommune + 1];
        const QString sha256 = uploadThrough(network, nginx.base(), desk.device, scans.back().first);
        const Reply pushed = httpRequest(network, nginx.base() + QStringLiteral("/v2/push"), "POST",
            protocol::compactJson(protocol::PushRequest{newUuid(), {dossierWithScan(sha256)}}.toJson()),
            bearer(desk.device));
        REQUIRE(pushed.status == 200);
    }

    // Exactly once in the store, whatever the retries.
    const qint64 expectedOps = qint64(desks.size()) * batchesPerDesk * opsPerBatch + 2;
    CHECK(db.count(QStringLiteral("applied_ops")) == expectedOps);
    CHECK(db.count(QStringLiteral("records")) == expectedOps);
    int retries = 0;
    for (const Desk &desk : desks)
        retries += desk.retries;
    std::cout << desks.size() << " desks pushed " << expectedOps << " ops through nginx; one instance was SIGKILLed "
              << "halfway; the desks resent " << retries << " pushes" << std::endl;

    // Every desk's work reaches its commune's other desks once, through nginx and the survivor.
    for (const QString &commune : communes) {
        QHash<QString, int> seen;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply reply = httpRequest(network,
                nginx.base() + QStringLiteral("/v2/pull?limit=1000")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                "GET", {}, bearer(readers.value(commune)));
            REQUIRE(reply.status == 200);
            const protocol::PullResponse pulled = *protocol::PullResponse::fromJson(reply.body);
            for (const protocol::Change &change : pulled.changes) {
                if (change.entity == QLatin1String("dossier"))
                    ++seen[change.id];
            }
            cursor = pulled.cursor;
            if (!pulled.more)
                break;
        }
        CHECK(seen.size() == desksPerCommune * batchesPerDesk * opsPerBatch + 1);
        int twice = 0;
        for (const int count : seen)
            twice += count > 1 ? 1 : 0;
        CHECK(twice == 0);
    }

    // Every scan, uploaded before or after the failure, comes back whole to its commune.
    for (const auto &[content, commune] : scans) {
        const Reply download
            = httpRequest(network, nginx.base() + protocol::blobContentPath(protocol::sha256Hex(content)), "GET", {},
                bearer(readers.value(commune)));
        CHECK(download.status == 200);
        CHECK(download.body == content);
    }
    CHECK(survivor.answersPing());
}

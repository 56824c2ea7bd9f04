// bench_push_parse: the CPU a push costs on the server's handler thread before it reads the
// database, without the network or SQLite: PushRequest::fromJson (the JSON parse, the bounds walk
// and each op's fields as text) and PushBatch's preparation (the rows' texts). On one thread, so
// its figures move only with the code, not with the other threads of a loaded machine; what
// bench_server_push's handlers spend per push is this plus the read-ahead and the waiting.
//
// usage: bench_push_parse [PUSHES] [OPS_PER_PUSH] [ROUNDS]
#include "BenchSupport.h"
#include "PushBenchData.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"
#include "server/PushBatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <vector>

using namespace motcua;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int pushes = arguments.size() > 1 ? arguments[1].toInt() : 200;
    const int opsPerPush = arguments.size() > 2 ? arguments[2].toInt() : 50;
    const int rounds = arguments.size() > 3 ? arguments[3].toInt() : 5;
    QTextStream out(stdout);
    if (pushes < 1 || opsPerPush < 1 || opsPerPush > 500 || rounds < 1) {
        out << "usage: bench_push_parse [PUSHES] [OPS_PER_PUSH (1-500)] [ROUNDS]" << Qt::endl;
        return 2;
    }
    std::vector<QByteArray> bodies;
    qint64 bytes = 0;
    for (int p = 0; p < pushes; ++p) {
        QList<protocol::PushOp> ops;
        for (int o = 0; o < opsPerPush; ++o)
            ops << bench::receptionOp(p % 100, p * opsPerPush + o);
        bodies.push_back(protocol::compactJson(protocol::PushRequest{bench::newId(), ops}.toJson()));
        bytes += bodies.back().size();
    }
    const server::DeviceInfo device{bench::newId(), QStringLiteral("10000"), QStringLiteral("Xã Tân Lập"),
        QStringLiteral("K001"), QStringLiteral("Quầy 1"), {}, {}};

    std::vector<double> parse;
    std::vector<double> prepare;
    qsizetype kept = 0; // read, so that nothing timed is optimised away
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &body : bodies) {
            timer.start();
            const Result<protocol::PushRequest> request = protocol::PushRequest::fromJson(body);
            parse.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!request) {
                out << "push_parse: the bench's own body was refused: " << request.error().message << Qt::endl;
                return 1;
            }
            timer.start();
            const server::PushBatch batch(device, request->ops);
            prepare.push_back(double(timer.nsecsElapsed()) / 1e6);
            kept += request->ops.size();
        }
    }
    out << "push_parse: " << pushes << " pushes of " << opsPerPush << " ops (" << bytes / pushes << " bytes each), "
        << rounds << " rounds, " << kept << " ops" << Qt::endl;
    const bench::Percentiles parsed = bench::percentiles(parse);
    const bench::Percentiles prepared = bench::percentiles(prepare);
    bench::printPercentiles(QStringLiteral("push_parse: PushRequest::fromJson per push"), parsed, parse.size());
    bench::printPercentiles(QStringLiteral("push_parse: PushBatch preparation per push"), prepared, prepare.size());
    out << QStringLiteral("push_parse: median %1 us per op parsed, %2 us per op prepared")
               .arg(parsed.median * 1000 / opsPerPush, 0, 'f', 2)
               .arg(prepared.median * 1000 / opsPerPush, 0, 'f', 2)
        << Qt::endl;
    return 0;
}

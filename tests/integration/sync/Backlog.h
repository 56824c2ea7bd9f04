#pragma once

#include "domain/WorkCalendar.h"
#include "protocol/WireTypes.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

// A sync backlog written straight into a desk's store (receiving thousands of dossiers one
// `motcua-cli dossier receive` at a time would take minutes): the same DossierRepository the desk
// uses, so the outbox holds exactly the ops a reception officer's day produces. Shared by the
// fault tests and the sync benchmarks.
namespace motcua::synctest {

struct BacklogSpec
{
    int dossiers = 100;
    int movesPerDossier = 0; // 0, 1 (in process) or 2 (in process, done): one op each
    int attachments = 0; // the first N dossiers each get one scan of random bytes
    qint64 attachmentBytes = 100 * 1000;
    quint32 seed = 1;
    // Setup speed only: the backlog is not what is measured, so its commits need not wait for
    // the disk (synchronous=OFF on this connection).
    bool fastWrites = true;
};

struct Backlog
{
    QStringList scans; // SHA-256 of every attachment, in order
    qint64 scanBytes = 0;
    qint64 ops = 0;
};

// Writes the backlog into the (enrolled, catalog-imported) store of dataDir. Procedure 1.004873
// must exist (the seed catalog has it). Returns an error naming the step that failed.
inline Result<Backlog> writeBacklog(const QString &dataDir, const BacklogSpec &spec)
{
    auto opened = Database::open(dataDir);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    if (spec.fastWrites)
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const QString sources = QDir(dataDir).filePath(QStringLiteral("backlog-sources"));
    QDir().mkpath(sources);
    WorkCalendar calendar;
    DossierRepository repository(db, calendar, QStringLiteral("Cán bộ Backlog"));
    QRandomGenerator random(spec.seed);
    static const char *names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lò Văn Chiến", "Đặng Thị Dung", "Vàng A Dính",
        "Hoàng Thị Hoà", "Phạm Minh Khôi", "Lê Thị Mai"};
    Backlog backlog;
    QStringList ids;
    constexpr int kPerTransaction = 500;
    for (int first = 0; first < spec.dossiers; first += kPerTransaction) {
        QList<ReceiveRequest> requests;
        for (int i = first; i < std::min(spec.dossiers, first + kPerTransaction); ++i) {
            ReceiveRequest request;
            request.procedureCode = QStringLiteral("1.004873");
            request.applicantName = QString::fromUtf8(names[random.bounded(8)]) + QStringLiteral(" %1").arg(i);
            request.citizenId = QStringLiteral("0011900%1").arg(random.bounded(100000), 5, 10, QLatin1Char('0'));
            request.phone = QStringLiteral("09%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
            request.address = QStringLiteral("Thôn %1, xã Tân Lập").arg(random.bounded(1, 30));
            request.documents.append({QStringLiteral("Tờ khai"), DocumentKind::Original, 1, {}});
            if (i < spec.attachments) {
                // Incompressible and distinct: every scan is a real upload.
                QByteArray content(spec.attachmentBytes, Qt::Uninitialized);
                for (char &byte : content)
                    byte = char(random.bounded(256));
                const QString file = QDir(sources).filePath(QStringLiteral("scan-%1.bin").arg(i));
                QFile scan(file);
                if (!scan.open(QIODevice::WriteOnly) || scan.write(content) != content.size())
                    return makeError(QStringLiteral("backlog.scan"), file);
                backlog.scans.append(protocol::sha256Hex(content));
                backlog.scanBytes += content.size();
                request.documents.append({QStringLiteral("Bản chụp CCCD"), DocumentKind::Photocopy, 1, file});
            }
            requests.append(request);
        }
        if (auto received = repository.receiveMany(
                requests, [&](const Dossier &dossier) { ids.append(dossier.id.toString(QUuid::WithoutBraces)); });
            !received)
            return received.error();
    }
    backlog.ops = ids.size();
    const QList<DossierStatus> moves = {DossierStatus::InProcess, DossierStatus::Done};
    for (int m = 0; m < std::min<int>(spec.movesPerDossier, int(moves.size())); ++m) {
        for (const QString &id : std::as_const(ids)) {
            if (auto moved = repository.move(id, moves.at(m)); !moved)
                return moved.error();
            ++backlog.ops;
        }
    }
    return backlog;
}

} // namespace motcua::synctest

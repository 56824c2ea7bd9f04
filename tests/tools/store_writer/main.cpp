// store_writer: receives dossiers one by one, each in its own durable transaction, until the
// store of DATA_DIR holds TARGET dossiers. The crash-safety test kills it at random moments and
// starts it again; whatever survives must be whole.
//
//   store_writer DATA_DIR TARGET [--attach-every N]
//
// With MOTCUA_RECOVERY_KEY set, DATA_DIR is an encrypted folder opened with that key.
//
// Prints "committed <count>" after every commit of a multiple of 100 and "done <count>" at the end.

#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace motcua;

namespace {

bool ensureCatalog(Database &db)
{
    const auto status = db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        const QString sql = QStringLiteral(
            "INSERT OR IGNORE INTO procedures (code, name, processing_days, processing_unit, catalog_version) "
            "VALUES ('1.004884', 'Đăng ký lại khai sinh', 5, 'working_days', 1), "
            "('1.001193', 'Đăng ký khai sinh', 0, 'same_day', 1), "
            "('1.004873', 'Cấp giấy xác nhận tình trạng hôn nhân', 3, 'working_days', 1)");
        if (!query.exec(sql))
            return makeError(QStringLiteral("writer.catalog"), query.lastError().text());
        return {};
    });
    return status.ok();
}

qint64 dossierCount(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM dossiers")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString randomCitizenId(QRandomGenerator &random)
{
    static const char *provinces[] = {"001", "004", "011", "014", "019", "038", "040", "079"};
    const int province = random.bounded(8);
    const int gender = random.bounded(4); // 1900s or 2000s, either gender
    const int year = gender < 2 ? random.bounded(40, 100) : random.bounded(0, 20);
    return QString::fromLatin1(provinces[province]) + QString::number(gender)
        + QStringLiteral("%1").arg(year, 2, 10, QLatin1Char('0'))
        + QStringLiteral("%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        err << "usage: store_writer DATA_DIR TARGET [--attach-every N]\n";
        return 2;
    }
    const QString dataDir = args.at(1);
    const qint64 target = args.at(2).toLongLong();
    int attachEvery = 7;
    const qsizetype attachIndex = args.indexOf(QStringLiteral("--attach-every"));
    if (attachIndex > 0 && attachIndex + 1 < args.size())
        attachEvery = qMax(1, args.at(attachIndex + 1).toInt());

    // An encrypted folder (the encryption test's) is unlocked with its recovery key first.
    const QString recovery = qEnvironmentVariable("MOTCUA_RECOVERY_KEY");
    if (!recovery.isEmpty()) {
        if (auto unlocked = vault::Vault::unlockWithRecovery(dataDir, recovery); !unlocked) {
            err << unlocked.error().code << ": " << unlocked.error().message << '\n';
            return 1;
        }
    }
    auto opened = Database::open(dataDir);
    if (!opened) {
        err << opened.error().code << ": " << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    if (!ensureCatalog(db)) {
        err << "cannot create the procedures\n";
        return 1;
    }
    // Scans are copied from here into blobs/: the source itself needs no durability.
    const QString sourceDir = QDir(dataDir).filePath(QStringLiteral("writer-sources"));
    QDir().mkpath(sourceDir);

    WorkCalendar calendar;
    DossierRepository repository(db, calendar, QStringLiteral("store_writer"));
    QRandomGenerator random(QRandomGenerator::system()->generate());
    static const char *names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lò Văn Chiến", "Đặng Thị Dung", "Vàng A Dính",
        "Hoàng Thị Hoà", "Phạm Minh Khôi", "Lê Thị Mai"};
    static const char *codes[] = {"1.004884", "1.001193", "1.004873"};

    qint64 count = dossierCount(db);
    while (count >= 0 && count < target) {
        ReceiveRequest request;
        request.procedureCode = QString::fromLatin1(codes[random.bounded(3)]);
        request.applicantName = QString::fromUtf8(names[random.bounded(8)]);
        request.citizenId = randomCitizenId(random);
        request.phone = QStringLiteral("09%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
        request.documents.append({QStringLiteral("Tờ khai"), DocumentKind::Original, 1, {}});
        if (count % attachEvery == 0) {
            // Half the scans repeat an earlier content, so deduplication is exercised too.
            const QString file = QDir(sourceDir).filePath(QStringLiteral("scan-%1.bin").arg(count));
            QFile scan(file);
            if (!scan.open(QIODevice::WriteOnly)) {
                err << "cannot write " << file << '\n';
                return 1;
            }
            const quint32 seed = random.bounded(2) == 0 ? 42U : random.generate();
            QByteArray content(4096 + static_cast<int>(seed % 60000), '\0');
            QRandomGenerator bytes(seed);
            bytes.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
            scan.write(content);
            scan.close();
            request.documents.append({QStringLiteral("Bản chụp CCCD"), DocumentKind::Photocopy, 1, file});
        }
        auto received = repository.receive(request);
        if (!received) {
            err << received.error().code << ": " << received.error().message << '\n';
            return 1;
        }
        ++count;
        if (count % 100 == 0) {
            std::printf("committed %lld\n", static_cast<long long>(count));
            std::fflush(stdout);
        }
    }
    std::printf("done %lld\n", static_cast<long long>(count));
    return count >= 0 ? 0 : 1;
}

// The encrypted data folder (docs/encryption.md): what a lost laptop's disk shows, what a wrong
// password, a changed byte, a killed writer and an older release's folder do.

#include "domain/WorkCalendar.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/OfficerRepository.h"
#include "vault/KeySlots.h"
#include "vault/Vault.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kCitizenId = QStringLiteral("001099012345");
const QString kName = QStringLiteral("Nguyễn Thị Bí Mật");
const QString kAdmin = QStringLiteral("quantri");
const QString kPassword = QStringLiteral("mat-khau-dai-1");

QByteArray scanBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(QStringLiteral("SCAN-CCCD-%1;").arg(i).toLatin1());
    return bytes;
}

// Every byte of every file under dir (the whole data folder as a thief copies it).
QByteArray everyFile(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all.append(file.readAll());
    }
    return all;
}

int fileMode(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 0777) : -1;
}

// A desk folder holding one dossier of kName/kCitizenId with one scan, encrypted or clear.
Dossier receiveOne(Database &db, const QString &scanPath)
{
    REQUIRE(insertTestCatalog(db));
    WorkCalendar calendar;
    DossierRepository dossiers(db, calendar, QStringLiteral("tester"));
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.004884");
    request.applicantName = kName;
    request.citizenId = kCitizenId;
    request.documents.append({QStringLiteral("Bản chụp CCCD"), DocumentKind::Photocopy, 1, scanPath});
    auto received = dossiers.receive(request);
    REQUIRE(received.ok());
    return received.value();
}

QString writeScan(const TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("cccd.bin"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(scanBytes());
    return path;
}

struct EncryptedDesk
{
    TempDir dir;
    QString recovery;
    QString scanSha;
};

void makeEncryptedDesk(EncryptedDesk &desk)
{
    TempDir sources;
    auto recovery = vault::Vault::createFresh(desk.dir.path());
    REQUIRE(recovery.ok());
    desk.recovery = recovery->text();
    auto db = Database::open(desk.dir.path());
    REQUIRE(db.ok());
    OfficerRepository officers(**db);
    REQUIRE(officers.createAdministrator(kAdmin, QStringLiteral("Quản Trị"), kPassword).ok());
    const Dossier dossier = receiveOne(**db, writeScan(sources));
    QSqlQuery sha((*db)->connection());
    REQUIRE(sha.exec(QStringLiteral("SELECT sha256 FROM attachments")));
    REQUIRE(sha.next());
    desk.scanSha = sha.value(0).toString();
    (void)dossier;
}

} // namespace

TEST_CASE("An encrypted folder shows no citizen id, name or scan byte on disk, and is owner-only", "[vault]")
{
    EncryptedDesk desk;
    makeEncryptedDesk(desk);
    // Files as they are while the store is open (fresh pages in the WAL) and after it closed.
    {
        auto db = Database::open(desk.dir.path());
        REQUIRE(db.ok());
        REQUIRE((*db)->setMeta(QStringLiteral("probe"), kName + kCitizenId).ok());
        CHECK(QFile::exists(QDir(desk.dir.path()).filePath(QStringLiteral("motcua.db-wal"))));
        const QByteArray whileOpen = everyFile(desk.dir.path());
        CHECK_FALSE(whileOpen.contains(kCitizenId.toUtf8()));
        CHECK_FALSE(whileOpen.contains(kName.toUtf8()));
    }
    const QByteArray raw = everyFile(desk.dir.path());
    REQUIRE(raw.size() > 4096);
    CHECK_FALSE(raw.contains(kCitizenId.toUtf8()));
    CHECK_FALSE(raw.contains(kName.toUtf8()));
    CHECK_FALSE(raw.contains(scanBytes().left(64)));
    CHECK_FALSE(raw.contains(desk.scanSha.toLatin1()));
    CHECK_FALSE(raw.contains("SQLite format 3"));

    CHECK(fileMode(desk.dir.path()) == 0700);
    CHECK(fileMode(QDir(desk.dir.path()).filePath(QStringLiteral("blobs"))) == 0700);
    CHECK(fileMode(QDir(desk.dir.path()).filePath(QStringLiteral("motcua.db"))) == 0600);
    CHECK(fileMode(vault::KeySlots::filePath(desk.dir.path())) == 0600);
    QDirIterator blobs(QDir(desk.dir.path()).filePath(QStringLiteral("blobs")), QDir::Files);
    REQUIRE(blobs.hasNext());
    CHECK(fileMode(blobs.next()) == 0600);
}

TEST_CASE(
    "A locked folder does not open; a wrong password is refused; the right one and the recovery key open it", "[vault]")
{
    EncryptedDesk desk;
    makeEncryptedDesk(desk);
    vault::Vault::lock(desk.dir.path());

    auto locked = Database::open(desk.dir.path());
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("store.locked"));

    auto wrong = vault::Vault::unlock(desk.dir.path(), kAdmin, QStringLiteral("mat-khau-sai-1"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("vault.bad_credentials"));
    auto unknown = vault::Vault::unlock(desk.dir.path(), QStringLiteral("ai-do"), kPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("vault.bad_credentials"));
    CHECK_FALSE(vault::Vault::isUnlocked(desk.dir.path()));

    REQUIRE(vault::Vault::unlock(desk.dir.path(), kAdmin, kPassword).ok());
    {
        auto db = Database::open(desk.dir.path());
        REQUIRE(db.ok());
        CHECK(rowCount(**db, QStringLiteral("dossiers")) == 1);
        auto scan = AttachmentStore(**db).read(desk.scanSha);
        REQUIRE(scan.ok());
        CHECK(scan.value() == scanBytes());
    }
    vault::Vault::lock(desk.dir.path());

    auto badRecovery = vault::Vault::unlockWithRecovery(desk.dir.path(), QStringLiteral("not-a-key"));
    REQUIRE_FALSE(badRecovery.ok());
    CHECK(badRecovery.error().code == QStringLiteral("vault.recovery_malformed"));
    const QString otherKey = vault::RecoveryKey::random().text();
    auto foreign = vault::Vault::unlockWithRecovery(desk.dir.path(), otherKey);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == QStringLiteral("vault.recovery_wrong"));
    // Typed in lower case with spaces instead of dashes: still the key.
    REQUIRE(vault::Vault::unlockWithRecovery(
        desk.dir.path(), desk.recovery.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')))
                .ok());
    auto db = Database::open(desk.dir.path());
    REQUIRE(db.ok());
    CHECK(rowCount(**db, QStringLiteral("dossiers")) == 1);
}

TEST_CASE(
    "Key slots follow the accounts: a new officer opens, a changed password rewraps, a disabled one cannot", "[vault]")
{
    EncryptedDesk desk;
    makeEncryptedDesk(desk);
    const QString before = [&] {
        auto keySlots = vault::KeySlots::load(desk.dir.path());
        return keySlots.ok() ? keySlots->officers().join(QLatin1Char(',')) : QString();
    }();
    CHECK(before == kAdmin);
    QUuid clerkId;
    {
        auto db = Database::open(desk.dir.path());
        REQUIRE(db.ok());
        OfficerRepository officers(**db);
        Officer clerk;
        clerk.username = QStringLiteral("tiepnhan");
        clerk.fullName = QStringLiteral("Tiếp Nhận");
        clerk.roles = {Role::Reception};
        auto added = officers.add(clerk, QStringLiteral("tiep-nhan-1"));
        REQUIRE(added.ok());
        clerkId = added->id;
        REQUIRE(officers.setPassword(clerkId, QStringLiteral("tiep-nhan-2")).ok());
    }
    vault::Vault::lock(desk.dir.path());
    CHECK(vault::Vault::unlock(desk.dir.path(), QStringLiteral("tiepnhan"), QStringLiteral("tiep-nhan-1")).error().code
        == QStringLiteral("vault.bad_credentials"));
    REQUIRE(vault::Vault::unlock(desk.dir.path(), QStringLiteral("tiepnhan"), QStringLiteral("tiep-nhan-2")).ok());
    {
        auto db = Database::open(desk.dir.path());
        REQUIRE(db.ok());
        REQUIRE(OfficerRepository(**db).setActive(clerkId, false).ok());
    }
    vault::Vault::lock(desk.dir.path());
    CHECK_FALSE(vault::Vault::unlock(desk.dir.path(), QStringLiteral("tiepnhan"), QStringLiteral("tiep-nhan-2")).ok());
    // The administrator's slot was never touched.
    CHECK(vault::Vault::unlock(desk.dir.path(), kAdmin, kPassword).ok());
}

TEST_CASE("A flipped byte in a store page or in a scan is refused with a clear error", "[vault]")
{
    EncryptedDesk desk;
    makeEncryptedDesk(desk);
    {
        // Checkpoint so every page is in motcua.db itself.
        auto db = Database::open(desk.dir.path());
        REQUIRE(db.ok());
        QSqlQuery checkpoint((*db)->connection());
        REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // The scan: one byte in the middle of its ciphertext.
    {
        auto db = Database::open(desk.dir.path());
        REQUIRE(db.ok());
        AttachmentStore attachments(**db);
        QFile blob(attachments.path(desk.scanSha));
        REQUIRE(blob.open(QIODevice::ReadWrite));
        blob.seek(blob.size() / 2);
        char byte = 0;
        blob.getChar(&byte);
        blob.seek(blob.size() / 2);
        blob.putChar(static_cast<char>(byte ^ 0x01));
        blob.close();
        auto read = attachments.read(desk.scanSha);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == QStringLiteral("attachment.corrupt"));
        CHECK(read.error().message.contains(QStringLiteral("integrity")));
        CHECK(attachments.verify(desk.scanSha).error().code == QStringLiteral("attachment.corrupt"));
    }
    // Page 1 of the store.
    QFile store(QDir(desk.dir.path()).filePath(QStringLiteral("motcua.db")));
    REQUIRE(store.open(QIODevice::ReadWrite));
    store.seek(200);
    char byte = 0;
    store.getChar(&byte);
    store.seek(200);
    store.putChar(static_cast<char>(byte ^ 0x20));
    store.close();
    auto opened = Database::open(desk.dir.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.tampered"));
    CHECK(opened.error().message.contains(QStringLiteral("page 1")));
}

TEST_CASE("A writer killed at random moments leaves an encrypted store that opens whole", "[vault][crash]")
{
    TempDir dir;
    auto recovery = vault::Vault::createFresh(dir.path());
    REQUIRE(recovery.ok());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MOTCUA_RECOVERY_KEY"), recovery->text());
    const QStringList arguments{
        dir.path(), QStringLiteral("1500"), QStringLiteral("--attach-every"), QStringLiteral("5")};
    int killed = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.setProcessEnvironment(environment);
        writer.start(QStringLiteral(MOTCUA_STORE_WRITER), arguments);
        REQUIRE(writer.waitForStarted(10000));
        if (!writer.waitForFinished(150 + 90 * round)) {
            writer.kill();
            REQUIRE(writer.waitForFinished(10000));
            ++killed;
        } else {
            INFO(writer.readAllStandardError().toStdString());
            REQUIRE(writer.exitCode() == 0);
        }
    }
    QProcess writer;
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(MOTCUA_STORE_WRITER), arguments);
    REQUIRE(writer.waitForFinished(120000));
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitCode() == 0);
    CHECK(killed >= 3);

    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    QSqlQuery check((*db)->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    CHECK(rowCount(**db, QStringLiteral("dossiers")) == 1500);
    // Every recorded scan decrypts to the bytes of its hash.
    AttachmentStore attachments(**db);
    QSqlQuery shas((*db)->connection());
    REQUIRE(shas.exec(QStringLiteral("SELECT sha256 FROM attachments")));
    int scans = 0;
    while (shas.next()) {
        INFO(shas.value(0).toString().toStdString());
        CHECK(attachments.verify(shas.value(0).toString()).ok());
        ++scans;
    }
    CHECK(scans > 0);
}

TEST_CASE("A clear folder of the previous release is converted with nothing lost", "[vault]")
{
    TempDir dir;
    TempDir sources;
    QString sha;
    qint64 outboxRows = 0;
    {
        auto db = Database::open(dir.path()); // no keys: the previous release's clear store
        REQUIRE(db.ok());
        REQUIRE(OfficerRepository(**db).createAdministrator(kAdmin, QStringLiteral("Quản Trị"), kPassword).ok());
        receiveOne(**db, writeScan(sources));
        REQUIRE((*db)->setMeta(QStringLiteral("sync_cursor"), QStringLiteral("cursor-42")).ok());
        outboxRows = rowCount(**db, QStringLiteral("outbox"));
        QSqlQuery query((*db)->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT sha256 FROM attachments")));
        REQUIRE(query.next());
        sha = query.value(0).toString();
    }
    REQUIRE(everyFile(dir.path()).contains(kName.toUtf8()));
    REQUIRE(vault::Vault::needsConversion(dir.path()));

    // Only an administrator, with his current password.
    CHECK(vault::Vault::convertPlaintext(dir.path(), kAdmin, QStringLiteral("sai-mat-khau")).error().code
        == QStringLiteral("officer.bad_credentials"));
    CHECK(vault::Vault::needsConversion(dir.path()));

    auto recovery = vault::Vault::convertPlaintext(dir.path(), kAdmin, kPassword);
    INFO((recovery.ok() ? QString() : recovery.error().message).toStdString());
    REQUIRE(recovery.ok());
    CHECK_FALSE(vault::Vault::needsConversion(dir.path()));
    const QByteArray raw = everyFile(dir.path());
    CHECK_FALSE(raw.contains(kName.toUtf8()));
    CHECK_FALSE(raw.contains(kCitizenId.toUtf8()));
    CHECK_FALSE(raw.contains(scanBytes().left(64)));
    CHECK_FALSE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("blobs/")) + sha));

    vault::Vault::lock(dir.path());
    REQUIRE(vault::Vault::unlock(dir.path(), kAdmin, kPassword).ok());
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    CHECK(rowCount(**db, QStringLiteral("dossiers")) == 1);
    CHECK(rowCount(**db, QStringLiteral("outbox")) == outboxRows);
    CHECK((*db)->meta(QStringLiteral("sync_cursor")) == QStringLiteral("cursor-42"));
    auto scan = AttachmentStore(**db).read(sha);
    REQUIRE(scan.ok());
    CHECK(scan.value() == scanBytes());
    QSqlQuery name((*db)->connection());
    REQUIRE(name.exec(QStringLiteral("SELECT applicant_name FROM dossiers")));
    REQUIRE(name.next());
    CHECK(name.value(0).toString() == kName);
}

TEST_CASE("A conversion cut off before its key file leaves the clear folder usable", "[vault]")
{
    TempDir dir;
    TempDir sources;
    {
        auto db = Database::open(dir.path());
        REQUIRE(db.ok());
        REQUIRE(OfficerRepository(**db).createAdministrator(kAdmin, QStringLiteral("Quản Trị"), kPassword).ok());
        receiveOne(**db, writeScan(sources));
    }
    // What a crash mid-conversion leaves: a half-written encrypted copy and a stray sealed blob.
    QFile half(QDir(dir.path()).filePath(QStringLiteral("motcua.db.converting")));
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(QByteArray(8192, '\x5a'));
    half.close();
    CHECK(vault::Vault::needsConversion(dir.path()));
    CHECK_FALSE(QFile::exists(half.fileName()));
    auto db = Database::open(dir.path());
    REQUIRE(db.ok());
    CHECK(rowCount(**db, QStringLiteral("dossiers")) == 1);
}

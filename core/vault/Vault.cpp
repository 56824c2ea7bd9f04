#include "Vault.h"

#include "BlobCipher.h"
#include "KeySlots.h"
#include "Keyring.h"
#include "SecureFiles.h"
#include "VaultVfs.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUrl>

#include "store/Database.h"
#include "store/OfficerRepository.h"

#include <sqlite3.h>
#include <unistd.h>

namespace motcua::vault::Vault {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::vault::Vault", text);
}

QString storePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("motcua.db"));
}

QString convertingPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("motcua.db.converting"));
}

QString blobsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("blobs"));
}

bool isContentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(name).hasMatch();
}

Error locked()
{
    return makeError(QStringLiteral("vault.locked"), tr("The data folder is locked: log in first."));
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// A conversion whose key file was saved is finished (the renames redone); one whose key file was
// not is discarded, leaving the clear folder as it was.
void settlePendingConversion(const QString &dataDir)
{
    const QString converting = convertingPath(dataDir);
    if (!QFile::exists(converting))
        return;
    if (KeySlots::exists(dataDir)) {
        removeStoreFiles(storePath(dataDir));
        QFile::rename(converting, storePath(dataDir));
        SecureFiles::syncDirectory(dataDir);
        // The clear scans go once the encrypted store is in place.
        QDirIterator it(blobsDir(dataDir), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isContentName(it.fileName()))
                QFile::remove(file);
        }
        return;
    }
    removeStoreFiles(converting);
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

Status exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        if (!VaultVfs::lastFailure().isEmpty())
            text += QStringLiteral(" (%1)").arg(VaultVfs::lastFailure());
        return makeError(QStringLiteral("vault.convert_failed"), text);
    }
    return {};
}

// VACUUM INTO writes a compact copy of the clear store through the vault VFS, with room for the
// nonce and tag on every page; then the copy is switched to WAL without ever opening a rollback
// journal (journal_mode OFF first), which the vault refuses.
Status encryptStoreCopy(const QString &dataDir, int handle)
{
    const QString converting = convertingPath(dataDir);
    removeStoreFiles(converting);
    sqlite3 *clear = nullptr;
    const QByteArray clearPath = QFile::encodeName(storePath(dataDir));
    if (sqlite3_open_v2(clearPath.constData(), &clear, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        const Error error = makeError(QStringLiteral("vault.convert_failed"), sqliteError(clear));
        sqlite3_close(clear);
        return error;
    }
    const auto closeClear = [&] { sqlite3_close(clear); };
    sqlite3_busy_timeout(clear, 10000);
    int pageSize = 0;
    {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(clear, "PRAGMA page_size", -1, &statement, nullptr);
        if (statement && sqlite3_step(statement) == SQLITE_ROW)
            pageSize = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    if (pageSize != VaultVfs::kPageSize) {
        closeClear();
        return makeError(QStringLiteral("vault.convert_failed"),
            tr("The store uses pages of %1 bytes; only %2 can be encrypted.").arg(pageSize).arg(VaultVfs::kPageSize));
    }
    int reserve = VaultVfs::kReserveBytes;
    sqlite3_file_control(clear, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    // "scratch": this copy may have a rollback journal (VACUUM INTO writes one); a crash discards it.
    const QString target = QUrl::fromLocalFile(converting).toString(QUrl::FullyEncoded)
        + QStringLiteral("?vfs=%1&vault=%2&scratch=1").arg(QLatin1String(VaultVfs::kName)).arg(handle);
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    VaultVfs::clearLastFailure();
    Status status = exec(clear, QStringLiteral("VACUUM INTO '%1'").arg(quoted));
    closeClear();
    if (!status)
        return status;

    sqlite3 *copy = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr)
        != SQLITE_OK) {
        const Error error = makeError(QStringLiteral("vault.convert_failed"), sqliteError(copy));
        sqlite3_close(copy);
        return error;
    }
    for (const char *sql : {"PRAGMA journal_mode = OFF", "PRAGMA journal_mode = WAL", "PRAGMA integrity_check",
             "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (status = exec(copy, QString::fromLatin1(sql)); !status)
            break;
    }
    sqlite3_close(copy);
    if (status) {
        QFile file(converting);
        if (file.open(QIODevice::ReadWrite))
            ::fsync(file.handle());
        QFile::remove(converting + QStringLiteral("-wal"));
        QFile::remove(converting + QStringLiteral("-shm"));
        SecureFiles::makePrivateFile(converting);
    }
    return status;
}

// Every clear scan (named by its SHA-256) gets an encrypted twin under its keyed name.
Status encryptScans(const QString &dataDir, const DataKey &key)
{
    const QString dir = blobsDir(dataDir);
    if (!QDir(dir).exists())
        return {};
    SecureFiles::makePrivateDir(dir);
    const BlobCipher cipher(key);
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    QStringList leftovers;
    QStringList clear;
    while (it.hasNext()) {
        it.next();
        (isContentName(it.fileName()) ? clear : leftovers).append(it.filePath());
    }
    for (const QString &file : leftovers)
        QFile::remove(file); // temporary files and twins of an earlier, unfinished conversion
    for (const QString &path : clear) {
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            return makeError(QStringLiteral("vault.convert_failed"),
                tr("The scan %1 cannot be read: %2").arg(path, source.errorString()));
        }
        const QString sha = QFileInfo(path).fileName();
        QSaveFile target(QDir(dir).filePath(cipher.fileName(sha)));
        if (!target.open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("vault.convert_failed"), target.errorString());
        if (auto written = cipher.encrypt(source, target); !written) {
            target.cancelWriting();
            return makeError(QStringLiteral("vault.convert_failed"), written.error().message);
        }
        if (!target.commit())
            return makeError(QStringLiteral("vault.convert_failed"), target.errorString());
    }
    SecureFiles::syncDirectory(dir);
    return {};
}

} // namespace

bool isEncrypted(const QString &dataDir)
{
    settlePendingConversion(dataDir);
    return KeySlots::exists(dataDir);
}

bool isUnlocked(const QString &dataDir)
{
    return Keyring::handle(dataDir) >= 0;
}

bool needsConversion(const QString &dataDir)
{
    return !isEncrypted(dataDir) && QFile::exists(storePath(dataDir));
}

Result<RecoveryKey> createFresh(const QString &dataDir)
{
    if (isEncrypted(dataDir) || QFile::exists(storePath(dataDir))) {
        return makeError(QStringLiteral("vault.exists"),
            tr("The folder %1 already holds MotCua data.").arg(QDir::toNativeSeparators(dataDir)));
    }
    if (!SecureFiles::makePrivateDir(dataDir)) {
        return makeError(QStringLiteral("vault.keys_write_failed"),
            tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir)));
    }
    const DataKey key = DataKey::random();
    const RecoveryKey recovery = RecoveryKey::random();
    KeySlots keySlots = KeySlots::create();
    if (auto set = keySlots.setRecovery(recovery, key); !set)
        return set.error();
    if (auto saved = keySlots.save(dataDir); !saved)
        return saved.error();
    Keyring::unlock(dataDir, key);
    return recovery;
}

Status unlock(const QString &dataDir, const QString &username, const QString &password)
{
    if (!isEncrypted(dataDir))
        return makeError(QStringLiteral("vault.not_encrypted"), tr("This data folder is not encrypted."));
    auto keySlots = KeySlots::load(dataDir);
    if (!keySlots)
        return keySlots.error();
    auto key = keySlots->unlockOfficer(username, password);
    if (!key)
        return key.error();
    Keyring::unlock(dataDir, key.value());
    return {};
}

Status unlockWithRecovery(const QString &dataDir, const QString &recoveryText)
{
    auto recovery = RecoveryKey::parse(recoveryText);
    if (!recovery)
        return recovery.error();
    if (!isEncrypted(dataDir))
        return makeError(QStringLiteral("vault.not_encrypted"), tr("This data folder is not encrypted."));
    auto keySlots = KeySlots::load(dataDir);
    if (!keySlots)
        return keySlots.error();
    auto key = keySlots->unlockRecovery(recovery.value());
    if (!key)
        return key.error();
    Keyring::unlock(dataDir, key.value());
    return {};
}

void lock(const QString &dataDir)
{
    Keyring::lock(dataDir);
}

Status setOfficerSlot(const QString &dataDir, const QString &username, const QString &password)
{
    const auto key = Keyring::key(dataDir);
    if (!key)
        return locked();
    auto keySlots = KeySlots::load(dataDir);
    if (!keySlots)
        return keySlots.error();
    if (auto set = keySlots.value().setOfficer(username, password, *key); !set)
        return set;
    return keySlots->save(dataDir);
}

Status removeOfficerSlot(const QString &dataDir, const QString &username)
{
    if (!Keyring::key(dataDir))
        return locked();
    auto keySlots = KeySlots::load(dataDir);
    if (!keySlots)
        return keySlots.error();
    if (!keySlots.value().removeOfficer(username))
        return {};
    return keySlots->save(dataDir);
}

bool hasOfficerSlot(const QString &dataDir, const QString &username)
{
    auto keySlots = KeySlots::load(dataDir);
    return keySlots && keySlots->hasOfficer(username);
}

Result<RecoveryKey> convertPlaintext(const QString &dataDir, const QString &username, const QString &password)
{
    if (!needsConversion(dataDir))
        return makeError(QStringLiteral("vault.exists"), tr("This data folder has no clear store to convert."));
    if (!VaultVfs::ensureRegistered())
        return makeError(QStringLiteral("vault.unavailable"), tr("The encryption layer cannot start."));
    SecureFiles::makePrivateDir(dataDir);
    {
        // Only an administrator of the clear store converts it, with his current password.
        auto clear = Database::open(dataDir);
        if (!clear)
            return clear.error();
        auto officer = OfficerRepository(*clear.value()).authenticate(username, password);
        if (!officer)
            return officer.error();
        if (!officer->roles.contains(Role::Admin)) {
            return makeError(QStringLiteral("vault.not_admin"),
                tr("Only an administrator can turn on the encryption of this desk."));
        }
        QSqlQuery checkpoint(clear.value()->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const DataKey key = DataKey::random();
    const RecoveryKey recovery = RecoveryKey::random();
    KeySlots keySlots = KeySlots::create();
    if (auto set = keySlots.setOfficer(username, password, key); !set)
        return set.error();
    if (auto set = keySlots.setRecovery(recovery, key); !set)
        return set.error();

    Keyring::unlock(dataDir, key);
    const int handle = Keyring::handle(dataDir);
    Status status = encryptStoreCopy(dataDir, handle);
    if (status)
        status = encryptScans(dataDir, key);
    if (!status) {
        Keyring::lock(dataDir);
        removeStoreFiles(convertingPath(dataDir));
        return status.error();
    }
    // The commit point: with the key file saved, the encrypted copy is the store.
    if (auto saved = keySlots.save(dataDir); !saved) {
        Keyring::lock(dataDir);
        removeStoreFiles(convertingPath(dataDir));
        return saved.error();
    }
    settlePendingConversion(dataDir);
    return recovery;
}

} // namespace motcua::vault::Vault

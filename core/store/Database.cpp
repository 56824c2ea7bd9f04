#include "Database.h"

#include "DiskSpace.h"
#include "Schema.h"
#include "vault/KeySlots.h"
#include "vault/Keyring.h"
#include "vault/SecureFiles.h"
#include "vault/VaultVfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "motcua.store")

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::Database", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("motcua-%1").arg(counter.fetch_add(1));
}

// Four Crockford base-32 characters (20 random bits): short enough to read aloud, and what makes
// dossier codes of different devices differ (docs/dossier-code.md).
QString makeDeviceTag()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    quint32 bits = QRandomGenerator::system()->generate();
    QString tag;
    for (int i = 0; i < 4; ++i) {
        tag.append(QLatin1Char(alphabet[bits & 31U]));
        bits >>= 5;
    }
    return tag;
}

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            return makeError(QStringLiteral("store.migration_failed"),
                tr("Could not update the database structure: %1").arg(query.lastError().text()));
        }
    }
    return {};
}

Error openError(bool encrypted, const QString &filePath, const QString &detail)
{
    const QString failure = vault::VaultVfs::lastFailure();
    if (encrypted && !failure.isEmpty()) {
        return makeError(QStringLiteral("store.tampered"),
            tr("The encrypted store %1 was changed outside MotCua or is damaged (%2 does not pass its "
               "integrity check). Nothing was read from it; restore the folder from a backup.")
                .arg(QDir::toNativeSeparators(filePath), failure));
    }
    return makeError(QStringLiteral("store.open_failed"),
        tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(filePath), detail));
}

Status prepareEncryptedPages(QSqlDatabase &db, const QString &filePath, bool fresh)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!raw)
        return makeError(QStringLiteral("store.open_failed"), tr("The SQLite handle is not available."));
    if (fresh) {
        // Before the first page is written: room on every page for its nonce and tag.
        QSqlQuery pageSize(db);
        pageSize.exec(QStringLiteral("PRAGMA page_size = %1").arg(vault::VaultVfs::kPageSize));
        int reserve = vault::VaultVfs::kReserveBytes;
        sqlite3_file_control(raw, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        // Straight to WAL while the store is empty, through journal_mode OFF so that the switch
        // itself writes no rollback journal (the vault refuses one: it would hold clear pages).
        for (const QString &mode : {QStringLiteral("OFF"), QStringLiteral("WAL")}) {
            QSqlQuery wal(db);
            if (!wal.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)))
                return openError(true, filePath, wal.lastError().text());
        }
        QSqlQuery first(db);
        if (!first.exec(QStringLiteral("PRAGMA user_version = 0")))
            return openError(true, filePath, first.lastError().text());
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return openError(true, filePath, check.lastError().text());
    int reserve = -1;
    sqlite3_file_control(raw, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    if (reserve != vault::VaultVfs::kReserveBytes) {
        return makeError(QStringLiteral("store.open_failed"),
            tr("%1 is not an encrypted MotCua store.").arg(QDir::toNativeSeparators(filePath)));
    }
    return {};
}

} // namespace

Database::Database(QString dataDir, QString connectionName)
    : m_dataDir(std::move(dataDir))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::filePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("motcua.db"));
}

namespace {

// Failures that a full disk explains better than SQLite does ("disk I/O error").
bool mayBeDiskFull(const Error &error)
{
    static const QStringList codes{QStringLiteral("store.open_failed"), QStringLiteral("store.migration_failed"),
        QStringLiteral("store.write_failed"), QStringLiteral("store.commit_failed"), QStringLiteral("store.busy")};
    return codes.contains(error.code);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    auto opened = openStore(dataDir);
    if (!opened && mayBeDiskFull(opened.error()))
        return DiskSpace::explain(dataDir, opened.error());
    return opened;
}

Result<std::unique_ptr<Database>> Database::openStore(const QString &dataDir)
{
    if (!vault::SecureFiles::makePrivateDir(dataDir)) {
        return makeError(QStringLiteral("store.open_failed"),
            tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir)));
    }
    std::unique_ptr<Database> database(new Database(QDir(dataDir).absolutePath(), nextConnectionName()));
    // A folder with a key file is encrypted: its store opens only through the vault VFS, with the
    // data key an officer's login put in the Keyring. A folder unlocked before its first store
    // exists (a fresh desk) is encrypted from the first page on.
    const int keyHandle = vault::Keyring::handle(dataDir);
    if (keyHandle < 0 && vault::KeySlots::exists(dataDir)) {
        return makeError(QStringLiteral("store.locked"),
            tr("The data in %1 is encrypted: an officer must log in with his password (or the administrator "
               "type the recovery key) to open it.")
                .arg(QDir::toNativeSeparators(dataDir)));
    }
    const bool encrypted = keyHandle >= 0;
    const bool fresh = QFileInfo(database->filePath()).size() == 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (encrypted) {
        if (!vault::VaultVfs::ensureRegistered()) {
            return makeError(QStringLiteral("store.open_failed"), tr("The encryption layer cannot start."));
        }
        db.setDatabaseName(QUrl::fromLocalFile(database->filePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?vfs=%1&vault=%2").arg(QLatin1String(vault::VaultVfs::kName)).arg(keyHandle));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(database->filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    vault::VaultVfs::clearLastFailure();
    if (!db.open()) {
        return openError(encrypted, database->filePath(), db.lastError().text());
    }
    if (encrypted) {
        if (auto status = prepareEncryptedPages(db, database->filePath(), fresh); !status)
            return status.error();
    }
    if (auto status = database->applyPragmas(); !status)
        return status.error();
    vault::SecureFiles::makePrivateFile(database->filePath());
    if (auto status = database->migrate(); !status)
        return status.error();
    return database;
}

Status Database::applyPragmas()
{
    QSqlDatabase db = connection();
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // Large sorts (a register of a million dossiers) spill to temporary files instead of
        // growing the process: the default temp_store, and a bounded page cache.
        QStringLiteral("PRAGMA cache_size = -16384"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return makeError(QStringLiteral("store.open_failed"),
                tr("Cannot prepare the database (%1): %2").arg(pragma, query.lastError().text()));
        }
    }
    // A file that is not SQLite fails here, not at the first real query.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if (!vault::VaultVfs::lastFailure().isEmpty())
            return openError(true, filePath(), check.lastError().text());
        return makeError(QStringLiteral("store.open_failed"),
            tr("%1 is not a MotCua database: %2").arg(QDir::toNativeSeparators(filePath()), check.lastError().text()));
    }
    return {};
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery versionQuery(db);
    versionQuery.exec(QStringLiteral("PRAGMA user_version"));
    const int version = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    versionQuery.finish();

    if (version > kSchemaVersion) {
        return makeError(QStringLiteral("store.newer_schema"),
            tr("This data was written by a newer MotCua (database version %1; this program "
               "understands up to %2). Install the newer MotCua to open it; nothing was changed.")
                .arg(version)
                .arg(kSchemaVersion));
    }

    const QList<QStringList> steps = Schema::migrationSteps();
    Q_ASSERT(steps.size() == kSchemaVersion);
    if (version < kSchemaVersion) {
        qCInfo(lcStore) << "migrating" << filePath() << "from version" << version << "to" << kSchemaVersion;
        auto status = write([&]() -> Status {
            for (int step = version; step < kSchemaVersion; ++step) {
                if (auto applied = execAll(db, steps.at(step)); !applied)
                    return applied;
            }
            QSqlQuery setVersion(db);
            if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
                return makeError(QStringLiteral("store.migration_failed"), setVersion.lastError().text());
            }
            return {};
        });
        if (!status)
            return status;
    }

    if (deviceId().isEmpty()) {
        auto status = write([&]() -> Status {
            if (auto s = setMeta(QStringLiteral("device_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)); !s)
                return s;
            return setMeta(QStringLiteral("device_tag"), makeDeviceTag());
        });
        if (!status)
            return status;
    }
    return {};
}

Status Database::write(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    if (m_writeDepth > 0) {
        ++m_writeDepth;
        Status status = work();
        --m_writeDepth;
        return status;
    }
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return makeError(QStringLiteral("store.busy"),
            tr("The database is busy or cannot be written: %1").arg(begin.lastError().text()));
    }
    ++m_writeDepth;
    Status status = work();
    --m_writeDepth;
    QSqlQuery end(db);
    if (status) {
        if (end.exec(QStringLiteral("COMMIT")))
            return status;
        status = makeError(QStringLiteral("store.commit_failed"),
            tr("The change could not be saved (the disk may be full): %1").arg(end.lastError().text()));
    }
    QSqlQuery rollback(db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    if (mayBeDiskFull(status.error()))
        return DiskSpace::explain(m_dataDir, status.error());
    return status;
}

QString Database::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return makeError(QStringLiteral("store.write_failed"), query.lastError().text());
    return {};
}

} // namespace motcua

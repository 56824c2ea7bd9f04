// `motcua-server backup --data DIR FILE`: a consistent copy of the SQLite store through SQLite's
// online backup API, taken while the server keeps serving. A PostgreSQL store is backed up with
// pg_dump instead (docs/server-deploy.md): the server does not reimplement it.
#include "CliSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace motcua::server::cli {

namespace {

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

QString sqliteMessage(sqlite3 *db, int code)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
}

// Copies every page in one step, that is in one read transaction: the copy is one moment's state,
// and in WAL mode a reader never holds up the server's writers (pages copied a few at a time
// would start over whenever the server wrote meanwhile). Returns an empty string when done, else
// what went wrong.
QString copyPages(sqlite3 *source, sqlite3 *target)
{
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return sqliteMessage(target, SQLITE_ERROR);
    int code = SQLITE_OK;
    do {
        code = sqlite3_backup_step(backup, -1);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errstr(code));
    if (finished != SQLITE_OK)
        return sqliteMessage(target, finished);
    return {};
}

// One statement's first text column ("ok" from integrity_check); empty on failure.
QString firstText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QString text;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return text;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

int backup(const Parsed &parsed)
{
    if (parsed.has("--database")) {
        err(tr("backup copies the SQLite store of --data DIR; back up a PostgreSQL store with pg_dump "
               "(docs/server-deploy.md, \"Backups\")."));
        return 2;
    }
    if (parsed.positional.size() != 1) {
        err(tr("usage: motcua-server backup --data DIR FILE"));
        return 2;
    }
    const QString sourcePath = QDir(parsed.option("--data")).filePath(QStringLiteral("motcua-server.sqlite"));
    const QString targetPath = QFileInfo(parsed.positional.first()).absoluteFilePath();
    if (!QFileInfo::exists(sourcePath)) {
        err(tr("%1 holds no server store (motcua-server.sqlite).").arg(parsed.option("--data")));
        return 1;
    }
    // Never over an earlier backup: a failed copy would destroy the last good one.
    if (QFileInfo::exists(targetPath)) {
        err(tr("%1 exists already; remove it or choose another name.").arg(targetPath));
        return 1;
    }
    if (!QFileInfo(QFileInfo(targetPath).absolutePath()).isDir()) {
        err(tr("The folder of %1 does not exist.").arg(targetPath));
        return 1;
    }

    // Read-write without create (nothing is written): a read-only connection could not make the
    // WAL index a stopped server left behind.
    sqlite3 *rawSource = nullptr;
    int code = sqlite3_open_v2(
        QFile::encodeName(sourcePath).constData(), &rawSource, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    const SqliteHandle source(rawSource);
    if (code != SQLITE_OK) {
        err(tr("Cannot open %1: %2").arg(sourcePath, sqliteMessage(source.get(), code)));
        return 1;
    }
    sqlite3_busy_timeout(source.get(), 10000);

    // The copy is built under a temporary name and renamed when complete, so FILE is either a
    // whole, checked store or absent. It holds the province's signing key: its owner's alone.
    const QString partialPath = targetPath + QStringLiteral(".partial");
    QFile::remove(partialPath);
    const mode_t previousMask = ::umask(077);
    sqlite3 *rawTarget = nullptr;
    code = sqlite3_open_v2(QFile::encodeName(partialPath).constData(), &rawTarget,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    ::umask(previousMask);
    SqliteHandle target(rawTarget);
    const auto fail = [&](const QString &message) {
        err(message);
        target.reset();
        QFile::remove(partialPath);
        QFile::remove(partialPath + QStringLiteral("-journal"));
        return 1;
    };
    if (code != SQLITE_OK)
        return fail(tr("Cannot create %1: %2").arg(partialPath, sqliteMessage(target.get(), code)));
    if (const QString failure = copyPages(source.get(), target.get()); !failure.isEmpty())
        return fail(tr("Copying %1 failed: %2").arg(sourcePath, failure));
    // One self-contained file, not a database that expects a -wal beside it.
    if (firstText(target.get(), "PRAGMA journal_mode = DELETE").compare(QLatin1String("delete"), Qt::CaseInsensitive)
        != 0)
        return fail(tr("Cannot make %1 a single file: %2").arg(partialPath, sqliteMessage(target.get(), SQLITE_ERROR)));
    const QString check = firstText(target.get(), "PRAGMA integrity_check");
    if (check != QLatin1String("ok"))
        return fail(tr("The copy does not pass SQLite's integrity check: %1").arg(check));
    target.reset();
    if (!syncFile(partialPath))
        return fail(tr("Cannot write %1 to disk.").arg(partialPath));
    if (::rename(QFile::encodeName(partialPath).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        err(tr("Cannot rename %1 to %2.").arg(partialPath, targetPath));
        QFile::remove(partialPath);
        return 1;
    }
    syncFile(QFileInfo(targetPath).absolutePath());
    out(tr("Backed up %1 to %2 (%3 bytes).").arg(sourcePath, targetPath).arg(QFileInfo(targetPath).size()));
    return 0;
}

} // namespace motcua::server::cli

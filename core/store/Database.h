#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

// The local SQLite store of one data directory: opens the file with the pragmas that make it
// durable (WAL, synchronous=FULL, foreign keys), brings its schema to the current version in one
// transaction, and refuses a file written by a newer MotCua.
//
// One Database is one QtSql connection and belongs to the thread that opened it; a long write on
// another thread opens its own Database on the same directory.
class Database final
{
public:
    static constexpr int kSchemaVersion = 7;

    // Opens (creating if needed) DIR/motcua.db. Fails with "store.newer_schema",
    // "store.open_failed" or "store.migration_failed" ("disk.full" when the disk has no room left).
    static Result<std::unique_ptr<Database>> open(const QString &dataDir);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString dataDir() const { return m_dataDir; }
    QString filePath() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails or the commit does.
    // Nested calls join the outer transaction.
    Status write(const std::function<Status()> &work);

    // A value of the meta table (device identity, catalog version, …); empty when absent.
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    // This installation: a UUID and a short tag used in dossier codes, made on first open.
    QString deviceId() const { return meta(QStringLiteral("device_id")); }
    QString deviceTag() const { return meta(QStringLiteral("device_tag")); }

private:
    static Result<std::unique_ptr<Database>> openStore(const QString &dataDir);
    Database(QString dataDir, QString connectionName);
    Status migrate();
    Status applyPragmas();

    QString m_dataDir;
    QString m_connectionName;
    int m_writeDepth = 0;
};

} // namespace motcua

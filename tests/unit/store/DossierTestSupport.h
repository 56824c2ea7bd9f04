#pragma once

// Helpers for the store tests: catalog rows written with plain SQL (the catalog importer is not
// under test here) and row counts of every table a receipt touches.

#include "store/Database.h"

#include <QDir>
#include <QMap>
#include <QSqlQuery>
#include <QString>

namespace motcua::testing {

inline bool insertProcedure(Database &db, const QString &code, const QString &name, int days,
    const QString &unit = QStringLiteral("working_days"), bool active = true)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO procedures (code, name, processing_days, processing_unit, active, "
                                 "catalog_version) VALUES (?, ?, ?, ?, ?, 1)"));
    query.addBindValue(code);
    query.addBindValue(name);
    query.addBindValue(days);
    query.addBindValue(unit);
    query.addBindValue(active ? 1 : 0);
    return query.exec();
}

inline bool insertAlias(Database &db, const QString &alias, const QString &code)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO procedure_aliases (alias, procedure_code) VALUES (?, ?)"));
    query.addBindValue(alias);
    query.addBindValue(code);
    return query.exec();
}

// The seed procedures the tests use: 5 working days, same day, and an inactive one.
inline bool insertTestCatalog(Database &db)
{
    return insertProcedure(db, QStringLiteral("1.004884"), QStringLiteral("Đăng ký lại khai sinh"), 5)
        && insertProcedure(
            db, QStringLiteral("1.001193"), QStringLiteral("Đăng ký khai sinh"), 0, QStringLiteral("same_day"))
        && insertProcedure(db, QStringLiteral("1.004873"), QStringLiteral("Cấp giấy xác nhận tình trạng hôn nhân"), 3)
        && insertProcedure(db, QStringLiteral("9.999999"), QStringLiteral("Thủ tục đã bãi bỏ"), 3,
            QStringLiteral("working_days"), false)
        && insertAlias(db, QStringLiteral("1.001640"), QStringLiteral("1.001193"));
}

inline qint64 rowCount(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Rows of every table a dossier change writes, plus the blob files on disk.
inline QMap<QString, qint64> storeCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const char *table : {"dossiers", "dossier_documents", "dossier_events", "dossier_pauses", "outbox",
             "attachments", "code_sequences"}) {
        counts.insert(QString::fromLatin1(table), rowCount(db, QString::fromLatin1(table)));
    }
    counts.insert(QStringLiteral("blob files"),
        QDir(QDir(db.dataDir()).filePath(QStringLiteral("blobs"))).entryList(QDir::Files | QDir::Hidden).size());
    return counts;
}

inline QString scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error>");
    return query.value(0).toString();
}

} // namespace motcua::testing

namespace motcua::testing {

// "code: message" of a failed result, empty on success: REQUIRE(failure(r) == QString()) prints why.
template <typename T> QString failure(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code + QStringLiteral(": ") + result.error().message;
}

} // namespace motcua::testing

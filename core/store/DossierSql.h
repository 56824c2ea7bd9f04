#pragma once

#include "IsoTime.h"
#include "domain/Result.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

#include <sqlite3.h>

#include <optional>

// Small helpers shared by the DossierRepository sources and the Outbox (not a public interface).
namespace motcua::DossierSql {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::DossierRepository", text);
}

inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// QtSql binds a null QString as SQL NULL: optional texts (phone, note, …) are stored as ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

inline QVariant timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(VietnamTime::toIso(at)) : nullText();
}

inline QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return VietnamTime::parseIso(value.toString()).value_or(QDateTime());
}

// The store keeps seconds: a dossier handed back must equal the one read again later.
inline QDateTime toStoredPrecision(const QDateTime &at)
{
    return QDateTime::fromSecsSinceEpoch(IsoTime::floorSeconds(at), VietnamTime::zone());
}

inline Error writeError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.write_failed"), tr("The dossier could not be saved: %1").arg(query.lastError().text()));
}

inline Error readError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.read_failed"), tr("The dossier could not be read: %1").arg(query.lastError().text()));
}

// Runs a statement prepared once and kept for the repository's life.
inline Status run(
    std::optional<QSqlQuery> &slot, const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (!slot) {
        slot.emplace(db);
        slot->setForwardOnly(true);
        if (!slot->prepare(sql)) {
            Error error = writeError(*slot);
            slot.reset();
            return error;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        slot->bindValue(static_cast<int>(i), values.at(i));
    if (!slot->exec()) {
        Error error = writeError(*slot);
        slot->finish();
        return error;
    }
    return {};
}

// Reads the first row and resets the statement, so that no read stays open.
inline std::optional<QVariantList> firstRow(QSqlQuery &query, int columns)
{
    std::optional<QVariantList> row;
    if (query.next()) {
        row.emplace();
        for (int i = 0; i < columns; ++i)
            row->append(query.value(i));
    }
    query.finish();
    return row;
}

// An INSERT prepared once on the connection's own sqlite3 handle, for the rows written per change
// (a dossier, its documents, its event, its outbox op). QtSql binds every value through a QVariant
// and every text as UTF-16 that SQLite converts back to UTF-8; at a dozen rows per dossier that
// was a large part of a bulk receipt. Texts are bound as UTF-8, held by the statement until it ran
// (SQLite does not copy them).
// Must be destroyed before its Database closes (an unfinalized statement keeps the file open).
class Statement final
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Prepares sql on first use; false (see errorText) when the connection is not SQLite or the
    // SQL does not compile.
    bool prepare(const QSqlDatabase &db, const char *sql)
    {
        if (m_statement)
            return true;
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
            m_error = QStringLiteral("not an SQLite connection");
            return false;
        }
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return false;
        }
        m_texts.resize(sqlite3_bind_parameter_count(m_statement));
        return true;
    }

    // Parameters count from 1, as in SQL. A null QString is bound as '' (texts are NOT NULL).
    void bind(int index, const QByteArray &utf8)
    {
        QByteArray &held = m_texts[index - 1];
        held = utf8;
        sqlite3_bind_text(m_statement, index, held.constData(), static_cast<int>(held.size()), SQLITE_STATIC);
    }
    void bind(int index, const QString &text) { bind(index, text.toUtf8()); }
    void bind(int index, QLatin1String text)
    {
        sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, int value) { sqlite3_bind_int(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }

    // Runs the statement and makes it ready for the next row.
    bool exec()
    {
        const int result = sqlite3_step(m_statement);
        if (result != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        for (QByteArray &held : m_texts)
            held.clear();
        return result == SQLITE_DONE;
    }

    QString errorText() const { return m_error; }
    qint64 lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_texts; // per parameter: the text bound to it until the statement ran
    QString m_error;
};

inline Error writeError(const Statement &statement)
{
    return makeError(
        QStringLiteral("store.write_failed"), tr("The dossier could not be saved: %1").arg(statement.errorText()));
}

} // namespace motcua::DossierSql

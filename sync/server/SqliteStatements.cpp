#include "SqliteStatements.h"

#include "protocol/ErrorBody.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerDatabase", text);
}

// The same errors as databaseError() makes of Qt SQL's: busy or locked is worth another try.
Error sqliteError(sqlite3 *connection, int code)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error{QString::fromLatin1(protocol::errors::unavailable), tr("The database is busy; try again.")};
    return Error{QString::fromLatin1(protocol::errors::internal),
        tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
}

// SQLITE_OK, an SQLite error, or -1 for a type that is not bound here.
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return sqlite3_bind_null(statement, index);
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(statement, index);
        // SQLITE_STATIC: the value outlives the step, since the caller holds the list until exec returns.
        return sqlite3_bind_text16(statement, index, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob64(statement, index, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default:
        return -1;
    }
}

} // namespace

SqliteStatements::~SqliteStatements()
{
    clear();
}

void SqliteStatements::clear()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

std::optional<Result<qint64>> SqliteStatements::exec(
    sqlite3 *connection, const QString &sql, const QVariantList &values, qsizetype maxStatements)
{
    sqlite3_stmt *statement = m_statements.value(sql);
    if (!statement) {
        if (m_statements.size() >= maxStatements)
            clear();
        const QByteArray text = sql.toUtf8();
        const int prepared = sqlite3_prepare_v3(
            connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (prepared != SQLITE_OK) {
            sqlite3_finalize(statement);
            return Result<qint64>(sqliteError(connection, prepared));
        }
        m_statements.insert(sql, statement);
    }
    // Whatever happens below, the statement is left reset and unbound for its next use.
    struct Reset
    {
        sqlite3_stmt *statement;
        ~Reset()
        {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        }
    } reset{statement};
    if (values.size() != sqlite3_bind_parameter_count(statement))
        return Result<qint64>(Error{QString::fromLatin1(protocol::errors::internal),
            tr("Database error: %1 values for the %2 parameters of a statement")
                .arg(values.size())
                .arg(sqlite3_bind_parameter_count(statement))});
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int bound = bind(statement, int(i) + 1, values[i]);
        if (bound == -1)
            return std::nullopt;
        if (bound != SQLITE_OK)
            return Result<qint64>(sqliteError(connection, bound));
    }
    int stepped = SQLITE_ROW;
    while (stepped == SQLITE_ROW) // a RETURNING clause's rows, which exec() does not return
        stepped = sqlite3_step(statement);
    if (stepped != SQLITE_DONE)
        return Result<qint64>(sqliteError(connection, stepped));
    return Result<qint64>(qint64(sqlite3_changes64(connection)));
}

} // namespace motcua::server

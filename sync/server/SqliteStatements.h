#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::server {

// The data-changing statements of one SQLite connection, prepared once and run through SQLite's
// own API. The push path binds tens of thousands of values a second on the writer thread, and Qt
// SQL's binding (a QVariant copy, a null check and a type switch per value, every bound list
// copied again at exec) took a sixth of that thread's time. Text is bound as the QString's own
// UTF-16 without a copy, exactly as Qt's SQLite driver binds it (a null QString is NULL), so rows
// read back through Qt SQL are the same.
class SqliteStatements final
{
public:
    SqliteStatements() = default;
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Runs sql with values on the connection; the number of rows it changed. nullopt when a value
    // has a type this class does not bind (the caller then runs the statement through Qt SQL).
    // A new statement beyond maxStatements first finalizes the ones kept (none is in use between
    // two calls).
    std::optional<Result<qint64>> exec(
        sqlite3 *connection, const QString &sql, const QVariantList &values, qsizetype maxStatements);
    // Finalizes every statement: before the connection closes (SQLite refuses to close a
    // connection that still has statements).
    void clear();

private:
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace motcua::server

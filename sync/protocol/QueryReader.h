#pragma once

#include "domain/Result.h"

#include <QString>
#include <QUrlQuery>

#include <initializer_list>
#include <optional>

namespace motcua::protocol {

// Reads the query string of a request strictly: unknown or repeated parameters are refused, and
// the first problem is kept with its path ("?limit: must be an integer ≤ 1000").
class QueryReader final
{
public:
    QueryReader(const QUrlQuery &query, std::initializer_list<const char *> allowed);

    std::optional<QString> value(const char *name); // nullopt when absent
    QString required(const char *name);
    // Plain decimal digits only: no sign, no leading zero, no spaces.
    std::optional<qint64> integer(const char *name, qint64 min, qint64 max);

    void fail(const char *name, const QString &reason);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    QUrlQuery m_query;
    std::optional<Error> m_error;
};

} // namespace motcua::protocol

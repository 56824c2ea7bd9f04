#pragma once

#include "Change.h"
#include "Limits.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace motcua::protocol {

// GET /v2/pull?cursor=…&limit=…: the query. No cursor means "from the beginning".
struct PullQuery
{
    std::optional<QString> cursor; // isCursor; opaque to the client
    int limit = limits::defaultPullLimit; // limits::minPullLimit to limits::maxPullLimit

    static Result<PullQuery> fromQuery(const QUrlQuery &query);
    QUrlQuery toQuery() const;

    bool operator==(const PullQuery &) const = default;
};

// One page of changes of the device's commune, the catalog and the calendar, oldest first.
struct PullResponse
{
    QList<Change> changes; // at most the query's limit
    QString cursor; // where the next pull starts; store it with the applied page
    bool more = false; // true: pull again now

    static Result<PullResponse> fromJson(const QByteArray &body);
    static Result<PullResponse> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    bool operator==(const PullResponse &) const = default;
};

} // namespace motcua::protocol

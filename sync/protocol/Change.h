#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua::protocol {

// One record as the server holds it: an item of a pull page, and the server's record in a push
// conflict. For "catalog" and "calendar", fields is the whole published document.
struct Change
{
    QString entity; // entity name; a client skips entities it does not know
    QString id; // canonical UUID
    qint64 version = 1; // ≥ 1, increases with every change of the record
    QJsonObject fields; // the record (empty when deleted)
    std::optional<QString> originDevice; // the device whose op made this version; null for the province
    bool deleted = false;

    // A response part: unknown members are ignored. path names it in errors ("changes[4]").
    static Result<Change> fromJson(const QJsonObject &object, const QString &path);
    QJsonObject toJson() const;

    bool operator==(const Change &) const = default;
};

} // namespace motcua::protocol

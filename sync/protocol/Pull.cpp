#include "Pull.h"

#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "QueryReader.h"
#include "WireTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace motcua::protocol {

namespace {

const char cursorShape[]
    = QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "1 to 256 characters of A-Z, a-z, 0-9, '-', '_', '.' and '~'");

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::JsonReader", text);
}

} // namespace

Result<PullQuery> PullQuery::fromQuery(const QUrlQuery &query)
{
    QueryReader reader(query, {"cursor", "limit"});
    PullQuery result;
    result.cursor = reader.value("cursor");
    if (result.cursor && !isCursor(*result.cursor))
        reader.fail("cursor", tr("must be %1").arg(tr(cursorShape)));
    result.limit = static_cast<int>(
        reader.integer("limit", limits::minPullLimit, limits::maxPullLimit).value_or(limits::defaultPullLimit));
    if (!reader.ok())
        return reader.error();
    return result;
}

QUrlQuery PullQuery::toQuery() const
{
    QUrlQuery query;
    if (cursor)
        query.addQueryItem(QStringLiteral("cursor"), *cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

Result<PullResponse> PullResponse::fromJson(const QByteArray &body)
{
    auto object
        = JsonReader::parseBody(body, limits::maxPullResponseBody, QString::fromLatin1(errors::responseMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    PullResponse response;
    const QJsonArray changes = reader.array("changes", 0, limits::maxPullLimit);
    response.cursor = reader.token("cursor", &isCursor, cursorShape);
    response.more = reader.boolean("more");
    if (!reader.ok())
        return reader.error();
    const QString changesPath = JsonReader::join(path, QStringLiteral("changes"));
    response.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString itemPath = JsonReader::item(changesPath, i);
        if (!changes.at(i).isObject()) {
            reader.failAt(itemPath, tr("must be a JSON object"));
            return reader.error();
        }
        auto change = Change::fromJson(changes.at(i).toObject(), itemPath);
        if (!change)
            return change.error();
        response.changes.append(std::move(change).value());
    }
    return response;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray array;
    for (const Change &change : changes)
        array.append(change.toJson());
    return QJsonObject{
        {QStringLiteral("changes"), array},
        {QStringLiteral("cursor"), cursor},
        {QStringLiteral("more"), more},
    };
}

} // namespace motcua::protocol

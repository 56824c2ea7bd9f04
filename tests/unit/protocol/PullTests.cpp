#include "ProtocolSamples.h"
#include "TempDir.h"

#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Pull.h"
#include "protocol/WireTypes.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;
using namespace motcua::protocol;
using namespace motcua::testing;

namespace {

PullResponse samplePage()
{
    PullResponse page;
    page.changes.append(sampleChange());
    Change catalog;
    catalog.entity = QStringLiteral("catalog");
    catalog.id = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
    catalog.version = 12;
    catalog.fields = QJsonObject{{QStringLiteral("format"), QStringLiteral("motcua-catalog")},
        {QStringLiteral("format_version"), 1}, {QStringLiteral("procedures"), QJsonArray()}};
    page.changes.append(catalog);
    Change removed = sampleChange();
    removed.id = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    removed.fields = QJsonObject();
    removed.deleted = true;
    page.changes.append(removed);
    page.cursor = QStringLiteral("c1.AAAAAAAAB3k~");
    page.more = true;
    return page;
}

QUrlQuery query(const QString &text)
{
    return QUrlQuery(text);
}

QByteArray withChange(int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = samplePage().toJson();
    QJsonArray changes = object.value(QStringLiteral("changes")).toArray();
    QJsonObject change = changes.at(index).toObject();
    edit(change);
    changes.replace(index, change);
    object.insert(QStringLiteral("changes"), changes);
    return body(object);
}

QString refusalMessage(const QByteArray &bytes)
{
    const auto parsed = PullResponse::fromJson(bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == QLatin1String(errors::responseMalformed));
    return parsed.error().message;
}

} // namespace

TEST_CASE("A pull page with dossiers, a publication and a deletion survives a round trip", "[protocol][pull]")
{
    const PullResponse page = samplePage();
    const auto parsed = PullResponse::fromJson(body(page.toJson()));
    REQUIRE(parsed.ok());
    CHECK(*parsed == page);
    CHECK(parsed->changes.at(1).originDevice == std::nullopt);
    CHECK(parsed->changes.at(2).deleted);
}

TEST_CASE("A pull query has an optional cursor and a limit of 1 to 1000", "[protocol][pull]")
{
    const auto first = PullQuery::fromQuery(query(QString()));
    REQUIRE(first.ok());
    CHECK_FALSE(first->cursor.has_value());
    CHECK(first->limit == limits::defaultPullLimit);

    const PullQuery next{QStringLiteral("c1.AAAAAAAAB3k~"), 1000};
    const auto parsed = PullQuery::fromQuery(next.toQuery());
    REQUIRE(parsed.ok());
    CHECK(*parsed == next);

    CHECK(PullQuery::fromQuery(query(QStringLiteral("limit=0"))).error().message
        == QStringLiteral("?limit: must be an integer from 1 to 1000"));
    CHECK(PullQuery::fromQuery(query(QStringLiteral("limit=1001"))).error().message
        == QStringLiteral("?limit: must be an integer from 1 to 1000"));
    CHECK(PullQuery::fromQuery(query(QStringLiteral("limit=050"))).error().message
        == QStringLiteral("?limit: must be a decimal integer"));
    CHECK(PullQuery::fromQuery(query(QStringLiteral("limit=-5"))).error().message
        == QStringLiteral("?limit: must be a decimal integer"));
}

TEST_CASE("A pull query refuses malformed cursors, unknown and repeated parameters", "[protocol][pull]")
{
    const auto bad = PullQuery::fromQuery(query(QStringLiteral("cursor=a%20b")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QLatin1String(errors::requestMalformed));
    CHECK(bad.error().message.startsWith(QStringLiteral("?cursor: must be 1 to 256 characters")));
    CHECK(
        PullQuery::fromQuery(query(QStringLiteral("cursor="))).error().message.startsWith(QStringLiteral("?cursor: ")));
    CHECK(PullQuery::fromQuery(query(QStringLiteral("cursor=") + QString(257, QLatin1Char('a'))))
              .error()
              .message.startsWith(QStringLiteral("?cursor: ")));
    CHECK(PullQuery::fromQuery(query(QStringLiteral("since=5"))).error().message
        == QStringLiteral("?since: unknown parameter"));
    CHECK(PullQuery::fromQuery(query(QStringLiteral("limit=5&limit=6"))).error().message
        == QStringLiteral("?limit: given more than once"));
}

TEST_CASE("A pulled change is validated with its position in the page", "[protocol][pull]")
{
    CHECK(refusalMessage(withChange(1, [](QJsonObject &c) { c.insert(QStringLiteral("version"), 0); }))
        == QStringLiteral("changes[1].version: must be an integer ≥ 1"));
    CHECK(refusalMessage(withChange(0, [](QJsonObject &c) {
        c.insert(QStringLiteral("id"), QStringLiteral("42"));
    })).startsWith(QStringLiteral("changes[0].id: must be a UUID")));
    CHECK(refusalMessage(withChange(2, [](QJsonObject &c) { c.remove(QStringLiteral("deleted")); }))
        == QStringLiteral("changes[2].deleted: is required"));
    CHECK(refusalMessage(withChange(0, [](QJsonObject &c) {
        c.insert(QStringLiteral("origin_device"), QStringLiteral("device-7"));
    })).startsWith(QStringLiteral("changes[0].origin_device: must be a UUID")));
    CHECK(refusalMessage(withChange(0, [](QJsonObject &c) { c.insert(QStringLiteral("fields"), 3); }))
        == QStringLiteral("changes[0].fields: must be a JSON object"));
}

TEST_CASE("A pull page needs a cursor and more, and holds at most 1000 changes", "[protocol][pull]")
{
    QJsonObject noCursor = samplePage().toJson();
    noCursor.remove(QStringLiteral("cursor"));
    CHECK(refusalMessage(body(noCursor)) == QStringLiteral("cursor: is required"));
    QJsonObject noMore = samplePage().toJson();
    noMore.insert(QStringLiteral("more"), QStringLiteral("yes"));
    CHECK(refusalMessage(body(noMore)) == QStringLiteral("more: must be true or false"));
    QJsonArray many;
    for (int i = 0; i <= limits::maxPullLimit; ++i)
        many.append(sampleChange().toJson());
    QJsonObject tooMany = samplePage().toJson();
    tooMany.insert(QStringLiteral("changes"), many);
    CHECK(refusalMessage(body(tooMany)) == QStringLiteral("changes: must have 0 to 1000 items"));
}

TEST_CASE("Changes of entities this client does not know still parse, so the cursor can advance", "[protocol][pull]")
{
    const auto parsed = PullResponse::fromJson(
        withChange(0, [](QJsonObject &c) { c.insert(QStringLiteral("entity"), QStringLiteral("appointment")); }));
    REQUIRE(parsed.ok());
    CHECK(parsed->changes.at(0).entity == QStringLiteral("appointment"));
    CHECK_FALSE(isKnownEntity(parsed->changes.at(0).entity));
    CHECK(isKnownEntity(parsed->changes.at(1).entity));
}

#include "domain/TimeOrderedUuid.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace motcua;

TEST_CASE("Time-ordered UUIDs are version 7, distinct, and increase as text")
{
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QUuid id = TimeOrderedUuid::next();
        // Qt 6.4 predates version 7 (QUuid::version() says "unknown"): read the nibble.
        const QString text = id.toString(QUuid::WithoutBraces);
        CHECK(text.at(14) == QLatin1Char('7'));
        CHECK(id.variant() == QUuid::DCE);
        REQUIRE(text > previous);
        seen.insert(text);
        previous = text;
    }
    CHECK(seen.size() == 20000);
}

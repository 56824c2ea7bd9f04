#include "domain/Procedure.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("Document kinds and processing units round-trip through their keys")
{
    for (auto kind : {DocumentKind::Original, DocumentKind::CertifiedCopy, DocumentKind::Photocopy})
        CHECK(documentKindFromKey(documentKindKey(kind)) == kind);
    CHECK_FALSE(documentKindFromKey(QStringLiteral("scan")).has_value());
    CHECK(processingUnitFromKey(QStringLiteral("same_day")) == ProcessingUnit::SameDay);
    CHECK_FALSE(processingUnitFromKey(QStringLiteral("hours")).has_value());
}

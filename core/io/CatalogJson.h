#pragma once

#include "domain/Procedure.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua {

// A published procedure catalog: what the province (or the seed file) gives every desk.
struct Catalog
{
    int version = 0; // increases with every publication
    QString publishedAt; // "YYYY-MM-DD", may be empty
    QString publisher;
    QList<Procedure> procedures;
};

// The catalog file format "motcua-catalog" (docs/catalog-format.md). Parsing is strict: any
// unknown field, wrong type or inconsistent code is refused with an error that names the place
// ("procedures[3] (1.000894): documents[1].kind …"), because a half-understood catalog would
// give citizens wrong document lists and deadlines.
namespace CatalogJson {

Result<Catalog> parse(const QByteArray &json);
QByteArray write(const Catalog &catalog);

} // namespace CatalogJson
} // namespace motcua

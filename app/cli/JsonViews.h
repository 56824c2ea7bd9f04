#pragma once

#include "domain/Dossier.h"
#include "domain/Procedure.h"

#include <QDate>
#include <QJsonObject>

namespace motcua::cli {

// The JSON shapes motcua-cli prints (snake_case keys, ISO 8601 dates).
QJsonObject procedureJson(const Procedure &procedure, bool withDetails);
QJsonObject dossierJson(const Dossier &dossier, const QDate &today);
QJsonObject eventJson(const DossierEvent &event);

} // namespace motcua::cli

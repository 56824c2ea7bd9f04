#pragma once

#include "domain/Dossier.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua {

// The JSON form of dossiers and their events in outbox ops (and so on the wire): keys are the
// column names of the store, times ISO 8601 with +07:00, dates YYYY-MM-DD, absent times null.
namespace DossierJson {

// Compact JSON text of every field, documents and pauses included; with `event`, the event is
// embedded as "event" (the fields of a receipt op). Written directly, not through QJsonObject:
// a bulk receipt serializes tens of thousands of these.
QByteArray dossierText(const Dossier &dossier, const DossierEvent *event = nullptr);

QJsonObject dossier(const Dossier &dossier); // the same as an object
QJsonArray pauses(const QList<DossierPause> &pauses);
QJsonObject event(const DossierEvent &event); // without op_id: the op carries it

} // namespace DossierJson
} // namespace motcua

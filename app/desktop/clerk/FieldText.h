#pragma once

#include <QJsonValue>
#include <QString>

namespace motcua::clerk {

// How the clerk's screens show a dossier field of the wire (DossierJson key and value): a label
// in the UI language, and the value as a person reads it (status titles, dates, "3 documents").
namespace FieldText {

QString label(const QString &key);
QString value(const QString &key, const QJsonValue &value);

} // namespace FieldText
} // namespace motcua::clerk

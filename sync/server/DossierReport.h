#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::server {

class ServerDatabase;

// The state of one scan a dossier's documents name, as the dossier's commune holds it.
struct ScanState
{
    QString sha256;
    std::optional<qint64> size; // declared by the first chunk; nullopt before any
    qint64 received = 0;
    bool complete = false;
};

// One dossier as the province holds it: its record, its whole timeline (events oldest first) and
// its scans' state, for `motcua-server dossier show`.
struct DossierReport
{
    QString id;
    QString communeCode;
    qint64 version = 0;
    QString originDevice;
    QJsonObject fields;
    QList<QJsonObject> events; // each the event as the desk sent it, plus dossier_id
    QList<ScanState> scans; // in the order of the documents

    QJsonObject toJson() const;
};

// The dossiers whose code is `code` (usually one; two while an unmerged duplicate pair exists).
// Errors: "dossier.unknown" when none has it.
Result<QList<DossierReport>> findDossiersByCode(ServerDatabase &db, const QString &code);

} // namespace motcua::server

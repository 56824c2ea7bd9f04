#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// One dossier whose work did not reach the server: at least one of its ops was refused (by the
// server or by the client's own check before sending), so the server lacks that change and
// refuses, or will refuse, every later change of the same dossier too; or one of its scans was
// set aside by the scan uploads (its record travelled first, the scan never can).
struct DossierAttention
{
    QString dossierId;
    QString code; // the printed code; empty when the dossier is not in the local store
    QString applicantName;
    int rejectedOps = 0; // refused ops of the dossier
    int heldOps = 0; // later ops of the dossier still in the outbox: they cannot succeed either
    // Scans of the dossier that sync set aside for good (over the limit, gone from this computer):
    // the record may be on the server, these scans never will be.
    int refusedScans = 0;
    QString reason; // the first refusal's code: the root cause ("blob.too_large", …)
    QString message; // its message as the server or the client gave it
    QDateTime firstRejectedAt;

    int totalOps() const { return rejectedOps + heldOps; }
};

// The "needs attention" state of sync: refused ops and every later op of the same dossier are one
// state, counted per dossier, for the status bar, the dossier, the lists and the CLI. Ops that a
// conflict resolution replaced ("conflict.superseded") are not failures: the resolution carries
// them. Reads only.
class SyncAttention final
{
public:
    explicit SyncAttention(Database &database);

    // The reason code of ops set aside by a conflict resolution (not a failure).
    static QString supersededReason();

    Result<QList<DossierAttention>> list() const;
    Result<qint64> dossierCount() const;
    Result<std::optional<DossierAttention>> forDossier(const QString &dossierId) const;

private:
    Result<QList<DossierAttention>> query(const QString &dossierId) const;

    Database &m_database;
};

} // namespace motcua

#pragma once

#include "DossierRepository.h"
#include "domain/Officer.h"

#include <QDateTime>
#include <QString>

namespace motcua {

// The desk's gate to DossierRepository for a logged-in officer: checks Permissions first, then
// writes with officer.actorLabel() as the actor of the event, so every change is attributed to a
// person. A refusal writes nothing and fails with "permission.denied" and a message naming the
// role that would allow it; the repository's own errors pass through unchanged.
class AuthorizedDossiers final
{
public:
    AuthorizedDossiers(DossierRepository &dossiers, Officer officer);

    Result<Dossier> receive(const ReceiveRequest &request);
    Result<Dossier> move(const QString &idOrCode, DossierStatus to, const QString &note = {}, const QDateTime &at = {});
    // Form 04 (DossierRepository::reschedule): signed by the head of the agency (ApproveResult).
    Result<Dossier> reschedule(
        const QString &idOrCode, const QDate &newDueDate, const QString &reason, const QDateTime &at = {});

    // A new scan for a document (DossierRepository::replaceScan): the reception's work (ReceiveDossier).
    Result<Dossier> replaceScan(const QString &idOrCode, int position, const QString &sourceFile);

    const Officer &officer() const { return m_officer; }

private:
    DossierRepository &m_dossiers;
    Officer m_officer;
};

} // namespace motcua

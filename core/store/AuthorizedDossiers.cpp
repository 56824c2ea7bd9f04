#include "AuthorizedDossiers.h"

#include "domain/Permissions.h"

namespace motcua {

AuthorizedDossiers::AuthorizedDossiers(DossierRepository &dossiers, Officer officer)
    : m_dossiers(dossiers)
    , m_officer(std::move(officer))
{
}

Result<Dossier> AuthorizedDossiers::receive(const ReceiveRequest &request)
{
    if (!Permissions::allows(m_officer, Permission::ReceiveDossier)) {
        return makeError(
            QStringLiteral("permission.denied"), Permissions::deniedMessage(m_officer, Permission::ReceiveDossier));
    }
    ReceiveRequest attributed = request;
    attributed.actor = m_officer.actorLabel();
    return m_dossiers.receive(attributed);
}

Result<Dossier> AuthorizedDossiers::move(
    const QString &idOrCode, DossierStatus to, const QString &note, const QDateTime &at)
{
    // The role rule depends on the target status only, so it holds whatever another writer did to
    // the dossier meanwhile; DossierLifecycle is checked by the repository inside its transaction.
    if (!Permissions::mayMoveTo(m_officer, to))
        return makeError(QStringLiteral("permission.denied"), Permissions::moveDeniedMessage(m_officer, to));
    return m_dossiers.move(idOrCode, to, note, at, m_officer.actorLabel());
}

Result<Dossier> AuthorizedDossiers::reschedule(
    const QString &idOrCode, const QDate &newDueDate, const QString &reason, const QDateTime &at)
{
    if (!Permissions::allows(m_officer, Permission::ApproveResult)) {
        return makeError(
            QStringLiteral("permission.denied"), Permissions::deniedMessage(m_officer, Permission::ApproveResult));
    }
    return m_dossiers.reschedule(idOrCode, newDueDate, reason, at, m_officer.actorLabel());
}

Result<Dossier> AuthorizedDossiers::replaceScan(const QString &idOrCode, int position, const QString &sourceFile)
{
    if (!Permissions::allows(m_officer, Permission::ReceiveDossier)) {
        return makeError(
            QStringLiteral("permission.denied"), Permissions::deniedMessage(m_officer, Permission::ReceiveDossier));
    }
    return m_dossiers.replaceScan(idOrCode, position, sourceFile, {}, m_officer.actorLabel());
}

} // namespace motcua

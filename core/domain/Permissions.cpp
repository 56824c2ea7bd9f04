#include "Permissions.h"

#include "DossierLifecycle.h"

#include <QCoreApplication>

namespace motcua::Permissions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::Permissions", text);
}

// "Leader or Handling": the roles that would allow it, in allRoles() order.
QString roleList(const QList<Role> &roles)
{
    QStringList titles;
    for (Role role : roles)
        titles << roleTitle(role);
    if (titles.isEmpty())
        return tr("(none)");
    const QString last = titles.takeLast();
    return titles.isEmpty() ? last : tr("%1 or %2").arg(titles.join(QStringLiteral(", ")), last);
}

QList<Role> rolesGrantingAny(const QList<Permission> &permissions)
{
    QList<Role> roles;
    for (Role role : allRoles()) {
        for (Permission permission : permissions) {
            if (granted(role).contains(permission)) {
                roles << role;
                break;
            }
        }
    }
    return roles;
}

QString who(const Officer &officer)
{
    return officer.actorLabel().isEmpty() ? tr("This officer") : officer.actorLabel();
}

} // namespace

QList<Permission> allPermissions()
{
    using P = Permission;
    return {P::ReceiveDossier, P::HandleDossier, P::ApproveResult, P::ReturnResult, P::RefuseDossier, P::ManageOfficers,
        P::ResolveConflicts, P::ImportData, P::ExportReports, P::ChangeSettings};
}

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return QStringLiteral("receive_dossier");
    case Permission::HandleDossier:
        return QStringLiteral("handle_dossier");
    case Permission::ApproveResult:
        return QStringLiteral("approve_result");
    case Permission::ReturnResult:
        return QStringLiteral("return_result");
    case Permission::RefuseDossier:
        return QStringLiteral("refuse_dossier");
    case Permission::ManageOfficers:
        return QStringLiteral("manage_officers");
    case Permission::ResolveConflicts:
        return QStringLiteral("resolve_conflicts");
    case Permission::ImportData:
        return QStringLiteral("import_data");
    case Permission::ExportReports:
        return QStringLiteral("export_reports");
    case Permission::ChangeSettings:
        return QStringLiteral("change_settings");
    }
    return {};
}

QString permissionTitle(Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return tr("receive dossiers");
    case Permission::HandleDossier:
        return tr("process dossiers");
    case Permission::ApproveResult:
        return tr("approve results");
    case Permission::ReturnResult:
        return tr("return results to citizens");
    case Permission::RefuseDossier:
        return tr("refuse or stop dossiers");
    case Permission::ManageOfficers:
        return tr("manage officer accounts");
    case Permission::ResolveConflicts:
        return tr("resolve sync conflicts");
    case Permission::ImportData:
        return tr("import data");
    case Permission::ExportReports:
        return tr("export reports");
    case Permission::ChangeSettings:
        return tr("change settings");
    }
    return {};
}

QList<Permission> granted(Role role)
{
    using P = Permission;
    // The table of docs/roles.md: keep them in step.
    switch (role) {
    case Role::Reception:
        return {P::ReceiveDossier, P::ReturnResult};
    case Role::Handling:
        return {P::HandleDossier};
    case Role::Leader:
        // Everything a handling officer does, plus what needs the signature of the head.
        return {P::HandleDossier, P::ApproveResult, P::RefuseDossier, P::ExportReports};
    case Role::Clerk:
        return {P::ResolveConflicts, P::ImportData, P::ExportReports};
    case Role::Admin:
        return {P::ManageOfficers, P::ChangeSettings};
    }
    return {};
}

QList<Role> rolesGranting(Permission permission)
{
    return rolesGrantingAny({permission});
}

bool allows(const Officer &officer, Permission permission)
{
    if (!officer.active)
        return false;
    for (Role role : officer.roles) {
        if (granted(role).contains(permission))
            return true;
    }
    return false;
}

QList<Permission> movePermissions(DossierStatus to)
{
    using P = Permission;
    using S = DossierStatus;
    switch (to) {
    case S::Received:
        return {}; // only a receipt makes a dossier "received"
    case S::InProcess:
    case S::SupplementRequested:
    case S::FinancialObligation:
        return {P::HandleDossier};
    case S::Done:
        // The handling officer marks it done once the result is signed; the leader approving it
        // may record that too.
        return {P::HandleDossier, P::ApproveResult};
    case S::Returned:
        return {P::ReturnResult};
    case S::Refused:
    case S::Stopped:
        return {P::RefuseDossier};
    case S::Withdrawn:
        // The citizen asks at the desk or the handling officer records the written request.
        return {P::ReceiveDossier, P::HandleDossier};
    }
    return {};
}

bool mayMoveTo(const Officer &officer, DossierStatus to)
{
    const QList<Permission> needed = movePermissions(to);
    for (Permission permission : needed) {
        if (allows(officer, permission))
            return true;
    }
    return false;
}

bool mayMove(const Officer &officer, DossierStatus from, DossierStatus to)
{
    return mayMoveTo(officer, to) && DossierLifecycle::isAllowed(from, to);
}

QList<DossierStatus> allowedMoves(const Officer &officer, DossierStatus from)
{
    QList<DossierStatus> moves;
    const QList<DossierStatus> legal = DossierLifecycle::allowedMoves(from);
    for (DossierStatus to : legal) {
        if (mayMoveTo(officer, to))
            moves << to;
    }
    return moves;
}

QString deniedMessage(const Officer &officer, Permission permission)
{
    if (!officer.active)
        return tr("The account of %1 is disabled: it may not %2.").arg(who(officer), permissionTitle(permission));
    return tr("%1 may not %2: that needs the role %3.")
        .arg(who(officer), permissionTitle(permission), roleList(rolesGranting(permission)));
}

QString moveDeniedMessage(const Officer &officer, DossierStatus to)
{
    const QString target = statusLabel(to);
    if (!officer.active)
        return tr("The account of %1 is disabled: it may not move dossiers to \"%2\".").arg(who(officer), target);
    const QList<Role> roles = rolesGrantingAny(movePermissions(to));
    if (roles.isEmpty())
        return tr("No officer may move a dossier to \"%1\".").arg(target);
    return tr("%1 may not move dossiers to \"%2\": that needs the role %3.").arg(who(officer), target, roleList(roles));
}

} // namespace motcua::Permissions

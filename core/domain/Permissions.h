#pragma once

#include "DossierStatus.h"
#include "Officer.h"
#include "Role.h"

#include <QList>
#include <QString>

namespace motcua {

// What an officer may do. Granted by roles (docs/roles.md has the table and its legal reasons);
// the core enforces it (AuthorizedDossiers), the UI only hides what would be refused anyway.
enum class Permission {
    ReceiveDossier, // take in a complete dossier and issue form 01
    HandleDossier, // process: start, request a supplement (02), financial obligation, mark done
    ApproveResult, // sign the result and the apology with a new date (04)
    ReturnResult, // hand the result to the citizen
    RefuseDossier, // sign a refusal (03) or a stop notice
    ManageOfficers,
    ResolveConflicts,
    ImportData,
    ExportReports,
    ChangeSettings,
};

namespace Permissions {

QList<Permission> allPermissions();
QString permissionKey(Permission permission); // "receive_dossier", …
QString permissionTitle(Permission permission); // what it lets one do, in the UI language

// What each role grants, and which roles grant a permission.
QList<Permission> granted(Role role);
QList<Role> rolesGranting(Permission permission);

// A disabled officer may do nothing.
bool allows(const Officer &officer, Permission permission);

// The permissions any one of which lets an officer move a dossier to `to` (empty: no one may,
// e.g. back to "received").
QList<Permission> movePermissions(DossierStatus to);
// The role rule alone: whether the officer's roles allow moving a dossier to `to`.
bool mayMoveTo(const Officer &officer, DossierStatus to);
// The role rule AND DossierLifecycle.
bool mayMove(const Officer &officer, DossierStatus from, DossierStatus to);
// DossierLifecycle::allowedMoves(from) that the officer may make, in the same order.
QList<DossierStatus> allowedMoves(const Officer &officer, DossierStatus from);

// "<officer> may not <permission>: that needs the role <role(s)>." in the UI language.
QString deniedMessage(const Officer &officer, Permission permission);
// The same for a move to `to`.
QString moveDeniedMessage(const Officer &officer, DossierStatus to);

} // namespace Permissions
} // namespace motcua

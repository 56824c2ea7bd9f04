#include "domain/Permissions.h"
#include "domain/DossierLifecycle.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

Officer officerWith(QList<Role> roles, bool active = true)
{
    Officer officer;
    officer.id = QUuid::createUuid();
    officer.username = QStringLiteral("canbo");
    officer.fullName = QStringLiteral("Lò Văn Pọm");
    officer.roles = std::move(roles);
    officer.active = active;
    return officer;
}

} // namespace

TEST_CASE("role keys round-trip and unknown keys are refused")
{
    REQUIRE(allRoles().size() == 5);
    for (Role role : allRoles()) {
        CHECK(roleFromKey(roleKey(role)) == role);
        CHECK_FALSE(roleTitle(role).isEmpty());
    }
    CHECK(roleKey(Role::Reception) == QStringLiteral("reception"));
    CHECK(roleKey(Role::Admin) == QStringLiteral("admin"));
    CHECK(roleFromKey(QStringLiteral(" Leader ")) == Role::Leader);
    CHECK_FALSE(roleFromKey(QStringLiteral("chairman")).has_value());
    CHECK_FALSE(roleFromKey(QString()).has_value());
}

TEST_CASE("the actor label names the person and the account")
{
    CHECK(officerWith({Role::Reception}).actorLabel() == QStringLiteral("Lò Văn Pọm (canbo)"));
}

TEST_CASE("reception receives and returns results but does not process")
{
    const Officer reception = officerWith({Role::Reception});
    CHECK(Permissions::allows(reception, Permission::ReceiveDossier));
    CHECK(Permissions::allows(reception, Permission::ReturnResult));
    CHECK_FALSE(Permissions::allows(reception, Permission::HandleDossier));
    CHECK_FALSE(Permissions::allows(reception, Permission::RefuseDossier));
    CHECK_FALSE(Permissions::allows(reception, Permission::ManageOfficers));
    CHECK(Permissions::allowedMoves(reception, DossierStatus::Done) == QList<DossierStatus>{DossierStatus::Returned});
    CHECK(Permissions::allowedMoves(reception, DossierStatus::Received)
        == QList<DossierStatus>{DossierStatus::Withdrawn});
    CHECK_FALSE(Permissions::mayMove(reception, DossierStatus::InProcess, DossierStatus::Done));
}

TEST_CASE("handling officers process, request supplements and mark done, but do not refuse")
{
    const Officer handling = officerWith({Role::Handling});
    CHECK(Permissions::allowedMoves(handling, DossierStatus::Received)
        == QList<DossierStatus>{
            DossierStatus::InProcess, DossierStatus::SupplementRequested, DossierStatus::Withdrawn});
    CHECK(Permissions::mayMove(handling, DossierStatus::InProcess, DossierStatus::Done));
    CHECK(Permissions::mayMove(handling, DossierStatus::SupplementRequested, DossierStatus::InProcess));
    CHECK(Permissions::mayMove(handling, DossierStatus::InProcess, DossierStatus::FinancialObligation));
    CHECK_FALSE(Permissions::mayMove(handling, DossierStatus::InProcess, DossierStatus::Refused));
    CHECK_FALSE(Permissions::mayMove(handling, DossierStatus::InProcess, DossierStatus::Stopped));
    CHECK_FALSE(Permissions::mayMove(handling, DossierStatus::Done, DossierStatus::Returned));
    CHECK_FALSE(Permissions::allows(handling, Permission::ReceiveDossier));
}

TEST_CASE("leaders may do everything handling officers do, and sign refusals and approvals")
{
    const Officer handling = officerWith({Role::Handling});
    const Officer leader = officerWith({Role::Leader});
    for (Permission permission : Permissions::granted(Role::Handling))
        CHECK(Permissions::allows(leader, permission));
    for (DossierStatus from : allStatuses()) {
        for (DossierStatus to : Permissions::allowedMoves(handling, from))
            CHECK(Permissions::mayMove(leader, from, to));
    }
    CHECK(Permissions::allows(leader, Permission::ApproveResult));
    CHECK(Permissions::mayMove(leader, DossierStatus::Received, DossierStatus::Refused));
    CHECK(Permissions::mayMove(leader, DossierStatus::InProcess, DossierStatus::Stopped));
    CHECK_FALSE(Permissions::allows(leader, Permission::ManageOfficers));
}

TEST_CASE("clerk and admin do not move dossiers")
{
    const Officer clerk = officerWith({Role::Clerk});
    const Officer admin = officerWith({Role::Admin});
    CHECK(Permissions::allows(clerk, Permission::ResolveConflicts));
    CHECK(Permissions::allows(clerk, Permission::ImportData));
    CHECK(Permissions::allows(clerk, Permission::ExportReports));
    CHECK(Permissions::allows(admin, Permission::ManageOfficers));
    CHECK(Permissions::allows(admin, Permission::ChangeSettings));
    CHECK_FALSE(Permissions::allows(admin, Permission::ResolveConflicts));
    for (DossierStatus from : allStatuses()) {
        CHECK(Permissions::allowedMoves(clerk, from).isEmpty());
        CHECK(Permissions::allowedMoves(admin, from).isEmpty());
    }
}

TEST_CASE("roles add up and a disabled officer may do nothing")
{
    const Officer both = officerWith({Role::Reception, Role::Handling});
    CHECK(Permissions::allowedMoves(both, DossierStatus::Done) == QList<DossierStatus>{DossierStatus::Returned});
    CHECK(Permissions::mayMove(both, DossierStatus::Received, DossierStatus::InProcess));
    const Officer disabled = officerWith({Role::Leader, Role::Reception, Role::Admin}, false);
    for (Permission permission : Permissions::allPermissions())
        CHECK_FALSE(Permissions::allows(disabled, permission));
    for (DossierStatus from : allStatuses())
        CHECK(Permissions::allowedMoves(disabled, from).isEmpty());
    CHECK(Permissions::deniedMessage(disabled, Permission::ReceiveDossier).contains(QStringLiteral("disabled")));
}

TEST_CASE("allowed moves never include a move the law forbids")
{
    const Officer everyone = officerWith(allRoles());
    for (DossierStatus from : allStatuses()) {
        CHECK(Permissions::allowedMoves(everyone, from) == DossierLifecycle::allowedMoves(from));
        for (DossierStatus to : allStatuses())
            CHECK(Permissions::mayMove(everyone, from, to) == DossierLifecycle::isAllowed(from, to));
    }
}

TEST_CASE("every permission is granted by some role and the denial names it")
{
    const Officer nobody = officerWith({Role::Clerk});
    for (Permission permission : Permissions::allPermissions()) {
        const QList<Role> roles = Permissions::rolesGranting(permission);
        REQUIRE_FALSE(roles.isEmpty());
        if (Permissions::allows(nobody, permission))
            continue;
        const QString message = Permissions::deniedMessage(nobody, permission);
        CHECK(message.contains(nobody.actorLabel()));
        for (Role role : roles)
            CHECK(message.contains(roleTitle(role)));
    }
    CHECK(Permissions::deniedMessage(nobody, Permission::RefuseDossier).contains(roleTitle(Role::Leader)));
    CHECK(Permissions::moveDeniedMessage(nobody, DossierStatus::Returned).contains(roleTitle(Role::Reception)));
}

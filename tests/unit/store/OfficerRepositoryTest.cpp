#include "store/OfficerRepository.h"
#include "domain/Permissions.h"
#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "store/AuthorizedDossiers.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include "DossierTestSupport.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kAdminPassword = QStringLiteral("Mật khẩu quản trị 1");
const QString kPassword = QStringLiteral("mat-khau-123");

std::unique_ptr<Database> openStore(const TempDir &dir)
{
    auto opened = Database::open(dir.path());
    REQUIRE(failure(opened) == QString());
    return std::move(opened).value();
}

// A desk with its first administrator.
struct Desk
{
    Desk()
        : db(openStore(dir))
        , officers(*db)
    {
        auto created
            = officers.createAdministrator(QStringLiteral("quantri"), QStringLiteral("Quàng Thị Hoa"), kAdminPassword);
        REQUIRE(failure(created) == QString());
        admin = created.value();
    }

    Officer add(const QString &username, QList<Role> roles, const QString &name = QStringLiteral("Lò Văn Pọm"))
    {
        Officer officer;
        officer.username = username;
        officer.fullName = name;
        officer.roles = std::move(roles);
        auto added = officers.add(officer, kPassword);
        REQUIRE(failure(added) == QString());
        return added.value();
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    OfficerRepository officers;
    Officer admin;
};

Officer draft(const QString &username, QList<Role> roles, const QString &name = QStringLiteral("Lò Văn Pọm"))
{
    Officer officer;
    officer.username = username;
    officer.fullName = name;
    officer.roles = std::move(roles);
    return officer;
}

} // namespace

TEST_CASE("a fresh desk has no officers until its first administrator is created, once")
{
    TempDir dir;
    auto db = openStore(dir);
    OfficerRepository officers(*db);
    REQUIRE(officers.hasOfficers().ok());
    CHECK_FALSE(officers.hasOfficers().value());

    auto admin
        = officers.createAdministrator(QStringLiteral(" QuanTri "), QStringLiteral("Quàng Thị Hoa"), kAdminPassword);
    REQUIRE(failure(admin) == QString());
    CHECK(admin->username == QStringLiteral("quantri"));
    CHECK(admin->roles == QList<Role>{Role::Admin});
    CHECK(admin->active);
    CHECK(officers.hasOfficers().value());

    auto second = officers.createAdministrator(QStringLiteral("khac"), QStringLiteral("Người Khác"), kAdminPassword);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == QStringLiteral("officer.admin_exists"));
    CHECK(rowCount(*db, QStringLiteral("officers")) == 1);
}

TEST_CASE("the first account of a desk must be an administrator")
{
    TempDir dir;
    auto db = openStore(dir);
    OfficerRepository officers(*db);
    auto added = officers.add(draft(QStringLiteral("tiepnhan"), {Role::Reception}), kPassword);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("officer.first_admin"));
    CHECK(rowCount(*db, QStringLiteral("officers")) == 0);
}

TEST_CASE("accounts survive reopening and list by username with their roles")
{
    TempDir dir;
    {
        auto db = openStore(dir);
        OfficerRepository officers(*db);
        REQUIRE(officers.createAdministrator(QStringLiteral("quantri"), QStringLiteral("Quàng Thị Hoa"), kAdminPassword)
                    .ok());
        REQUIRE(officers.add(draft(QStringLiteral("tiepnhan"), {Role::Handling, Role::Reception}), kPassword).ok());
    }
    auto db = openStore(dir);
    OfficerRepository officers(*db);
    auto list = officers.list();
    REQUIRE(failure(list) == QString());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).username == QStringLiteral("quantri"));
    CHECK(list->at(1).username == QStringLiteral("tiepnhan"));
    CHECK(list->at(1).fullName == QStringLiteral("Lò Văn Pọm"));
    CHECK(list->at(1).roles == QList<Role>{Role::Reception, Role::Handling}); // allRoles() order
    auto found = officers.find(list->at(1).id);
    REQUIRE(found.ok());
    CHECK(found->username == QStringLiteral("tiepnhan"));
    auto byName = officers.findByUsername(QStringLiteral("TiepNhan"));
    REQUIRE(byName.ok());
    CHECK(byName->id == list->at(1).id);
    auto missing = officers.find(QUuid::createUuid());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("officer.not_found"));
}

TEST_CASE("a new account with a bad field is refused with its own error and nothing is written")
{
    Desk desk;
    struct Case
    {
        Officer officer;
        QString password;
        QString code;
    };
    const QList<Case> cases{
        {draft(QStringLiteral("ab"), {Role::Reception}), kPassword, QStringLiteral("officer.username_invalid")},
        {draft(QStringLiteral("nguyễn"), {Role::Reception}), kPassword, QStringLiteral("officer.username_invalid")},
        {draft(QStringLiteral("co dau cach"), {Role::Reception}), kPassword,
            QStringLiteral("officer.username_invalid")},
        {draft(QStringLiteral("-dash"), {Role::Reception}), kPassword, QStringLiteral("officer.username_invalid")},
        {draft(QStringLiteral("QuanTri"), {Role::Reception}), kPassword, QStringLiteral("officer.username_taken")},
        {draft(QStringLiteral("tiepnhan"), {Role::Reception}), QStringLiteral("1234567"),
            QStringLiteral("officer.password_weak")},
        {draft(QStringLiteral("tiepnhan"), {}), kPassword, QStringLiteral("officer.no_role")},
        {draft(QStringLiteral("tiepnhan"), {Role::Reception}, QStringLiteral("  ")), kPassword,
            QStringLiteral("officer.full_name_required")},
    };
    for (const Case &c : cases) {
        INFO(c.officer.username.toStdString() + " " + c.code.toStdString());
        auto added = desk.officers.add(c.officer, c.password);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == c.code);
        CHECK_FALSE(added.error().message.isEmpty());
    }
    CHECK(rowCount(*desk.db, QStringLiteral("officers")) == 1);
    CHECK(rowCount(*desk.db, QStringLiteral("officer_roles")) == 1);
}

TEST_CASE("passwords are stored as argon2id hashes, never as typed")
{
    Desk desk;
    desk.add(QStringLiteral("tiepnhan"), {Role::Reception});
    const QString hash
        = scalar(*desk.db, QStringLiteral("SELECT password_hash FROM officers WHERE username = 'tiepnhan'"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(kPassword));
    // A fresh salt each time: the same password hashes differently.
    desk.add(QStringLiteral("tiepnhan2"), {Role::Reception});
    CHECK(scalar(*desk.db, QStringLiteral("SELECT password_hash FROM officers WHERE username = 'tiepnhan2'")) != hash);
}

TEST_CASE("authentication gives the same error for an unknown user and a wrong password")
{
    Desk desk;
    const Officer officer = desk.add(QStringLiteral("tiepnhan"), {Role::Reception});

    auto ok = desk.officers.authenticate(QStringLiteral(" TiepNhan "), kPassword);
    REQUIRE(failure(ok) == QString());
    CHECK(ok->id == officer.id);
    CHECK(ok->roles == QList<Role>{Role::Reception});

    auto wrong = desk.officers.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("mat-khau-124"));
    auto unknown = desk.officers.authenticate(QStringLiteral("khongco"), kPassword);
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().code == QStringLiteral("officer.bad_credentials"));
    CHECK(unknown.error().code == QStringLiteral("officer.bad_credentials"));
    CHECK(wrong.error().message == unknown.error().message);
    CHECK_FALSE(desk.officers.authenticate(QStringLiteral("tiepnhan"), QString()).ok());
}

TEST_CASE("a disabled officer cannot log in, and only the right password learns why")
{
    Desk desk;
    const Officer officer = desk.add(QStringLiteral("tiepnhan"), {Role::Reception});
    REQUIRE(desk.officers.setActive(officer.id, false).ok());
    auto right = desk.officers.authenticate(QStringLiteral("tiepnhan"), kPassword);
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().code == QStringLiteral("officer.disabled"));
    auto wrong = desk.officers.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("sai-mat-khau"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("officer.bad_credentials"));
    REQUIRE(desk.officers.setActive(officer.id, true).ok());
    CHECK(desk.officers.authenticate(QStringLiteral("tiepnhan"), kPassword).ok());
}

TEST_CASE("a new password replaces the old one; a weak one changes nothing")
{
    Desk desk;
    const Officer officer = desk.add(QStringLiteral("tiepnhan"), {Role::Reception});
    const QString before
        = scalar(*desk.db, QStringLiteral("SELECT password_hash FROM officers WHERE username = 'tiepnhan'"));
    auto weak = desk.officers.setPassword(officer.id, QStringLiteral("short"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == QStringLiteral("officer.password_weak"));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT password_hash FROM officers WHERE username = 'tiepnhan'")) == before);

    REQUIRE(desk.officers.setPassword(officer.id, QStringLiteral("mật khẩu mới 2026")).ok());
    CHECK_FALSE(desk.officers.authenticate(QStringLiteral("tiepnhan"), kPassword).ok());
    CHECK(desk.officers.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("mật khẩu mới 2026")).ok());
    auto missing = desk.officers.setPassword(QUuid::createUuid(), QStringLiteral("mật khẩu mới 2026"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("officer.not_found"));
}

TEST_CASE("the desk is never left without an active administrator")
{
    Desk desk;
    auto demote = desk.officers.setRoles(desk.admin.id, {Role::Leader});
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().code == QStringLiteral("officer.last_admin"));
    CHECK(desk.officers.find(desk.admin.id)->roles == QList<Role>{Role::Admin});

    auto disable = desk.officers.setActive(desk.admin.id, false);
    REQUIRE_FALSE(disable.ok());
    CHECK(disable.error().code == QStringLiteral("officer.last_admin"));
    CHECK(desk.officers.find(desk.admin.id)->active);

    // A disabled second administrator does not count.
    const Officer second = desk.add(QStringLiteral("quantri2"), {Role::Admin, Role::Clerk});
    REQUIRE(desk.officers.setActive(second.id, false).ok());
    CHECK(desk.officers.setRoles(desk.admin.id, {Role::Leader}).error().code == QStringLiteral("officer.last_admin"));

    // An active one does.
    REQUIRE(desk.officers.setActive(second.id, true).ok());
    REQUIRE(desk.officers.setRoles(desk.admin.id, {Role::Leader, Role::Leader}).ok());
    CHECK(desk.officers.find(desk.admin.id)->roles == QList<Role>{Role::Leader});
    CHECK(desk.officers.setActive(second.id, false).error().code == QStringLiteral("officer.last_admin"));

    auto noRole = desk.officers.setRoles(second.id, {});
    REQUIRE_FALSE(noRole.ok());
    CHECK(noRole.error().code == QStringLiteral("officer.no_role"));
    CHECK(desk.officers.find(second.id)->roles == QList<Role>{Role::Clerk, Role::Admin});
}

TEST_CASE("the idle lock defaults to 10 minutes and keeps a valid setting across reopening")
{
    TempDir dir;
    {
        auto db = openStore(dir);
        OfficerRepository officers(*db);
        CHECK(officers.sessionPolicy().idleLockMinutes == 10);
        REQUIRE(officers.setSessionPolicy(SessionPolicy{15}).ok());
        for (int bad : {0, -5, 241}) {
            auto refused = officers.setSessionPolicy(SessionPolicy{bad});
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == QStringLiteral("session.invalid_idle_lock"));
        }
    }
    auto db = openStore(dir);
    CHECK(OfficerRepository(*db).sessionPolicy().idleLockMinutes == 15);
    CHECK(db->meta(QStringLiteral("session_idle_lock_minutes")) == QStringLiteral("15"));
}

TEST_CASE("the desk's gate lets each officer do only what the role allows, attributed to the person")
{
    Desk desk;
    REQUIRE(insertTestCatalog(*desk.db));
    const Officer reception = desk.add(QStringLiteral("tiepnhan"), {Role::Reception}, QStringLiteral("Lò Thị Mai"));
    const Officer handling = desk.add(QStringLiteral("xuly"), {Role::Handling}, QStringLiteral("Vàng A Dính"));
    WorkCalendar calendar;
    DossierRepository dossiers(*desk.db, calendar, QStringLiteral("máy trạm"));

    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.004884");
    request.applicantName = QStringLiteral("Nguyễn Văn An");
    request.citizenId = QStringLiteral("001099012345");
    request.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), VietnamTime::zone());
    request.documents = {{QStringLiteral("Tờ khai"), DocumentKind::Original, 1, {}}};
    request.actor = QStringLiteral("someone typed here");

    AuthorizedDossiers asHandling(dossiers, handling);
    auto refused = asHandling.receive(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("permission.denied"));
    CHECK(refused.error().message.contains(roleTitle(Role::Reception)));
    CHECK(rowCount(*desk.db, QStringLiteral("dossiers")) == 0);

    AuthorizedDossiers asReception(dossiers, reception);
    CHECK(asReception.officer().id == reception.id);
    auto received = asReception.receive(request);
    REQUIRE(failure(received) == QString());

    auto notReception = asReception.move(received->code, DossierStatus::InProcess);
    REQUIRE_FALSE(notReception.ok());
    CHECK(notReception.error().code == QStringLiteral("permission.denied"));
    CHECK(dossiers.find(received->code)->status == DossierStatus::Received);

    const QDateTime later = QDateTime(QDate(2026, 11, 23), QTime(10, 0), VietnamTime::zone());
    auto moved = asHandling.move(received->code, DossierStatus::InProcess, {}, later);
    REQUIRE(failure(moved) == QString());
    auto notHandling = asHandling.move(received->code, DossierStatus::Returned, {}, later);
    REQUIRE_FALSE(notHandling.ok());
    CHECK(notHandling.error().code == QStringLiteral("permission.denied"));
    // The lifecycle's own errors pass through the gate.
    auto sameStatus = asHandling.move(received->code, DossierStatus::InProcess, {}, later);
    REQUIRE_FALSE(sameStatus.ok());
    CHECK(sameStatus.error().code == QStringLiteral("lifecycle.same_status"));

    auto events = dossiers.events(received->id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).actor == QStringLiteral("Lò Thị Mai (tiepnhan)"));
    CHECK(events->at(1).actor == QStringLiteral("Vàng A Dính (xuly)"));
}

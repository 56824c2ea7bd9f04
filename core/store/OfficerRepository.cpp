#include "OfficerRepository.h"

#include "Database.h"
#include "IsoTime.h"
#include "OfficerPassword.h"
#include "domain/TimeOrderedUuid.h"
#include "domain/VietnamTime.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

const QString kIdleLockKey = QStringLiteral("session_idle_lock_minutes");

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::OfficerRepository", text);
}

Error readError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.read_failed"),
        tr("The officer accounts could not be read: %1").arg(query.lastError().text()));
}

Error writeError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The officer account could not be saved: %1").arg(query.lastError().text()));
}

Error notFound(const QUuid &id)
{
    return makeError(QStringLiteral("officer.not_found"),
        tr("There is no officer account with the id %1.").arg(id.toString(QUuid::WithoutBraces)));
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

// Roles in allRoles() order without repeats, so that lists and comparisons are stable.
QList<Role> canonicalRoles(const QList<Role> &roles)
{
    QList<Role> result;
    for (Role role : allRoles()) {
        if (roles.contains(role))
            result << role;
    }
    return result;
}

Result<QList<Role>> rolesOf(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT role FROM officer_roles WHERE officer_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return readError(query);
    QList<Role> roles;
    while (query.next()) {
        if (auto role = roleFromKey(query.value(0).toString()))
            roles << *role;
    }
    return canonicalRoles(roles);
}

// Officers with the columns id, username, full_name, active (in that order), plus their roles.
Result<QList<Officer>> readOfficers(const QSqlDatabase &db, QSqlQuery &query)
{
    QList<Officer> officers;
    while (query.next()) {
        Officer officer;
        officer.id = QUuid::fromString(query.value(0).toString());
        officer.username = query.value(1).toString();
        officer.fullName = query.value(2).toString();
        officer.active = query.value(3).toInt() != 0;
        officers << officer;
    }
    if (query.lastError().isValid())
        return readError(query);
    for (Officer &officer : officers) {
        auto roles = rolesOf(db, idText(officer.id));
        if (!roles)
            return roles.error();
        officer.roles = roles.value();
    }
    return officers;
}

// The officers whose `column` (id or username: a name from this file, never from input) is `value`.
Result<QList<Officer>> selectOfficers(Database &database, const QString &column, const QString &value)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, username, full_name, active FROM officers WHERE %1 = ?").arg(column));
    query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    return readOfficers(db, query);
}

Status writeRoles(const QSqlDatabase &db, const QString &id, const QList<Role> &roles)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM officer_roles WHERE officer_id = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return writeError(remove);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO officer_roles (officer_id, role) VALUES (?, ?)"));
    for (Role role : roles) {
        insert.addBindValue(id);
        insert.addBindValue(roleKey(role));
        if (!insert.exec())
            return writeError(insert);
    }
    return {};
}

Status noRole()
{
    return makeError(
        QStringLiteral("officer.no_role"), tr("An officer needs at least one role (reception, handling, …)."));
}

} // namespace

OfficerRepository::OfficerRepository(Database &database)
    : m_database(database)
{
}

Status OfficerRepository::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    const QString normalized = normalizedUsername(username);
    if (!pattern.match(normalized).hasMatch()) {
        return makeError(QStringLiteral("officer.username_invalid"),
            tr("The username \"%1\" is not valid: use 3 to 32 letters a-z, digits, dots, dashes or underscores, "
               "without accents or spaces, starting with a letter or digit.")
                .arg(username));
    }
    return {};
}

Status OfficerRepository::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength) {
        return makeError(QStringLiteral("officer.password_weak"),
            tr("The password is too short: it needs at least %1 characters.").arg(kMinPasswordLength));
    }
    if (password.size() > kMaxPasswordLength) {
        return makeError(QStringLiteral("officer.password_weak"),
            tr("The password is too long: at most %1 characters.").arg(kMaxPasswordLength));
    }
    return {};
}

Result<bool> OfficerRepository::hasOfficers() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM officers)")) || !query.next())
        return readError(query);
    return query.value(0).toInt() != 0;
}

Result<Officer> OfficerRepository::createAdministrator(
    const QString &username, const QString &fullName, const QString &password)
{
    Officer officer;
    officer.username = username;
    officer.fullName = fullName;
    officer.roles = {Role::Admin};
    return insert(officer, password, true);
}

Result<Officer> OfficerRepository::add(const Officer &officer, const QString &password)
{
    return insert(officer, password, false);
}

Result<Officer> OfficerRepository::insert(const Officer &input, const QString &password, bool mustBeFirst)
{
    Officer officer = input;
    officer.id = TimeOrderedUuid::next();
    officer.username = normalizedUsername(input.username);
    officer.fullName = input.fullName.trimmed().normalized(QString::NormalizationForm_C);
    officer.roles = canonicalRoles(input.roles);
    if (auto s = checkUsername(officer.username); !s)
        return s.error();
    if (officer.fullName.isEmpty()) {
        return makeError(QStringLiteral("officer.full_name_required"),
            tr("The officer's full name is required (it is printed on forms and in the records)."));
    }
    if (officer.roles.isEmpty())
        return noRole().error();
    if (auto s = checkPassword(password); !s)
        return s.error();

    // Hashing takes a noticeable moment and 64 MB: do it before taking the write lock.
    const std::optional<QByteArray> hash = OfficerPassword::hash(password);
    if (!hash) {
        return makeError(QStringLiteral("officer.hash_failed"),
            tr("The password could not be protected (out of memory?); nothing was saved."));
    }

    const QSqlDatabase db = m_database.connection();
    // BEGIN IMMEDIATE: the checks below and the insert see the same accounts, whatever another
    // process on this data folder does meanwhile.
    auto status = m_database.write([&]() -> Status {
        auto existing = hasOfficers();
        if (!existing)
            return existing.error();
        if (mustBeFirst && existing.value()) {
            return makeError(QStringLiteral("officer.admin_exists"),
                tr("This desk already has officer accounts: an administrator must add new ones."));
        }
        if (!existing.value() && !officer.has(Role::Admin)) {
            return makeError(QStringLiteral("officer.first_admin"),
                tr("The first officer account of a desk must be an administrator, so that someone can manage "
                   "the accounts."));
        }
        QSqlQuery taken(db);
        taken.prepare(QStringLiteral("SELECT 1 FROM officers WHERE username = ?"));
        taken.addBindValue(officer.username);
        if (!taken.exec())
            return readError(taken);
        if (taken.next()) {
            return makeError(QStringLiteral("officer.username_taken"),
                tr("The username \"%1\" is already taken by another officer.").arg(officer.username));
        }
        const QString now = IsoTime::text(VietnamTime::now());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO officers (id, username, full_name, password_hash, active, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value :
            {QVariant(idText(officer.id)), QVariant(officer.username), QVariant(officer.fullName),
                QVariant(QString::fromLatin1(*hash)), QVariant(officer.active ? 1 : 0), QVariant(now), QVariant(now)}) {
            query.addBindValue(value);
        }
        if (!query.exec())
            return writeError(query);
        if (auto s = writeRoles(db, idText(officer.id), officer.roles); !s)
            return s;
        // An inactive first administrator would lock everyone out.
        if (auto s = ensureActiveAdmin(tr("add this account")); !s)
            return s;
        // Last, before the commit: an account whose key slot could not be saved is not made.
        return officer.active ? syncKeySlot(officer.username, password) : Status();
    });
    if (!status)
        return status.error();
    return officer;
}

Result<Officer> OfficerRepository::authenticate(const QString &username, const QString &password) const
{
    const Error badCredentials
        = makeError(QStringLiteral("officer.bad_credentials"), tr("The username or the password is wrong."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, password_hash, active FROM officers WHERE username = ?"));
    query.addBindValue(normalizedUsername(username));
    if (!query.exec())
        return readError(query);
    if (!query.next()) {
        OfficerPassword::verifyDummy(password);
        return badCredentials;
    }
    const QUuid id = QUuid::fromString(query.value(0).toString());
    const QByteArray hash = query.value(1).toString().toLatin1();
    const bool active = query.value(2).toInt() != 0;
    query.finish();
    if (!OfficerPassword::verify(hash, password))
        return badCredentials;
    // Only someone who knows the password learns that the account is disabled.
    if (!active) {
        return makeError(QStringLiteral("officer.disabled"),
            tr("The account \"%1\" is disabled: ask the administrator.").arg(normalizedUsername(username)));
    }
    // An officer of a converted folder (or one re-enabled) gets his key slot at his first login on
    // an unlocked desk, from the password he just proved.
    if (vault::Vault::isUnlocked(m_database.dataDir())
        && !vault::Vault::hasOfficerSlot(m_database.dataDir(), normalizedUsername(username))) {
        if (auto s = syncKeySlot(normalizedUsername(username), password); !s)
            return s.error();
    }
    return find(id);
}

Result<QList<Officer>> OfficerRepository::list() const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, username, full_name, active FROM officers ORDER BY username")))
        return readError(query);
    return readOfficers(db, query);
}

Result<Officer> OfficerRepository::find(const QUuid &id) const
{
    auto officers = selectOfficers(m_database, QStringLiteral("id"), idText(id));
    if (!officers)
        return officers.error();
    if (officers->isEmpty())
        return notFound(id);
    return officers->first();
}

Result<Officer> OfficerRepository::findByUsername(const QString &username) const
{
    auto officers = selectOfficers(m_database, QStringLiteral("username"), normalizedUsername(username));
    if (!officers)
        return officers.error();
    if (officers->isEmpty()) {
        return makeError(QStringLiteral("officer.not_found"),
            tr("There is no officer account with the username \"%1\".").arg(normalizedUsername(username)));
    }
    return officers->first();
}

Status OfficerRepository::setPassword(const QUuid &id, const QString &password)
{
    if (auto s = checkPassword(password); !s)
        return s;
    if (auto officer = find(id); !officer)
        return officer.error();
    const std::optional<QByteArray> hash = OfficerPassword::hash(password);
    if (!hash) {
        return makeError(QStringLiteral("officer.hash_failed"),
            tr("The password could not be protected (out of memory?); nothing was saved."));
    }
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE officers SET password_hash = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(QString::fromLatin1(*hash));
        query.addBindValue(IsoTime::text(VietnamTime::now()));
        query.addBindValue(idText(id));
        if (!query.exec())
            return writeError(query);
        if (query.numRowsAffected() != 1)
            return notFound(id);
        // Only this officer's slot is rewrapped; the data key and the other slots stay as they are.
        auto officer = find(id);
        if (!officer)
            return officer.error();
        return officer->active ? syncKeySlot(officer->username, password) : Status();
    });
}

Status OfficerRepository::setRoles(const QUuid &id, const QList<Role> &roles)
{
    const QList<Role> canonical = canonicalRoles(roles);
    if (canonical.isEmpty())
        return noRole();
    return m_database.write([&]() -> Status {
        if (auto officer = find(id); !officer)
            return officer.error();
        const QSqlDatabase db = m_database.connection();
        if (auto s = writeRoles(db, idText(id), canonical); !s)
            return s;
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE officers SET updated_at = ? WHERE id = ?"));
        touch.addBindValue(IsoTime::text(VietnamTime::now()));
        touch.addBindValue(idText(id));
        if (!touch.exec())
            return writeError(touch);
        return ensureActiveAdmin(tr("take the administrator role away"));
    });
}

Status OfficerRepository::setFullName(const QUuid &id, const QString &fullName)
{
    const QString name = fullName.trimmed().normalized(QString::NormalizationForm_C);
    if (name.isEmpty()) {
        return makeError(QStringLiteral("officer.full_name_required"),
            tr("The officer's full name is required (it is printed on forms and in the records)."));
    }
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE officers SET full_name = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(IsoTime::text(VietnamTime::now()));
        query.addBindValue(idText(id));
        if (!query.exec())
            return writeError(query);
        if (query.numRowsAffected() != 1)
            return notFound(id);
        return {};
    });
}

Status OfficerRepository::setActive(const QUuid &id, bool active)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE officers SET active = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(active ? 1 : 0);
        query.addBindValue(IsoTime::text(VietnamTime::now()));
        query.addBindValue(idText(id));
        if (!query.exec())
            return writeError(query);
        if (query.numRowsAffected() != 1)
            return notFound(id);
        if (auto s = ensureActiveAdmin(tr("disable this account")); !s)
            return s;
        if (active || !vault::Vault::isUnlocked(m_database.dataDir()))
            return {}; // re-enabled: the slot comes back with the next password set or login
        // A disabled officer's password no longer opens the data folder.
        auto officer = find(id);
        if (!officer)
            return officer.error();
        return vault::Vault::removeOfficerSlot(m_database.dataDir(), officer->username);
    });
}

Status OfficerRepository::syncKeySlot(const QString &username, const QString &password) const
{
    if (!vault::Vault::isUnlocked(m_database.dataDir()))
        return {}; // a clear folder (tests, the server's tools): no slots to keep
    return vault::Vault::setOfficerSlot(m_database.dataDir(), username, password);
}

// Checked after the change, inside its transaction: the change rolls back when no active
// administrator would remain.
Status OfficerRepository::ensureActiveAdmin(const QString &action) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM officers o JOIN officer_roles r ON r.officer_id = o.id "
                                 "WHERE o.active = 1 AND r.role = 'admin'"));
    if (!query.exec() || !query.next())
        return readError(query);
    if (query.value(0).toInt() > 0)
        return {};
    return makeError(QStringLiteral("officer.last_admin"),
        tr("Cannot %1: the desk would be left without an active administrator. Give another officer the "
           "administrator role first.")
            .arg(action));
}

SessionPolicy OfficerRepository::sessionPolicy() const
{
    SessionPolicy policy;
    bool ok = false;
    const int minutes = m_database.meta(kIdleLockKey).toInt(&ok);
    if (ok && minutes >= SessionPolicy::kMinIdleLockMinutes && minutes <= SessionPolicy::kMaxIdleLockMinutes)
        policy.idleLockMinutes = minutes;
    return policy;
}

Status OfficerRepository::setSessionPolicy(const SessionPolicy &policy)
{
    if (policy.idleLockMinutes < SessionPolicy::kMinIdleLockMinutes
        || policy.idleLockMinutes > SessionPolicy::kMaxIdleLockMinutes) {
        return makeError(QStringLiteral("session.invalid_idle_lock"),
            tr("The idle lock must be between %1 and %2 minutes, not %3.")
                .arg(SessionPolicy::kMinIdleLockMinutes)
                .arg(SessionPolicy::kMaxIdleLockMinutes)
                .arg(policy.idleLockMinutes));
    }
    return m_database.write(
        [&]() -> Status { return m_database.setMeta(kIdleLockKey, QString::number(policy.idleLockMinutes)); });
}

} // namespace motcua

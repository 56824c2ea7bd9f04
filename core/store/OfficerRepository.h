#pragma once

#include "domain/Officer.h"
#include "domain/Result.h"
#include "domain/SessionPolicy.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace motcua {

class Database;

// The local officer accounts of this desk: who may log in, with which roles. Passwords are kept
// as argon2id hashes (libsodium crypto_pwhash_str, interactive limits). Every change that could
// leave the desk without an active administrator is refused ("officer.last_admin"), so someone
// can always manage the accounts.
//
// In an encrypted folder every account change keeps the key slots in step: adding an officer or
// setting his password wraps the data key under it, disabling him removes his slot.
//
// Errors: "officer.username_invalid" (3–32 of a-z 0-9 . _ -, starting with a letter or digit),
// "officer.username_taken", "officer.full_name_required", "officer.password_weak" (fewer than 8
// characters), "officer.no_role", "officer.first_admin" (the first account must be an
// administrator), "officer.admin_exists", "officer.not_found", "officer.bad_credentials",
// "officer.disabled", "officer.last_admin", "officer.hash_failed", "session.invalid_idle_lock",
// and store errors.
class OfficerRepository final
{
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 1024; // hashing cost stays bounded

    explicit OfficerRepository(Database &database);

    Result<bool> hasOfficers() const;

    // The first account of a fresh desk; refused once any officer exists.
    Result<Officer> createAdministrator(const QString &username, const QString &fullName, const QString &password);

    // A new account (officer.id is ignored: a new UUID is made). The username is trimmed and
    // lowered.
    Result<Officer> add(const Officer &officer, const QString &password);

    // The same error for an unknown user and a wrong password, and the same work (one hash
    // verification) for both, so neither the message nor the time tells which usernames exist.
    Result<Officer> authenticate(const QString &username, const QString &password) const;

    Result<QList<Officer>> list() const; // by username
    Result<Officer> find(const QUuid &id) const;
    Result<Officer> findByUsername(const QString &username) const;

    Status setPassword(const QUuid &id, const QString &password);
    Status setRoles(const QUuid &id, const QList<Role> &roles);
    Status setFullName(const QUuid &id, const QString &fullName);
    Status setActive(const QUuid &id, bool active);

    // Defaults when unset or unreadable.
    SessionPolicy sessionPolicy() const;
    Status setSessionPolicy(const SessionPolicy &policy);

    // "officer.username_invalid" / "officer.password_weak" checks, for forms that check as one types.
    static Status checkUsername(const QString &username);
    static Status checkPassword(const QString &password);

private:
    Result<Officer> insert(const Officer &officer, const QString &password, bool mustBeFirst);
    Status ensureActiveAdmin(const QString &action) const;
    // In an encrypted folder, the officer's key slot follows his password (docs/encryption.md).
    Status syncKeySlot(const QString &username, const QString &password) const;

    Database &m_database;
};

} // namespace motcua

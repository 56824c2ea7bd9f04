#pragma once

#include "DataKey.h"
#include "RecoveryKey.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::vault {

// DATA/motcua.keys: the data key wrapped once per officer (under argon2id of the password) and
// once under the recovery key (docs/encryption.md "Key hierarchy"). Each slot is an
// XChaCha20-Poly1305 box whose associated data names the store and the slot's owner, so a slot
// copied to another owner or another folder does not open. Saved atomically (temporary file,
// fsync, rename), readable by the owner only.
//
// Errors: "vault.keys_unreadable", "vault.keys_malformed", "vault.bad_credentials",
// "vault.no_slot", "vault.recovery_wrong", "vault.keys_write_failed", "vault.kdf_failed".
class KeySlots final
{
public:
    static QString filePath(const QString &dataDir);
    static bool exists(const QString &dataDir);

    static KeySlots create(); // empty, with a new store id
    static Result<KeySlots> load(const QString &dataDir);
    Status save(const QString &dataDir) const;

    // Wraps key under password for username, replacing that officer's slot if he had one.
    Status setOfficer(const QString &username, const QString &password, const DataKey &key);
    bool removeOfficer(const QString &username); // false when he had no slot
    bool hasOfficer(const QString &username) const;
    QStringList officers() const;
    Result<DataKey> unlockOfficer(const QString &username, const QString &password) const;

    Status setRecovery(const RecoveryKey &recovery, const DataKey &key);
    Result<DataKey> unlockRecovery(const RecoveryKey &recovery) const;

    // Argon2id limits for new officer slots (libsodium's MODERATE would take seconds on a commune
    // laptop; see docs/encryption.md for the measured unlock time).
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr size_t kMemLimit = 64U * 1024U * 1024U;

private:
    struct Slot
    {
        QString kind; // "officer" or "recovery"
        QString username;
        unsigned long long opsLimit = 0;
        size_t memLimit = 0;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrapped;
    };
    QByteArray associatedData(const Slot &slot) const;
    static void wrap(Slot &slot, const unsigned char *wrapKey, const DataKey &key, const QByteArray &ad);
    static Result<DataKey> unwrap(const Slot &slot, const unsigned char *wrapKey, const QByteArray &ad);

    QByteArray m_storeId;
    QList<Slot> m_slots;
};

} // namespace motcua::vault

#pragma once

#include "RecoveryKey.h"
#include "domain/Result.h"

#include <QString>

namespace motcua::vault {

// The one door to a data folder's encryption (docs/encryption.md): creates the keys of a new
// folder, unlocks a folder for this process with an officer's password or the recovery key, keeps
// officer slots in step with the accounts, and converts a clear folder of an older MotCua.
//
// A folder is encrypted when it has DATA/motcua.keys. Unlocking puts the data key in the Keyring;
// Database::open then opens the store through the vault VFS.
namespace Vault {

bool isEncrypted(const QString &dataDir);
bool isUnlocked(const QString &dataDir);
// An older release's folder: a store and no key file.
bool needsConversion(const QString &dataDir);

// A new folder (no store yet): a random data key, a recovery slot, the folder unlocked. The first
// officer's slot is added when the account is made (OfficerRepository). "vault.exists" when the
// folder has keys or a store already.
Result<RecoveryKey> createFresh(const QString &dataDir);

Status unlock(const QString &dataDir, const QString &username, const QString &password);
Status unlockWithRecovery(const QString &dataDir, const QString &recoveryText);
void lock(const QString &dataDir);

// Officer slots, for OfficerRepository: need the folder unlocked ("vault.locked").
Status setOfficerSlot(const QString &dataDir, const QString &username, const QString &password);
Status removeOfficerSlot(const QString &dataDir, const QString &username);
bool hasOfficerSlot(const QString &dataDir, const QString &username);

// Converts the clear store and scans of dataDir (closed by every caller) to an encrypted folder
// whose first slot is username/password; returns the recovery key. The encrypted store is written
// beside the old one and renamed over it only when complete: a crash on the way leaves the clear
// folder as it was (a half-made conversion is discarded at the next try).
Result<RecoveryKey> convertPlaintext(const QString &dataDir, const QString &username, const QString &password);

} // namespace Vault

} // namespace motcua::vault

#pragma once

#include "DataKey.h"

#include <QString>

#include <optional>

namespace motcua::vault {

// The data keys of the folders this process has unlocked (an officer logged in, or the recovery
// key was typed). Database::open finds the key of its folder here, so every connection of the
// process (the desk's, the sync thread's, a long write's) opens the store without asking again.
// Keys live only in this process's memory and are forgotten on lock() or exit.
namespace Keyring {

void unlock(const QString &dataDir, const DataKey &key);
void lock(const QString &dataDir);

// The key of dataDir, nullopt while it is locked.
std::optional<DataKey> key(const QString &dataDir);

// A small number that names the key of dataDir in a database URI (the VFS looks it up by that
// handle, never by a path that symlinks could spell two ways); -1 while locked.
int handle(const QString &dataDir);
std::optional<DataKey> keyByHandle(int handle);

} // namespace Keyring

} // namespace motcua::vault

#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::vault::SecureFiles {

// Files MotCua creates are readable by their owner only (0600, folders 0700), whatever the
// process's umask: a second account on the laptop reads nothing.
void restrictProcessUmask(); // umask 077 for everything this process creates from now on
bool makePrivateDir(const QString &dir); // mkpath + chmod 0700
bool makePrivateFile(const QString &file); // chmod 0600

// Writes bytes to path through a temporary file in the same folder: written, fsynced, renamed,
// folder fsynced. A crash leaves either the old or the new file, never a mix.
Status writeAtomically(const QString &path, const QByteArray &bytes);

// fsync of a folder, so a rename in it survives a power cut.
bool syncDirectory(const QString &dir);

} // namespace motcua::vault::SecureFiles

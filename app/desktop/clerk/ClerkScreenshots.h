#pragma once

#include "domain/Officer.h"

#include <QSize>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::clerk {

// `motcua --screenshots DIR` for the clerk's screens: renders each of them over the given (demo)
// store at `screen` (1366×768 unless told) into DIR/statistics.png, conflicts.png, duplicates.png, import.png and
// bundle.png, printing "wrote PATH" (or "FAILED PATH") per file. Reads the store and writes
// nothing to it: the import screen previews a small list of its own.
void renderClerkScreenshots(
    const QString &dir, Database &database, Officer officer, const QSize &screen = QSize(1366, 768));

} // namespace motcua::clerk

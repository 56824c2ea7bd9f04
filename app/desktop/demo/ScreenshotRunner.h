#pragma once

#include <QString>

namespace motcua::desktop {

// `motcua --screenshots DIR`: builds a demo desk in a temporary data folder (seed catalog, demo
// officers, a few dozen dossiers), renders the main screens at 1366×768 — catalog, each intake
// step, queue, dossier detail, sync panel, the printed form 01 — to DIR/*.png, and returns the
// exit code (0 when every picture was written).
namespace ScreenshotRunner {

int run(const QString &outputDir);

} // namespace ScreenshotRunner
} // namespace motcua::desktop

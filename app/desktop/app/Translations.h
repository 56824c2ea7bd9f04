#pragma once

#include <QString>

class QObject;
class QTranslator;

namespace motcua::desktop {

// Installs the UI language: Vietnamese unless the settings say English. The .qm files are built
// from translations/*.ts and embedded under :/i18n; Qt's own dialogs follow when Qt's
// translations are installed on the machine.
namespace Translations {

// True when the desk's own translation was found and installed.
bool install(const QString &language);

// The desk's translator for "vi" or "en" (not installed), or null when it is missing. Messages of
// core and sync are also found under their enclosing namespace (see Translations.cpp).
QTranslator *loadDesk(const QString &language, QObject *parent);

} // namespace Translations
} // namespace motcua::desktop

#pragma once

#include <QString>

class QObject;
class QTranslator;

namespace motcua::desktop {

// Installs the UI language: Vietnamese unless the settings say English. The .qm files are built
// from translations/*.ts and embedded under :/i18n: the desk's own (motcua_vi, motcua_en) and
// Vietnamese for Qt's own buttons and dialogs (qtbase_vi), which Qt 6.4 does not ship.
namespace Translations {

// Replaces the installed language (open windows receive QEvent::LanguageChange). True when the
// desk's own translation was found and installed.
bool install(const QString &language);

// The language last installed: "vi" or "en".
QString current();

// The desk's translator for "vi" or "en" (not installed), or null when it is missing. Messages of
// core and sync are also found under their enclosing namespace (see Translations.cpp).
QTranslator *loadDesk(const QString &language, QObject *parent);

// The translator for Qt's own widgets (not installed), or null when there is none ("en").
QTranslator *loadQtWidgets(const QString &language, QObject *parent);

} // namespace Translations
} // namespace motcua::desktop

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace motcua::desktop::Translations {

namespace {

// core and sync translate through small free functions that name their class as the context
// ("motcua::ConflictResolver"), while lupdate files such calls under the enclosing namespace
// ("motcua", "motcua::sync"). A message missing under its own context is therefore looked up
// under each enclosing namespace in turn.
class NamespaceFallbackTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty() || !context)
            return found;
        QByteArray scope(context);
        for (qsizetype cut = scope.lastIndexOf("::"); cut > 0 && found.isEmpty(); cut = scope.lastIndexOf("::")) {
            scope.truncate(cut);
            found = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        }
        return found;
    }
};

// The translators this module installed are children of the application with this name, so a
// new language replaces them instead of stacking.
const QString kInstalledName = QStringLiteral("motcuaTranslator");

} // namespace

QTranslator *loadQtWidgets(const QString &language, QObject *parent)
{
    auto *qt = new QTranslator(parent);
    // Qt 6.4 ships no Vietnamese for its own dialogs: the desk carries translations/qtbase_vi.ts.
    if (qt->load(QStringLiteral(":/i18n/qtbase_") + language + QStringLiteral(".qm"))
        || qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return qt;
    delete qt;
    return nullptr;
}

QTranslator *loadDesk(const QString &language, QObject *parent)
{
    auto *desk = new NamespaceFallbackTranslator(parent);
    if (desk->load(QStringLiteral(":/i18n/motcua_") + language + QStringLiteral(".qm")))
        return desk;
    delete desk;
    return nullptr;
}

bool install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    const QString code = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    QLocale::setDefault(QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
        code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    const auto previous = app->findChildren<QTranslator *>(kInstalledName, Qt::FindDirectChildrenOnly);
    for (QTranslator *old : previous) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // Installing sends QEvent::LanguageChange to every widget: open windows retranslate.
    bool deskInstalled = false;
    if (QTranslator *qt = loadQtWidgets(code, app)) {
        qt->setObjectName(kInstalledName);
        QCoreApplication::installTranslator(qt);
    }
    if (QTranslator *desk = loadDesk(code, app)) {
        desk->setObjectName(kInstalledName);
        deskInstalled = QCoreApplication::installTranslator(desk);
    }
    app->setProperty("motcuaLanguage", code);
    return deskInstalled;
}

QString current()
{
    const QCoreApplication *app = QCoreApplication::instance();
    const QString code = app ? app->property("motcuaLanguage").toString() : QString();
    return code.isEmpty() ? QStringLiteral("vi") : code;
}

} // namespace motcua::desktop::Translations

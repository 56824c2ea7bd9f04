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

} // namespace

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
    const QString code = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    QLocale::setDefault(QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
        code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QTranslator *desk = loadDesk(code, QCoreApplication::instance());
    return desk && QCoreApplication::installTranslator(desk);
}

} // namespace motcua::desktop::Translations

// motcua: the one-stop desk. `motcua [--data DIR]` runs the desk on a data folder (default
// $MOTCUA_DATA, else the application-data folder); `motcua --screenshots DIR` renders the main
// screens of a demo desk to PNG files and exits.

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/DeskSettings.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/WindowFit.h"
#include "demo/ScreenshotRunner.h"
#include "officers/FirstRunDialog.h"
#include "officers/LoginDialog.h"

#include "store/OfficerRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

using namespace motcua;
using namespace motcua::desktop;

namespace {

// The officer who works now: the administrator created on a fresh desk, else a login.
std::optional<Officer> logIn(DeskContext &context)
{
    auto any = context.officers().hasOfficers();
    if (!any) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MotCua"), any.error().message);
        return std::nullopt;
    }
    if (!any.value()) {
        FirstRunDialog dialog(context.officers());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.administrator();
    }
    LoginDialog dialog(context.officers());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.officer();
}

// The options of `motcua`; described in the UI language.
struct Options
{
    QCommandLineOption data{QStringLiteral("data"),
        QCoreApplication::translate("main", "Data folder (default: $MOTCUA_DATA, else the application-data folder)."),
        QCoreApplication::translate("main", "dir")};
    QCommandLineOption screenshots{QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render the main screens of a demo desk to PNG files in DIR and exit."),
        QCoreApplication::translate("main", "dir")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "MotCua, the commune's one-stop desk."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(data);
        parser.addOption(screenshots);
    }
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
}

// --help, --version and a mistyped option only print text: answered without a display, since
// QApplication aborts where there is none (a server shell, an ssh session).
bool answersWithoutDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    Options().addTo(parser);
    if (parser.parse(arguments) && !parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("version")))
        return false;
    QCoreApplication app(argc, argv);
    nameApplication();
    Translations::install(DeskSettings().language());
    QCommandLineParser translated;
    Options().addTo(translated);
    translated.process(app); // prints the help, the version or the error, and exits
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutDisplay(argc, argv))
        return 0;
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/motcua.svg")));
    QApplication::setDesktopFileName(QStringLiteral("motcua"));
    app.installEventFilter(new WindowFit(&app));

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &data = options.data;
    const QCommandLineOption &screenshots = options.screenshots;

    if (parser.isSet(screenshots)) {
        Translations::install(qEnvironmentVariable("MOTCUA_LANGUAGE", QStringLiteral("vi")));
        return ScreenshotRunner::run(parser.value(screenshots));
    }
    Translations::install(DeskSettings().language());

    const QString dataDir = parser.isSet(data) ? parser.value(data) : defaultDataDir();
    auto context = DeskContext::open(dataDir);
    if (!context) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MotCua"), context.error().message);
        return 1;
    }
    // Logging out closes the window and asks who works next; a new language reopens it for the
    // same officer, every screen built again in that language.
    std::optional<Officer> officer;
    for (;;) {
        if (!officer)
            officer = logIn(*context.value());
        if (!officer)
            return 0;
        DeskSession session(*context.value(), *officer);
        MainWindow window(*context.value(), session);
        bool loggedOut = false;
        bool reopen = false;
        QObject::connect(&window, &MainWindow::logoutRequested, &window, [&loggedOut] { loggedOut = true; });
        QObject::connect(&window, &MainWindow::languageChanged, &window, [&reopen, &window] {
            reopen = true;
            window.close();
        });
        window.show();
        window.startServices();
        window.resumeDraft();
        const int code = app.exec();
        if (reopen)
            continue;
        if (!loggedOut)
            return code;
        officer.reset();
    }
}

// motcua: the one-stop desk. `motcua [--data DIR]` runs the desk on a data folder (default
// $MOTCUA_DATA, else the application-data folder); `motcua --screenshots DIR` renders the main
// screens of a demo desk to PNG files and exits.

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/DeskSettings.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "demo/ScreenshotRunner.h"
#include "officers/FirstRunDialog.h"
#include "officers/LoginDialog.h"

#include "store/OfficerRepository.h"

#include <QApplication>
#include <QCommandLineParser>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/motcua.svg")));
    QApplication::setDesktopFileName(QStringLiteral("motcua"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "MotCua, the commune's one-stop desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"),
        QCoreApplication::translate("main", "Data folder (default: $MOTCUA_DATA, else the application-data folder)."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render the main screens of a demo desk to PNG files in DIR and exit."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(data);
    parser.addOption(screenshots);
    parser.process(app);

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
    // Logging out closes the window and asks who works next.
    for (;;) {
        const auto officer = logIn(*context.value());
        if (!officer)
            return 0;
        DeskSession session(*context.value(), *officer);
        MainWindow window(*context.value(), session);
        bool loggedOut = false;
        QObject::connect(&window, &MainWindow::logoutRequested, &window, [&loggedOut] { loggedOut = true; });
        window.show();
        window.startServices();
        window.resumeDraft();
        const int code = app.exec();
        if (!loggedOut)
            return code;
    }
}

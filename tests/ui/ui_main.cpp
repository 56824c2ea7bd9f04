#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/WindowFit.h"

#include <QApplication>
#include <QStandardPaths>

// The windows need a QApplication; offscreen unless the environment picks a platform (xvfb-run).
// Test mode keeps QSettings and the standard folders away from the developer's own.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCuaUiTests"));
    // As main.cpp does: every window is kept within the screen.
    app.installEventFilter(new motcua::desktop::WindowFit(&app));
    return Catch::Session().run(argc, argv);
}

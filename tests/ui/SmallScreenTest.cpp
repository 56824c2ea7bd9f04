// Run on a 1024×600 offscreen screen by ctest (tests/ui/CMakeLists.txt); hidden ([.]) from the
// default run, which has Qt's 800×800 offscreen screen.
#include "ScreenTour.h"
#include "UiTestDesk.h"
#include "WindowCheck.h"

#include "dossier/DossierDetailWidget.h"

#include <QDialog>
#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>

using namespace motcua;
using namespace motcua::desktop;
using namespace WindowCheck;

namespace {

void requireSmallScreen()
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    INFO("run with QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screen-1024x600.json (ctest does)");
    REQUIRE(screen == QSize(1024, 600));
}

} // namespace

TEST_CASE(
    "At 1024x600 the main window reopens within the screen with its detail pane and status bar", "[.][small-screen]")
{
    requireSmallScreen();
    UiTestDesk desk({Role::Reception, Role::Handling});
    desk.receive();
    MainWindow &window = desk.openWindow(); // no saved geometry: the first start
    window.showTab(MainWindow::DossiersTab);
    requireFits(&window);
    requireVisibleOnScreen(window.detail());
    requireVisibleOnScreen(window.statusBar());

    // A geometry saved on a 1366x768 screen reopens within this one.
    window.setGeometry(0, 0, 1366, 768);
    window.close();
    MainWindow again(*desk.context, *desk.session);
    again.show();
    QApplication::processEvents();
    again.showTab(MainWindow::DossiersTab);
    requireFits(&again);
    requireVisibleOnScreen(again.detail());
    requireVisibleOnScreen(again.statusBar());
}

TEST_CASE("At 1024x600 every window, wizard page and dialog fits with its buttons and whole texts", "[.][small-screen]")
{
    requireSmallScreen();
    UiTestDesk desk({Role::Reception, Role::Handling, Role::Leader, Role::Clerk});
    tourEveryScreen(desk, [](QWidget *window, const QString &where) {
        INFO(where.toStdString());
        requireFits(window);
    });
}

TEST_CASE("A dialog reopens with the size it was given, fitted to the screen", "[.][small-screen]")
{
    requireSmallScreen();
    UiTestDesk desk({Role::Reception});
    desk.openWindow();
    {
        QDialog dialog(desk.window.get());
        dialog.setObjectName(QStringLiteral("rememberedDialog"));
        dialog.show();
        dialog.setGeometry(100, 80, 640, 420);
        QApplication::processEvents();
        dialog.hide();
    }
    QDialog again(desk.window.get());
    again.setObjectName(QStringLiteral("rememberedDialog"));
    again.show();
    QApplication::processEvents();
    INFO(again.x() << ',' << again.y() << ' ' << again.width() << 'x' << again.height());
    CHECK(again.geometry() == QRect(100, 80, 640, 420));
    requireOnScreen(&again);
}

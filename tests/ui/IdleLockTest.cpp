#include "UiTestDesk.h"

#include "officers/IdleLock.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace motcua::desktop;
using namespace std::chrono_literals;

TEST_CASE("The session locks after the idle time, and any key or click starts the countdown again", "[ui][lock]")
{
    UiTestDesk desk({motcua::Role::Reception});
    motcua::desktop::MainWindow &window = desk.openWindow();

    // A long period: a key press puts the whole of it back (the check allows a busy machine a
    // minute between the two lines).
    IdleLock patient(10min);
    QTest::qWait(200);
    const int before = patient.remainingMs();
    QTest::keyClick(&window, Qt::Key_A);
    CHECK(patient.remainingMs() > before);
    CHECK(patient.remainingMs() > 9 * 60 * 1000);
    QTest::qWait(200);
    const int beforeClick = patient.remainingMs();
    QTest::mouseClick(&window, Qt::LeftButton);
    CHECK(patient.remainingMs() > beforeClick);

    // Paused while the lock dialog is up: it does not fire; resumed: it does, by itself.
    IdleLock quick(150ms);
    QSignalSpy locked(&quick, &IdleLock::locked);
    quick.setPaused(true);
    CHECK(quick.remainingMs() == -1);
    QTest::qWait(300);
    CHECK(locked.isEmpty());
    quick.setPaused(false);
    REQUIRE(locked.wait(10000));
    CHECK(locked.size() == 1);

    // The desk's own setting: minutes, at least one.
    IdleLock configured(0);
    CHECK(configured.remainingMs() > 55 * 1000);
    CHECK(configured.remainingMs() <= 60 * 1000);
}

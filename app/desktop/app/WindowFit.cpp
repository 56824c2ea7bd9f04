#include "WindowFit.h"

#include "DeskSettings.h"

#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace motcua::desktop {

namespace {

const char *const kRestoredProperty = "motcuaGeometryRestored";

bool isFittedWindow(const QWidget *widget)
{
    if (!widget->isWindow())
        return false;
    switch (widget->windowType()) {
    case Qt::Popup:
    case Qt::ToolTip:
    case Qt::SplashScreen:
    case Qt::Desktop:
        return false; // menus, tooltips and combo lists place themselves
    default:
        return true;
    }
}

} // namespace

WindowFit::WindowFit(QObject *parent)
    : QObject(parent)
{
}

QRect WindowFit::fitted(const QRect &frame, const QRect &available)
{
    if (!available.isValid())
        return frame;
    QRect result(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (result.right() > available.right())
        result.moveRight(available.right());
    if (result.bottom() > available.bottom())
        result.moveBottom(available.bottom());
    if (result.left() < available.left())
        result.moveLeft(available.left());
    if (result.top() < available.top())
        result.moveTop(available.top());
    return result;
}

void WindowFit::fit(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return;
    const QMargins frame = window->windowHandle() ? window->windowHandle()->frameMargins() : QMargins();
    const QRect outer = window->geometry().marginsAdded(frame);
    const QRect frameFitted = fitted(outer, screen->availableGeometry());
    const QSize inside = frameFitted.marginsRemoved(frame).size();
    if (inside != window->size())
        window->resize(inside); // never below the layout's minimum: tests/ui checks those fit
    // A window's position is its frame's (QWidget::pos).
    if (frameFitted.topLeft() != window->pos())
        window->move(frameFitted.topLeft());
}

bool WindowFit::remembers(const QWidget *window)
{
    // The main window keeps its geometry and dock state itself (MainWindow::closeEvent).
    return !window->objectName().isEmpty() && !qobject_cast<const QMainWindow *>(window);
}

bool WindowFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show && event->type() != QEvent::Hide)
        return false;
    auto *window = qobject_cast<QWidget *>(watched);
    if (!window || !isFittedWindow(window))
        return false;
    if (event->type() == QEvent::Hide) {
        if (remembers(window) && window->property(kRestoredProperty).toBool())
            DeskSettings().setWindowGeometry(window->objectName(), window->saveGeometry());
        return false;
    }
    if (remembers(window) && !window->property(kRestoredProperty).toBool()) {
        window->setProperty(kRestoredProperty, true);
        const QByteArray saved = DeskSettings().windowGeometry(window->objectName());
        if (!saved.isEmpty())
            window->restoreGeometry(saved);
    }
    fit(window);
    // The window system adds the frame once the window is mapped: fit again with it.
    QTimer::singleShot(0, window, [window] { fit(window); });
    return false;
}

} // namespace motcua::desktop

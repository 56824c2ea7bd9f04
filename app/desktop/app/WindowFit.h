#pragma once

#include <QObject>
#include <QRect>

class QWidget;

namespace motcua::desktop {

// Keeps every top-level window of the desk on the screen it opens on. A commune laptop may have
// 1024×600 pixels under a taskbar: a window larger than the available area is shrunk to it, one
// off an edge is moved back, and a dialog with an object name reopens with the size and place it
// had last time (fitted again, since the screen may have changed). Installed once on the
// application, it sees each window as it is shown, Qt's own dialogs included.
class WindowFit final : public QObject
{
    Q_OBJECT

public:
    explicit WindowFit(QObject *parent = nullptr);

    // `frame` moved and shrunk to lie within `available`.
    static QRect fitted(const QRect &frame, const QRect &available);
    // Fits a top-level widget, frame included, into the available area of its screen.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool remembers(const QWidget *window);
};

} // namespace motcua::desktop

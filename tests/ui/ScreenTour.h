#pragma once

#include "UiTestDesk.h"

#include <functional>

class QWidget;

// Opens every screen an officer can reach — the main window and its tabs, each intake wizard
// page, each dialog and tool window (some in the state after an error or an export), the print
// preview, Qt's file dialog and a message box — and hands each, shown, to `visit`. The desk
// needs an officer with every role; its main window is opened by the tour.
void tourEveryScreen(UiTestDesk &desk, const std::function<void(QWidget *window, const QString &where)> &visit);

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace motcua::clerk {
class SyncAttentionList;
}

namespace motcua::desktop {

class DeskContext;
class SyncController;

// Everything about sending and receiving: where this desk syncs to, what waits to be sent, how
// the last attempt went in plain words, "Đồng bộ ngay" (sync now) and enrollment.
class SyncPanel final : public QWidget
{
    Q_OBJECT

public:
    SyncPanel(DeskContext &context, SyncController &controller, QWidget *parent = nullptr);

    void enroll();
    // "Đồng bộ ngay": a cycle now, or why there can be none.
    void syncNow();

private:
    void update();

    DeskContext &m_context;
    SyncController &m_controller;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_syncNow;
    QPushButton *m_enroll;
    clerk::SyncAttentionList *m_attention;
};

} // namespace motcua::desktop

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace motcua::desktop {

class SyncController;
struct SyncSnapshot;

// The status bar's right side: link (online / offline / captive portal), pending changes, last
// sync and a progress bar while a cycle moves data.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController &controller, QWidget *parent = nullptr);

    // Plain words shared with the sync panel.
    static QString linkText(const SyncSnapshot &snapshot);
    static QString lastSyncText(const SyncSnapshot &snapshot);
    // "N dossier(s) did not reach the province" while anything was refused; empty otherwise.
    static QString attentionText(const SyncSnapshot &snapshot);

private:
    void update();

    SyncController &m_controller;
    QLabel *m_link;
    QLabel *m_pending;
    QLabel *m_attention;
    QLabel *m_last;
    QProgressBar *m_progress;
};

} // namespace motcua::desktop

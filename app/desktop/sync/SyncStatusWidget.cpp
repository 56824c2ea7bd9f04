#include "SyncStatusWidget.h"

#include "SyncController.h"

#include "domain/VietnamTime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace motcua::desktop {

SyncStatusWidget::SyncStatusWidget(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_link(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_last(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_link->setObjectName(QStringLiteral("statusLink"));
    m_pending->setObjectName(QStringLiteral("statusPending"));
    m_attention->setObjectName(QStringLiteral("statusAttention"));
    m_attention->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    m_last->setObjectName(QStringLiteral("statusLastSync"));
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setRange(0, 100);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_link);
    layout->addWidget(m_pending);
    layout->addWidget(m_attention);
    layout->addWidget(m_last);
    layout->addWidget(m_progress);
    connect(&controller, &SyncController::changed, this, &SyncStatusWidget::update);
    update();
}

QString SyncStatusWidget::linkText(const SyncSnapshot &snapshot)
{
    if (!snapshot.enrolled)
        return tr("Not enrolled: working offline");
    if (snapshot.revoked)
        return tr("This computer's access was revoked");
    if (!snapshot.linkKnown)
        return tr("Link not checked yet");
    switch (snapshot.connectivity) {
    case sync::Connectivity::Online:
        return tr("Online");
    case sync::Connectivity::CaptivePortal:
        return tr("Captive portal: log in to the Wi-Fi first");
    case sync::Connectivity::Offline:
        break;
    }
    return tr("Offline");
}

QString SyncStatusWidget::lastSyncText(const SyncSnapshot &snapshot)
{
    if (!snapshot.lastSuccessAt.isValid())
        return tr("Never synced");
    const QString at = QLocale().toString(VietnamTime::toVietnam(snapshot.lastSuccessAt), QLocale::ShortFormat);
    if (!snapshot.attention.isEmpty() || snapshot.openConflicts > 0)
        return tr("Last sync %1, but not everything reached the server").arg(at);
    return tr("Last sync %1").arg(at);
}

QString SyncStatusWidget::attentionText(const SyncSnapshot &snapshot)
{
    QStringList parts;
    if (!snapshot.attention.isEmpty())
        parts << tr("%n dossier(s) did not reach the province: see Sync", nullptr, int(snapshot.attention.size()));
    if (snapshot.openConflicts > 0) {
        // Short: the status bar of a 1024-pixel screen also carries the link, the queue and the
        // last sync. The tooltip says who acts and where.
        parts << tr("%n sync conflict(s): see Data", nullptr, int(std::min<qint64>(snapshot.openConflicts, INT_MAX)));
    }
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusWidget::update()
{
    const SyncSnapshot &snapshot = m_controller.snapshot();
    const bool online = snapshot.enrolled && snapshot.linkKnown && snapshot.connectivity == sync::Connectivity::Online;
    // Green only when the link is up AND nothing was refused: a refused change is not synced.
    const QString dot = !snapshot.attention.isEmpty() ? QStringLiteral("#b3261e")
        : snapshot.openConflicts > 0                  ? QStringLiteral("#e65100")
        : online                                      ? QStringLiteral("#1b5e20")
                                                      : QStringLiteral("#9e9e9e");
    m_link->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(dot, linkText(snapshot).toHtmlEscaped()));
    m_pending->setText(
        tr("%n change(s) waiting to be sent", nullptr, int(std::min<qint64>(snapshot.pendingOps, INT_MAX))));
    m_attention->setText(attentionText(snapshot));
    m_attention->setToolTip(snapshot.openConflicts > 0
            ? tr("Data → Sync conflicts: the data clerk chooses, field by field, which values to keep.")
            : QString());
    m_attention->setVisible(!snapshot.attention.isEmpty() || snapshot.openConflicts > 0);
    m_last->setText(lastSyncText(snapshot));
    m_progress->setVisible(snapshot.progressPercent >= 0);
    m_progress->setValue(std::max(0, snapshot.progressPercent));
}

} // namespace motcua::desktop

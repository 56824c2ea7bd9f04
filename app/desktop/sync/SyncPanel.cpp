#include "SyncPanel.h"

#include "EnrollDialog.h"
#include "SyncController.h"
#include "SyncStatusWidget.h"

#include "clerk/SyncAttentionList.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::desktop {

SyncPanel::SyncPanel(DeskContext &context, SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_syncNow(new QPushButton(tr("&Sync now"), this))
    , m_enroll(new QPushButton(tr("&Enroll this computer…"), this))
    , m_attention(new clerk::SyncAttentionList(this))
{
    setObjectName(QStringLiteral("syncPage"));
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolTip(tr("F5"));
    m_enroll->setObjectName(QStringLiteral("enrollButton"));

    auto *box = new QGroupBox(tr("Province server"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_summary);
    boxLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_enroll);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    auto *help = new QLabel(tr("MotCua works without a network. Every dossier received or moved waits here and "
                               "is sent by itself when the link to the province server comes back; nothing is "
                               "lost if the power or the link fails. Without any link for days, take the work "
                               "to the center on a USB stick (bundle)."),
        this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_attention, 1);
    layout->addWidget(help);
    layout->addStretch(1);

    connect(m_syncNow, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_enroll, &QPushButton::clicked, this, &SyncPanel::enroll);
    connect(&controller, &SyncController::changed, this, &SyncPanel::update);
    update();
}

void SyncPanel::enroll()
{
    EnrollDialog dialog(m_context, this);
    // A cycle at once: a new desk starts its sync, one enrolled again (new server, revoked) uses
    // the new enrollment now rather than after the idle interval.
    if (dialog.exec() == QDialog::Accepted)
        m_controller.syncNow();
}

void SyncPanel::syncNow()
{
    if (!m_controller.syncNow())
        m_error->setText(tr("This computer is not enrolled yet: enroll it with the code from the province "
                            "administrator."));
}

void SyncPanel::update()
{
    const SyncSnapshot &snapshot = m_controller.snapshot();
    QString html;
    if (snapshot.enrolled) {
        html += tr("Server: <b>%1</b> (commune %2)")
                    .arg(snapshot.serverUrl.toHtmlEscaped(), snapshot.communeName.toHtmlEscaped());
    } else {
        html += tr("<b>Not enrolled.</b> This desk keeps everything locally until it is enrolled with the "
                   "province server.");
    }
    html += QStringLiteral("<br/>") + SyncStatusWidget::linkText(snapshot).toHtmlEscaped();
    html += QStringLiteral("<br/>")
        + tr("%n change(s) waiting to be sent", nullptr, int(std::min<qint64>(snapshot.pendingOps, INT_MAX)));
    if (snapshot.pendingBlobBytes > 0)
        html += QStringLiteral(" (%1)").arg(QLocale().formattedDataSize(snapshot.pendingBlobBytes));
    html += QStringLiteral("<br/>") + SyncStatusWidget::lastSyncText(snapshot).toHtmlEscaped();
    // The idle interval of a desk with nothing to send is not a "retry".
    const bool retrying = snapshot.pendingOps > 0 || !snapshot.lastError.isEmpty();
    if (snapshot.nextAttemptInMs > 0 && snapshot.enrolled && retrying)
        html += QStringLiteral("<br/>")
            + tr("Next attempt in %n second(s).", nullptr, (snapshot.nextAttemptInMs + 999) / 1000);
    m_summary->setText(html);
    if (snapshot.enrolled)
        m_error->setText(snapshot.lastError.isEmpty() ? QString() : tr("Last problem: %1").arg(snapshot.lastError));
    m_attention->setDossiers(snapshot.attention);
    m_syncNow->setEnabled(snapshot.enrolled && !snapshot.revoked);
    m_enroll->setText(snapshot.enrolled ? tr("&Enroll again…") : tr("&Enroll this computer…"));
}

} // namespace motcua::desktop

#include "DossierDetailWidget.h"

#include "ApologyDialog.h"
#include "MoveActions.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "forms/Forms.h"

#include "domain/Deadline.h"
#include "domain/DossierLifecycle.h"
#include "domain/Permissions.h"
#include "domain/VietnamTime.h"
#include "store/AttachmentStore.h"
#include "store/AuthorizedDossiers.h"
#include "store/Conflicts.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"
#include "store/ScanUploads.h"
#include "store/SyncAttention.h"
#include "store/SyncReasons.h"
#include "vault/SecureFiles.h"

#include <QColor>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::desktop {

DossierDetailWidget::DossierDetailWidget(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new QLabel(this))
    , m_applicant(new QLabel(this))
    , m_syncNotice(new QLabel(this))
    , m_documents(new QTreeWidget(this))
    , m_timeline(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_actions(new QGridLayout)
    , m_printButton(new QPushButton(tr("&Print form…"), this))
    , m_controlButton(new QPushButton(tr("Process &control (05)…"), this))
    , m_apologyButton(new QPushButton(tr("&Apology, new date (04)…"), this))
    , m_openScanButton(new QPushButton(tr("&Open scan"), this))
    , m_replaceScanButton(new QPushButton(tr("Replace scan…"), this))
{
    setObjectName(QStringLiteral("dossierDetail"));
    m_header->setObjectName(QStringLiteral("dossierHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applicant->setObjectName(QStringLiteral("dossierApplicant"));
    m_applicant->setWordWrap(true);
    m_applicant->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNotice->setObjectName(QStringLiteral("dossierSyncNotice"));
    m_syncNotice->setWordWrap(true);
    m_syncNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNotice->setStyleSheet(
        QStringLiteral("color: #b3261e; background: #fdecea; border: 1px solid #b3261e; padding: 4px"));
    m_documents->setObjectName(QStringLiteral("dossierDocuments"));
    m_documents->setHeaderLabels({tr("Document"), tr("Kind"), tr("Count"), tr("Scan")});
    m_documents->setRootIsDecorated(false);
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_timeline->setObjectName(QStringLiteral("dossierTimeline"));
    // The lists take the height that is left, three rows at the least; the pane scrolls (MainWindow)
    // when even that does not fit, as on a 1024×600 screen with a sync notice, instead of squashing
    // the move buttons.
    for (QTreeWidget *list : {m_documents, m_timeline}) {
        list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        list->setMinimumHeight(4 * list->fontMetrics().height() + 8);
    }
    m_timeline->setHeaderLabels({tr("When"), tr("Status"), tr("Who"), tr("Note")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("dossierMessage"));
    m_message->setWordWrap(true);
    m_printButton->setObjectName(QStringLiteral("printFormButton"));
    m_controlButton->setObjectName(QStringLiteral("processControlButton"));
    m_apologyButton->setObjectName(QStringLiteral("apologyButton"));
    m_openScanButton->setObjectName(QStringLiteral("openScanButton"));
    m_replaceScanButton->setObjectName(QStringLiteral("replaceScanButton"));

    auto *documentsBox = new QGroupBox(tr("Documents"), this);
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->addWidget(m_documents);
    auto *scanButtons = new QHBoxLayout;
    scanButtons->addStretch(1);
    scanButtons->addWidget(m_replaceScanButton);
    scanButtons->addWidget(m_openScanButton);
    documentsLayout->addLayout(scanButtons);
    auto *timelineBox = new QGroupBox(tr("Timeline"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    auto *actionsBox = new QGroupBox(tr("Actions"), this);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addLayout(m_actions);
    auto *forms = new QHBoxLayout;
    forms->addWidget(m_printButton);
    forms->addWidget(m_controlButton);
    forms->addWidget(m_apologyButton);
    forms->addStretch(1);
    actionsLayout->addLayout(forms);
    actionsLayout->addWidget(m_message);

    for (const MoveAction &action : MoveActions::all()) {
        auto *button = new QPushButton(action.label, this);
        button->setObjectName(QStringLiteral("move_%1").arg(statusKey(action.to)));
        button->setToolTip(action.help);
        m_moveButtons.insert(int(action.to), button);
        m_moveOrder.append(button);
        const DossierStatus to = action.to;
        connect(button, &QPushButton::clicked, this, [this, to] { moveTo(to); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_applicant);
    layout->addWidget(m_syncNotice);
    layout->addWidget(documentsBox, 2);
    layout->addWidget(timelineBox, 3);
    layout->addWidget(actionsBox);

    m_noteProvider = [this](DossierStatus to) -> std::optional<QString> {
        // Ending a dossier (refusal, withdrawal, stop) cannot be undone: the dialog names the dossier
        // and the citizen, and its button says what it does, so it doubles as the confirmation.
        const bool ends
            = to == DossierStatus::Refused || to == DossierStatus::Withdrawn || to == DossierStatus::Stopped;
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("moveNoteDialog"));
        dialog.setWindowTitle(MoveActions::find(to).label);
        dialog.setInputMode(QInputDialog::TextInput);
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
        QString prompt = MoveActions::notePrompt(to);
        if (ends && m_dossier) {
            const QString question = to == DossierStatus::Refused
                ? tr("Refuse dossier %1 of %2? This ends the dossier and cannot be undone.")
                : to == DossierStatus::Withdrawn
                ? tr("Record that %2 withdrew dossier %1? This ends the dossier and cannot be undone.")
                : tr("Stop processing dossier %1 of %2? This ends the dossier and cannot be undone.");
            prompt = question.arg(m_dossier->code, m_dossier->applicantName) + QStringLiteral("\n\n") + prompt;
            dialog.setOkButtonText(MoveActions::find(to).label);
        }
        dialog.setLabelText(prompt);
        dialog.setCancelButtonText(tr("Cancel"));
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.textValue();
    };
    connect(m_openScanButton, &QPushButton::clicked, this, &DossierDetailWidget::openScan);
    connect(m_replaceScanButton, &QPushButton::clicked, this, &DossierDetailWidget::replaceScan);
    connect(m_documents, &QTreeWidget::itemActivated, this, &DossierDetailWidget::openScan);
    connect(m_printButton, &QPushButton::clicked, this, &DossierDetailWidget::previewCurrentForm);
    connect(m_controlButton, &QPushButton::clicked, this, &DossierDetailWidget::previewProcessControl);
    connect(m_apologyButton, &QPushButton::clicked, this, &DossierDetailWidget::apology);
    clear();
}

void DossierDetailWidget::clear()
{
    m_dossier.reset();
    m_events.clear();
    render();
}

void DossierDetailWidget::showDossier(const QString &idOrCode)
{
    auto found = m_session.dossiers().find(idOrCode);
    if (!found) {
        clear();
        m_message->setText(found.error().message);
        return;
    }
    m_dossier = found.value();
    auto events = m_session.dossiers().events(m_dossier->id);
    m_events = events ? events.value() : QList<DossierEvent>();
    m_message->clear();
    render();
}

void DossierDetailWidget::render()
{
    m_documents->clear();
    m_timeline->clear();
    if (!m_dossier) {
        m_header->setText(tr("<i>Select a dossier in the queue.</i>"));
        m_applicant->clear();
        showSyncNotice();
        updateActions();
        return;
    }
    const Dossier &dossier = *m_dossier;
    const auto procedure = m_session.context().procedures().find(dossier.procedureCode);
    const auto timeliness
        = motcua::timeliness(dossier.status, dossier.dueDate, dossier.doneAt, VietnamTime::now().date());
    const QString colour = !timeliness     ? QStringLiteral("gray")
        : *timeliness == Timeliness::Late  ? QStringLiteral("#b3261e")
        : *timeliness == Timeliness::Early ? QStringLiteral("#1b5e20")
                                           : QStringLiteral("#0d47a1");
    m_header->setText(QStringLiteral("<h2>%1</h2><b>%2</b> — %3<br/>%4: <b>%5</b> · %6: %7 · "
                                     "<span style='color:%8'><b>%9</b></span>")
                          .arg(dossier.code.toHtmlEscaped(), dossier.procedureCode.toHtmlEscaped(),
                              (procedure ? procedure->name : QString()).toHtmlEscaped(), tr("Status").toHtmlEscaped(),
                              statusLabel(dossier.status).toHtmlEscaped(), tr("Due").toHtmlEscaped(),
                              QLocale().toString(dossier.dueDate, QLocale::ShortFormat), colour,
                              (timeliness ? timelinessLabel(*timeliness) : QString()).toHtmlEscaped()));
    QStringList contact;
    for (const QString &part : {dossier.phone, dossier.email, dossier.address}) {
        if (!part.isEmpty())
            contact << part.toHtmlEscaped();
    }
    m_applicant->setText(tr("<b>%1</b> · citizen ID %2<br/>%3")
                             .arg(dossier.applicantName.toHtmlEscaped(), dossier.citizenId.toHtmlEscaped(),
                                 contact.join(QStringLiteral(" · "))));
    for (const ReceivedDocument &document : dossier.documents) {
        // A scan made on another desk that has not reached this one yet: the officer sees it is on
        // the way (it completes by itself after a later sync), not that the document has none.
        const QString scan = document.isScanPending() ? tr("pending")
            : document.attachmentSha256.isEmpty()     ? QString()
                                                      : tr("yes");
        auto *item = new QTreeWidgetItem(
            m_documents, {document.title, documentKindLabel(document.kind), QString::number(document.count), scan});
        item->setData(0, Qt::UserRole, document.attachmentSha256);
        item->setToolTip(0, document.title);
        if (document.isScanPending())
            item->setToolTip(3, tr("The scan is on its way from another desk; it appears after a later sync."));
        // A scan sync set aside for good: the officer sees which one, and why, and replaces it.
        const QString refusal = document.attachmentSha256.isEmpty()
            ? QString()
            : m_session.context().database().meta(ScanUploads::refusedKey(document.attachmentSha256));
        if (!refusal.isEmpty()) {
            item->setText(3, tr("not sent"));
            item->setData(3, Qt::UserRole, true);
            item->setForeground(3, QColor(0xb3, 0x26, 0x1e));
            item->setToolTip(
                3, tr("%1 Replace it with \"Replace scan…\".").arg(SyncReasons::explain(refusal, QString()).problem));
        }
    }
    showScansOnTheWay(dossier.id);
    for (const DossierEvent &event : std::as_const(m_events)) {
        const QString move = event.fromStatus
            ? QStringLiteral("%1 → %2").arg(statusLabel(*event.fromStatus), statusLabel(event.toStatus))
            : statusLabel(event.toStatus);
        auto *item = new QTreeWidgetItem(m_timeline,
            {QLocale().toString(VietnamTime::toVietnam(event.at), QLocale::ShortFormat), move, event.actor,
                event.note});
        item->setToolTip(3, event.note);
    }
    showSyncNotice();
    updateActions();
}

// This desk's scans that the province does not hold yet (records travel first, scans follow in
// their own queue): the officer sees which documents are still on the way up and how far along.
void DossierDetailWidget::showScansOnTheWay(const QUuid &dossierId)
{
    const Result<QList<ScanOnTheWay>> scans = ScanUploads(m_session.context().database()).onTheWay(dossierId);
    if (!scans)
        return; // the Scan column keeps "yes"; the sync notice and status bar report store errors
    for (const ScanOnTheWay &scan : *scans) {
        QTreeWidgetItem *item = m_documents->topLevelItem(scan.position);
        // A scan sync refused for good is not on its way, whatever op still names it.
        if (!item || item->data(0, Qt::UserRole).toString() != scan.sha256 || item->data(3, Qt::UserRole).toBool())
            continue;
        const int percent = scan.size > 0 ? int(std::min<qint64>(100, scan.sent * 100 / scan.size)) : 0;
        item->setText(3, scan.sent > 0 ? tr("sending, %1 %").arg(percent) : tr("not sent yet"));
        item->setToolTip(3,
            tr("This scan has not reached the province server yet: %1 of %2 sent. Sync continues it by itself.")
                .arg(QLocale().formattedDataSize(scan.sent), QLocale().formattedDataSize(scan.size)));
    }
}

void DossierDetailWidget::showSyncNotice()
{
    std::optional<DossierAttention> attention;
    bool conflict = false;
    if (m_dossier) {
        const QString id = m_dossier->id.toString(QUuid::WithoutBraces);
        Database &database = m_session.context().database();
        if (auto found = SyncAttention(database).forDossier(id))
            attention = found.value();
        if (auto open = Conflicts(database).hasOpen(QStringLiteral("dossier"), id))
            conflict = open.value();
    }
    QStringList notices;
    if (attention && attention->totalOps() == 0) {
        const SyncAdvice advice = SyncReasons::explain(attention->reason, attention->message);
        notices << tr("<b>A scan did not reach the province server:</b> %1<br/><b>What to do:</b> %2")
                       .arg(advice.problem.toHtmlEscaped(), advice.action.toHtmlEscaped());
    } else if (attention) {
        const SyncAdvice advice = SyncReasons::explain(attention->reason, attention->message);
        notices << tr("<b>Not on the province server:</b> %n change(s) of this dossier were refused or held back. "
                      "%1<br/><b>What to do:</b> %2",
            nullptr, attention->totalOps())
                       .arg(advice.problem.toHtmlEscaped(), advice.action.toHtmlEscaped());
    }
    if (conflict) {
        notices << tr("<b>Sync conflict:</b> this dossier was changed here and on another desk or the province "
                      "before they synced. The data clerk chooses what to keep in Data > Sync conflicts.");
    }
    m_syncNotice->setVisible(!notices.isEmpty());
    m_syncNotice->setText(notices.join(QStringLiteral("<br/>")));
}

void DossierDetailWidget::updateActions()
{
    const Officer &officer = m_session.officer();
    const QList<DossierStatus> lawful
        = m_dossier ? DossierLifecycle::allowedMoves(m_dossier->status) : QList<DossierStatus>();
    const QList<DossierStatus> allowed
        = m_dossier ? Permissions::allowedMoves(officer, m_dossier->status) : QList<DossierStatus>();
    // Only the lawful moves, packed three to a row so that no gap is left by the others.
    for (QPushButton *button : std::as_const(m_moveOrder))
        m_actions->removeWidget(button);
    int index = 0;
    for (QPushButton *button : std::as_const(m_moveOrder)) {
        const auto to = DossierStatus(m_moveButtons.key(button));
        // Added before it is shown: adding reparents the button, and reparenting hides it.
        if (lawful.contains(to)) {
            m_actions->addWidget(button, index / 3, index % 3);
            ++index;
        }
        button->setVisible(lawful.contains(to));
        button->setEnabled(allowed.contains(to));
        button->setToolTip(allowed.contains(to) || !lawful.contains(to) ? MoveActions::find(to).help
                                                                        : Permissions::moveDeniedMessage(officer, to));
    }
    const bool open = m_dossier && isOpen(m_dossier->status);
    m_printButton->setEnabled(m_dossier.has_value());
    m_controlButton->setEnabled(m_dossier.has_value());
    m_apologyButton->setVisible(open);
    m_apologyButton->setEnabled(open && Permissions::allows(officer, Permission::ApproveResult));
    if (open && !Permissions::allows(officer, Permission::ApproveResult))
        m_apologyButton->setToolTip(Permissions::deniedMessage(officer, Permission::ApproveResult));
    bool anyScan = false;
    for (int i = 0; i < m_documents->topLevelItemCount(); ++i)
        anyScan = anyScan || !m_documents->topLevelItem(i)->data(0, Qt::UserRole).toString().isEmpty();
    m_openScanButton->setEnabled(anyScan);
    const bool mayReplace = Permissions::allows(officer, Permission::ReceiveDossier);
    m_replaceScanButton->setEnabled(m_dossier && !m_dossier->documents.isEmpty() && mayReplace);
    m_replaceScanButton->setToolTip(mayReplace
            ? tr("Attach a new scan to the selected document: one the province server refused, or the wrong paper.")
            : Permissions::deniedMessage(officer, Permission::ReceiveDossier));
}

void DossierDetailWidget::replaceScan()
{
    if (!m_dossier || m_dossier->documents.isEmpty())
        return;
    // The selected document; else the one whose scan sync refused; else the only one.
    int position = m_documents->currentItem() ? m_documents->indexOfTopLevelItem(m_documents->currentItem()) : -1;
    for (int i = 0; i < m_documents->topLevelItemCount() && position < 0; ++i) {
        if (m_documents->topLevelItem(i)->data(3, Qt::UserRole).toBool())
            position = i;
    }
    if (position < 0 && m_dossier->documents.size() == 1)
        position = 0;
    if (position < 0) {
        m_message->setText(tr("Select the document whose scan you replace."));
        return;
    }
    const QString title = m_dossier->documents.at(position).title;
    const QString file = m_scanFileProvider
        ? m_scanFileProvider()
        : QFileDialog::getOpenFileName(this, tr("New scan of \"%1\"").arg(title), QString(),
            tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
    if (file.isEmpty())
        return;
    const Dossier before = *m_dossier;
    auto replaced = m_session.authorized().replaceScan(before.code, position, file);
    if (!replaced) {
        m_message->setText(replaced.error().message);
        return;
    }
    showDossier(before.code);
    // The queue reloads and may show the dossier again, which clears the message: said after.
    emit dossierChanged(before.id.toString(QUuid::WithoutBraces));
    m_message->setText(tr("New scan attached to \"%1\"; the next sync sends it to the province.").arg(title));
}

bool DossierDetailWidget::moveTo(DossierStatus to)
{
    if (!m_dossier)
        return false;
    QString note;
    if (DossierLifecycle::needsNote(to) || MoveActions::find(to).asksNote) {
        const auto answer = m_noteProvider(to);
        if (!answer)
            return false;
        note = answer->trimmed();
    }
    const QString id = m_dossier->id.toString(QUuid::WithoutBraces);
    auto moved = m_session.authorized().move(id, to, note);
    if (!moved) {
        m_message->setText(
            QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(moved.error().message.toHtmlEscaped()));
        return false;
    }
    showDossier(id);
    const auto form = MoveActions::find(to).form;
    m_message->setText(form ? tr("Done. Print %1 with the Print button (Ctrl+P).").arg(Forms::label(*form))
                            : tr("Done: %1.").arg(statusLabel(to)));
    emit dossierChanged(id);
    return true;
}

QString DossierDetailWidget::lastNote() const
{
    return m_events.isEmpty() ? QString() : m_events.last().note;
}

void DossierDetailWidget::previewCurrentForm()
{
    if (!m_dossier)
        return;
    print::FormKind kind = print::FormKind::Receipt01;
    if (m_dossier->status == DossierStatus::SupplementRequested)
        kind = print::FormKind::SupplementRequest02;
    else if (m_dossier->status == DossierStatus::Refused)
        kind = print::FormKind::Refusal03;
    Forms::preview(
        this, Forms::input(m_session, *m_dossier, kind, kind == print::FormKind::Receipt01 ? QString() : lastNote()));
}

void DossierDetailWidget::previewProcessControl()
{
    if (m_dossier)
        Forms::preview(this, Forms::input(m_session, *m_dossier, print::FormKind::ProcessControl05));
}

void DossierDetailWidget::apology()
{
    if (!m_dossier)
        return;
    ApologyDialog dialog(m_session.context().calendar(), m_dossier->dueDate, this);
    if (!m_apologyProvider && dialog.exec() != QDialog::Accepted)
        return;
    const auto answer = m_apologyProvider
        ? m_apologyProvider()
        : std::optional<std::pair<QDate, QString>>({dialog.newDueDate(), dialog.reason()});
    if (!answer)
        return;
    // The form prints what the store now holds: the dossier's due date moves, with its event and
    // its op for the province, before the paper says so.
    const Dossier before = *m_dossier;
    auto moved = m_session.authorized().reschedule(before.code, answer->first, answer->second);
    if (!moved) {
        m_message->setText(moved.error().message);
        return;
    }
    showDossier(before.code);
    // The queue reloads and may show the dossier again, which clears the message: said after.
    emit dossierChanged(before.id.toString(QUuid::WithoutBraces));
    m_message->setText(tr("New date %1 recorded for dossier %2; it will be sent to the province.")
                           .arg(QLocale().toString(answer->first, QLocale::ShortFormat), before.code));
    const print::FormInput form
        = Forms::input(m_session, before, print::FormKind::Apology04, answer->second, answer->first);
    if (m_formShown)
        m_formShown(form);
    else
        Forms::preview(this, form);
}

void DossierDetailWidget::openScan()
{
    QTreeWidgetItem *item = m_documents->currentItem();
    if (!item) {
        for (int i = 0; i < m_documents->topLevelItemCount() && !item; ++i) {
            if (!m_documents->topLevelItem(i)->data(0, Qt::UserRole).toString().isEmpty())
                item = m_documents->topLevelItem(i);
        }
    }
    const QString sha = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (sha.isEmpty()) {
        m_message->setText(tr("This document has no scan."));
        return;
    }
    AttachmentStore attachments(m_session.context().database());
    auto info = attachments.info(sha);
    if (!info) {
        m_message->setText(info.error().message);
        return;
    }
    // Blobs are named by their hash; a viewer needs the file's own extension to open it.
    // The viewer is another program: it gets a clear copy in a folder only this user can read,
    // which is emptied when the desk quits (docs/encryption.md "What stays clear").
    const QString dir
        = QDir::temp().filePath(QStringLiteral("motcua-scans-%1").arg(QCoreApplication::applicationPid()));
    vault::SecureFiles::makePrivateDir(dir);
    const QString suffix = QFileInfo(info->originalName).suffix();
    const QString copy
        = QDir(dir).filePath(sha.left(16) + (suffix.isEmpty() ? QString() : QStringLiteral(".") + suffix));
    if (!QFile::exists(copy)) {
        auto content = attachments.read(sha);
        if (!content) {
            m_message->setText(content.error().message);
            return;
        }
        QFile target(copy);
        if (!target.open(QIODevice::WriteOnly) || target.write(content.value()) != content->size()) {
            target.remove();
            m_message->setText(tr("The scan could not be copied for viewing: %1").arg(target.errorString()));
            return;
        }
        static const bool cleanup = [dir] {
            QObject::connect(qApp, &QCoreApplication::aboutToQuit, [dir] { QDir(dir).removeRecursively(); });
            return true;
        }();
        Q_UNUSED(cleanup);
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        m_message->setText(tr("No program is set up to open %1.").arg(copy));
}

} // namespace motcua::desktop

#include "MainWindow.h"

#include "DeskContext.h"
#include "DeskSession.h"
#include "DeskSettings.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include "catalog/CatalogWidget.h"
#include "clerk/BundleDialog.h"
#include "clerk/ConflictsView.h"
#include "clerk/DuplicatesView.h"
#include "clerk/ImportDialog.h"
#include "clerk/StatisticsView.h"
#include "dossier/DossierDetailWidget.h"
#include "intake/IntakeWizard.h"
#include "officers/CommuneSetupDialog.h"
#include "officers/IdleLock.h"
#include "officers/LoginDialog.h"
#include "officers/OfficersDialog.h"
#include "queue/DossierQueueWidget.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"
#include "sync/SyncStatusWidget.h"

#include "domain/Permissions.h"
#include "domain/VietnamTime.h"
#include "forms/Forms.h"
#include "store/CommuneProfile.h"
#include "store/DiskSpace.h"
#include "store/OfficerRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace motcua::desktop {

MainWindow::MainWindow(DeskContext &context, DeskSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_session(session)
    , m_sync(new SyncController(context, this))
    , m_tabs(new QTabWidget(this))
    , m_catalog(new CatalogWidget(context.procedures(), this))
    , m_queue(new DossierQueueWidget(session, this))
    , m_detail(new DossierDetailWidget(session, this))
    , m_dossierSplitter(new QSplitter(this))
    , m_syncPanel(new SyncPanel(context, *m_sync, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MotCua — one-stop desk"));
    setWindowIcon(QIcon(QStringLiteral(":/desktop/motcua.svg")));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_dossierSplitter->setObjectName(QStringLiteral("dossierSplitter"));
    m_dossierSplitter->addWidget(m_queue);
    // A dossier taller than the pane (a sync notice on a 1024×600 screen) scrolls instead of
    // squashing its buttons.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("dossierDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setWidget(m_detail);
    m_dossierSplitter->addWidget(detailScroll);
    m_dossierSplitter->setStretchFactor(0, 1);
    m_dossierSplitter->setStretchFactor(1, 1);
    m_dossierSplitter->setSizes({800, 566});
    m_tabs->addTab(m_catalog, tr("&Procedures"));
    m_tabs->addTab(m_dossierSplitter, tr("&Dossiers"));
    m_tabs->addTab(m_syncPanel, tr("S&ync"));
    setCentralWidget(m_tabs);

    auto *officer = new QLabel(tr("Officer: %1").arg(session.officer().fullName), this);
    officer->setObjectName(QStringLiteral("statusOfficer"));
    statusBar()->addWidget(officer);
    statusBar()->addPermanentWidget(new SyncStatusWidget(*m_sync, this));

    createActions();
    connect(m_catalog, &CatalogWidget::intakeRequested, this, [this](const QString &code) { newDossier(code); });
    connect(m_queue, &DossierQueueWidget::dossierSelected, m_detail, &DossierDetailWidget::showDossier);
    connect(m_queue, &DossierQueueWidget::selectionCleared, m_detail, &DossierDetailWidget::clear);
    // A cycle that refused (or, resent, accepted) a dossier's changes: the dossier shown says so.
    connect(m_sync, &SyncController::changed, this, [this, seen = qint64(-1)]() mutable {
        const SyncSnapshot &snapshot = m_sync->snapshot();
        const qint64 attention
            = (snapshot.attention.size() * 1000003 + snapshot.attentionOps()) * 1000003 + snapshot.openConflicts;
        if (attention == seen)
            return;
        seen = attention;
        m_detail->showSyncNotice();
        m_queue->readSyncMarks();
    });
    // Another desk's dossiers and moves, pulled by the sync, appear without a restart.
    connect(m_sync, &SyncController::recordsPulled, m_queue, &DossierQueueWidget::reload);
    connect(m_detail, &DossierDetailWidget::dossierChanged, this, [this] {
        m_queue->reload();
        m_sync->workQueued();
    });

    const DeskSettings settings;
    // WindowFit keeps a restored or default size within the screen (a 1024×600 laptop) when shown.
    if (!restoreGeometry(settings.windowGeometry()))
        resize(QSize(1366, 768).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.windowState());
    m_tabs->setCurrentIndex(
        Permissions::allows(session.officer(), Permission::ReceiveDossier) ? CatalogTab : DossiersTab);
}

MainWindow::~MainWindow() = default;

IntakeWizard *MainWindow::intakeWizard() const
{
    return m_wizard;
}

void MainWindow::createActions()
{
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        addAction(action);
        return action;
    };
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    QAction *intake = add(
        desk, QStringLiteral("actionNewDossier"), tr("&New dossier…"), QKeySequence::New, [this] { newDossier(); });
    intake->setEnabled(Permissions::allows(m_session.officer(), Permission::ReceiveDossier));
    add(desk, QStringLiteral("actionPrint"), tr("&Print form…"), QKeySequence::Print, [this] { print(); });
    desk->addSeparator();
    QAction *settingsAction
        = add(desk, QStringLiteral("actionSettings"), tr("&Settings…"), QKeySequence(), [this] { settings(); });
    settingsAction->setMenuRole(QAction::PreferencesRole);
    const bool mayManage = Permissions::allows(m_session.officer(), Permission::ManageOfficers);
    add(desk, QStringLiteral("actionCommune"), tr("&Commune and agency…"), QKeySequence(), [this] {
        setUpCommune();
    })->setEnabled(mayManage);
    add(desk, QStringLiteral("actionOfficers"), tr("&Officers…"), QKeySequence(), [this] {
        manageOfficers();
    })->setEnabled(mayManage);
    desk->addSeparator();
    add(desk, QStringLiteral("actionLock"), tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { lock(true); });
    add(desk, QStringLiteral("actionLogout"), tr("Log &out"), QKeySequence(), [this] {
        emit logoutRequested();
        close();
    });
    add(desk, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find, [this] { find(); });
    add(view, QStringLiteral("actionShowCatalog"), tr("&Procedures"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { showTab(CatalogTab); });
    add(view, QStringLiteral("actionShowDossiers"), tr("&Dossiers"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { showTab(DossiersTab); });
    add(view, QStringLiteral("actionShowSync"), tr("&Sync"), QKeySequence(Qt::CTRL | Qt::Key_3),
        [this] { showTab(SyncTab); });
    add(view, QStringLiteral("actionRefresh"), tr("&Refresh the queue"), QKeySequence(Qt::CTRL | Qt::Key_R),
        [this] { m_queue->reload(); });

    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    add(sync, QStringLiteral("actionSyncNow"), tr("&Sync now"), QKeySequence(Qt::Key_F5), [this] {
        showTab(SyncTab);
        m_syncPanel->syncNow();
    });
    add(sync, QStringLiteral("actionEnroll"), tr("&Enroll this computer…"), QKeySequence(),
        [this] { m_syncPanel->enroll(); });

    // The data clerk's and the mobile team's tools, each in its own window.
    const Officer &officer = m_session.officer();
    QMenu *dataMenu = menuBar()->addMenu(tr("D&ata"));
    add(dataMenu, QStringLiteral("actionStatistics"), tr("&Statistics and reports…"), QKeySequence(), [this] {
        const QString commune = DeskSettings().communeName();
        openToolWindow(new clerk::StatisticsView(m_context.database(), m_session.officer(), commune),
            tr("Statistics and reports"));
    })->setEnabled(Permissions::allows(officer, Permission::ExportReports));
    add(dataMenu, QStringLiteral("actionConflicts"), tr("Sync &conflicts…"), QKeySequence(), [this] {
        openToolWindow(new clerk::ConflictsView(m_context.database(), m_session.officer()), tr("Sync conflicts"));
    })->setEnabled(Permissions::allows(officer, Permission::ResolveConflicts));
    add(dataMenu, QStringLiteral("actionDuplicates"), tr("&Duplicate dossiers…"), QKeySequence(), [this] {
        openToolWindow(new clerk::DuplicatesView(m_context.database(), m_session.officer()), tr("Duplicate dossiers"));
    })->setEnabled(Permissions::allows(officer, Permission::ResolveConflicts));
    add(dataMenu, QStringLiteral("actionImport"), tr("&Import old lists…"), QKeySequence(), [this] {
        clerk::ImportDialog dialog(m_context.database(), m_context.calendar(), m_session.officer(), this);
        dialog.exec();
        m_queue->reload();
        m_sync->workQueued();
    })->setEnabled(Permissions::allows(officer, Permission::ImportData));
    add(dataMenu, QStringLiteral("actionRegister"), tr("Dossier &register (form 06)…"), QKeySequence(),
        [this] { printRegister(); });
    dataMenu->addSeparator();
    add(dataMenu, QStringLiteral("actionBundle"), tr("USB &bundle (no link)…"), QKeySequence(), [this] {
        clerk::BundleDialog dialog(m_context.database(), m_session.officer(), this);
        dialog.exec();
        m_queue->reload();
        m_sync->refresh();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, QStringLiteral("actionAbout"), tr("&About MotCua"), QKeySequence::HelpContents, [this] { about(); });
}

void MainWindow::setUpCommune()
{
    CommuneSetupDialog dialog(m_context.database(), this);
    dialog.exec();
}

void MainWindow::manageOfficers()
{
    OfficersDialog dialog(m_context.officers(), m_session.officer(), this);
    dialog.exec();
}

void MainWindow::guideFirstSteps()
{
    if (!Permissions::allows(m_session.officer(), Permission::ManageOfficers))
        return;
    const auto profile = CommuneProfile::load(m_context.database());
    if (profile && !profile->isSet()) {
        statusBar()->showMessage(tr("First step: set up the commune of this desk."), 10000);
        setUpCommune();
    }
    auto officers = m_context.officers().list();
    if (!officers)
        return;
    for (const Officer &officer : std::as_const(*officers)) {
        if (Permissions::allows(officer, Permission::ReceiveDossier))
            return;
    }
    statusBar()->showMessage(tr("Next step: add the officers who receive and handle dossiers."), 10000);
    manageOfficers();
}

void MainWindow::startServices()
{
    guideFirstSteps();
    m_sync->start();
    m_idleLock = new IdleLock(m_context.officers().sessionPolicy().idleLockMinutes, this);
    connect(m_idleLock, &IdleLock::locked, this, [this] { lock(false); });
}

IntakeWizard *MainWindow::newDossier(const QString &procedureCode)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (!Permissions::allows(m_session.officer(), Permission::ReceiveDossier)) {
        statusBar()->showMessage(Permissions::deniedMessage(m_session.officer(), Permission::ReceiveDossier), 8000);
        return nullptr;
    }
    // Dossier codes begin with the commune's code: none is received under a placeholder.
    if (const auto profile = CommuneProfile::load(m_context.database()); profile && !profile->isSet()) {
        statusBar()->showMessage(tr("The commune of this desk is not set up yet: the administrator sets it in "
                                    "Desk > Commune and agency."),
            10000);
        return nullptr;
    }
    m_wizard = new IntakeWizard(m_session, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // A receipt that cannot be saved for want of disk costs the citizen a second visit: say so first.
    m_wizard->warnLowDisk(DiskSpace::lowSpaceWarning(m_context.dataDir(), DeskSettings().lowDiskWarningBytes()));
    if (!procedureCode.isEmpty() && !m_wizard->restoredDraft())
        m_wizard->startWith(procedureCode);
    connect(m_wizard, &IntakeWizard::dossierSaved, this, &MainWindow::dossierSaved);
    m_wizard->show();
    return m_wizard;
}

IntakeWizard *MainWindow::resumeDraft()
{
    if (!QFile::exists(m_context.draftPath()))
        return nullptr;
    IntakeWizard *wizard = newDossier();
    if (wizard && wizard->restoredDraft())
        statusBar()->showMessage(tr("The dossier being received before the program closed was restored."), 10000);
    return wizard;
}

void MainWindow::dossierSaved()
{
    m_queue->reload();
    m_sync->workQueued();
}

void MainWindow::printRegister()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("registerDialog"));
    dialog.setWindowTitle(tr("Dossier register (form 06)"));
    auto *form = new QFormLayout(&dialog);
    const QDate today = VietnamTime::legalDate(QDateTime::currentDateTimeUtc());
    auto *from = new QDateEdit(QDate(today.year(), today.month(), 1), &dialog);
    auto *to = new QDateEdit(today, &dialog);
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    from->setObjectName(QStringLiteral("registerFrom"));
    to->setObjectName(QStringLiteral("registerTo"));
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto input = Forms::registerInput(m_session, from->date(), to->date());
    if (!input) {
        QMessageBox::warning(this, tr("Dossier register (form 06)"), input.error().message);
        return;
    }
    Forms::preview(this, *input);
}

void MainWindow::openToolWindow(QWidget *view, const QString &title)
{
    auto *window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    view->setParent(window);
    layout->addWidget(view);
    window->setObjectName(view->objectName() + QStringLiteral("Window")); // remembered by WindowFit
    window->resize(size() * 0.9);
    window->show();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::find()
{
    if (m_tabs->currentIndex() == DossiersTab) {
        m_queue->focusFilter();
        return;
    }
    showTab(CatalogTab);
    m_catalog->focusSearch();
}

void MainWindow::print()
{
    if (m_detail->dossier()) {
        m_detail->previewCurrentForm();
        return;
    }
    statusBar()->showMessage(tr("Select a dossier in the queue to print its form."), 6000);
    showTab(DossiersTab);
}

void MainWindow::settings()
{
    SettingsDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_idleLock)
        m_idleLock->setMinutes(dialog.idleLockMinutes());
    if (dialog.languageChanged())
        Translations::install(DeskSettings().language()); // LanguageChange reaches changeEvent()
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About MotCua"),
        tr("<h3>MotCua %1</h3><p>The offline-first one-stop desk of the commune: procedures, dossiers, "
           "forms and sync with the province server.</p>")
            .arg(QStringLiteral(MOTCUA_VERSION)));
}

void MainWindow::lock(bool byHand)
{
    if (m_locked)
        return;
    m_locked = true;
    if (m_idleLock)
        m_idleLock->setPaused(true);
    centralWidget()->hide(); // citizens' data stays hidden while nobody is at the desk
    if (m_wizard)
        m_wizard->hide();
    LoginDialog dialog(m_context.officers(), this);
    dialog.lockFor(m_session.officer(), byHand ? LoginDialog::LockReason::ByHand : LoginDialog::LockReason::Idle);
    const int answer = m_lockRunner ? m_lockRunner(dialog) : dialog.exec();
    const bool unlocked = answer == QDialog::Accepted && dialog.officer().id == m_session.officer().id;
    m_locked = false;
    if (!unlocked) {
        // Another officer may log in; the program goes on (the intake draft stays for them).
        emit logoutRequested();
        close();
        return;
    }
    centralWidget()->show();
    if (m_wizard)
        m_wizard->show();
    if (m_idleLock)
        m_idleLock->setPaused(false);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a language sends several LanguageChange events; the window is rebuilt once.
    if (event->type() == QEvent::LanguageChange && isVisible() && !m_languageChanged) {
        m_languageChanged = true;
        QMetaObject::invokeMethod(this, &MainWindow::languageChanged, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    DeskSettings().setWindow(saveGeometry(), saveState());
    m_sync->stop();
    QMainWindow::closeEvent(event);
}

} // namespace motcua::desktop

#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDialog;

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace motcua::desktop {

class CatalogWidget;
class DeskContext;
class DeskSession;
class DossierDetailWidget;
class DossierQueueWidget;
class IdleLock;
class IntakeWizard;
class SyncController;
class SyncPanel;

// The desk's main window: the procedure catalog, the dossier queue with the chosen dossier, and
// the sync panel as tabs; the status bar tells the link, what waits to be sent and the last sync.
// Every action has a menu entry and most a shortcut (Ctrl+N new dossier, Ctrl+F search, F5 sync
// now, Ctrl+P print). Geometry and layout are kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { CatalogTab, DossiersTab, SyncTab };

    MainWindow(DeskContext &context, DeskSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts background sync (an enrolled desk) and the idle lock; not called by tests.
    void startServices();

    // Opens the intake wizard (restoring a saved draft if there is one).
    IntakeWizard *newDossier(const QString &procedureCode = {});
    // At start: a draft left by a crash or power cut reopens the wizard.
    IntakeWizard *resumeDraft();
    IntakeWizard *intakeWizard() const;

    void showTab(Tab tab);
    CatalogWidget *catalog() const { return m_catalog; }
    DossierQueueWidget *queue() const { return m_queue; }
    DossierDetailWidget *detail() const { return m_detail; }
    SyncPanel *syncPanel() const { return m_syncPanel; }
    SyncController *syncController() const { return m_sync; }

    // The first steps of a new desk, for an administrator: set up the commune while it is not,
    // then add officers while none may receive dossiers. Called by startServices.
    void guideFirstSteps();
    void setUpCommune();
    void manageOfficers();

    // Asks the officer's password again (idle lock, or Ctrl+L by hand). Giving up logs the officer
    // out (the login screen follows); it never quits the program.
    void lock(bool byHand = false);
    // Tests answer the lock screen with this (it runs instead of exec).
    void setLockRunner(std::function<int(QDialog &)> runner) { m_lockRunner = std::move(runner); }

signals:
    void logoutRequested();
    // Another UI language was installed: the owner builds the window again in it (main.cpp).
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    // Asks for a period and previews form 06 for it, to print or save as PDF.
    void printRegister();
    // Shows a clerk's view (statistics, conflicts, duplicates) in a window of its own.
    void openToolWindow(QWidget *view, const QString &title);
    void find();
    void print();
    void settings();
    void about();
    void dossierSaved();

    DeskContext &m_context;
    DeskSession &m_session;
    SyncController *m_sync;
    QTabWidget *m_tabs;
    CatalogWidget *m_catalog;
    DossierQueueWidget *m_queue;
    DossierDetailWidget *m_detail;
    QSplitter *m_dossierSplitter;
    SyncPanel *m_syncPanel;
    IdleLock *m_idleLock = nullptr;
    QPointer<IntakeWizard> m_wizard;
    bool m_locked = false;
    std::function<int(QDialog &)> m_lockRunner;
    bool m_languageChanged = false;
};

} // namespace motcua::desktop

#pragma once

#include "domain/Dossier.h"
#include "print/FormRenderer.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace motcua::desktop {

class DeskSession;

// One dossier: the applicant, the documents (scans open in the system viewer), the timeline of
// events (the process-control record), and a button for each move of the legal workflow. A move
// the law does not allow from the current status has no button; one the officer's roles do not
// allow is shown disabled with the reason, and the core (AuthorizedDossiers) refuses it anyway.
class DossierDetailWidget final : public QWidget
{
    Q_OBJECT

public:
    // Asks why (refusal, supplement request, stop, …); nullopt: the officer cancelled.
    using NoteProvider = std::function<std::optional<QString>(DossierStatus to)>;

    explicit DossierDetailWidget(DeskSession &session, QWidget *parent = nullptr);

    void showDossier(const QString &idOrCode);
    void clear();
    const std::optional<Dossier> &dossier() const { return m_dossier; }

    // Tests answer the note dialog with this.
    void setNoteProvider(NoteProvider provider) { m_noteProvider = std::move(provider); }
    // Tests answer form 04's dialog (new date, reason; nullopt: cancelled) and see the form instead
    // of a print preview.
    using ApologyProvider = std::function<std::optional<std::pair<QDate, QString>>()>;
    void setApologyProvider(ApologyProvider provider) { m_apologyProvider = std::move(provider); }
    void setFormSink(std::function<void(const print::FormInput &)> sink) { m_formShown = std::move(sink); }
    // Form 04: asks the new date and the reason, records them, then shows the form.
    void apology();
    // Tests answer the file dialog of "Replace scan…" with this (empty: cancelled).
    using ScanFileProvider = std::function<QString()>;
    void setScanFileProvider(ScanFileProvider provider) { m_scanFileProvider = std::move(provider); }
    // Asks for a new scan of the selected document (or the first whose scan the server refused)
    // and attaches it; sync sends it.
    void replaceScan();
    // The move button of a status (objectName "move_<status key>").
    QPushButton *moveButton(DossierStatus to) const { return m_moveButtons.value(int(to)); }

    // The form that fits the dossier's state: 02 while a supplement is requested, 03 once refused,
    // else the receipt (01). Ctrl+P previews it.
    void previewCurrentForm();
    void previewProcessControl();

    // Reads again whether the dossier's changes reached the province (after a sync cycle).
    void showScansOnTheWay(const QUuid &dossierId);
    void showSyncNotice();

    // Moves the dossier shown (what the buttons do). The error, if any, is shown and returned.
    bool moveTo(DossierStatus to);

signals:
    void dossierChanged(const QString &dossierId);

private:
    void render();
    void updateActions();
    void openScan();
    QString lastNote() const;

    DeskSession &m_session;
    std::optional<Dossier> m_dossier;
    QList<DossierEvent> m_events;
    QLabel *m_header;
    QLabel *m_applicant;
    QLabel *m_syncNotice; // the dossier's changes did not reach the province (SyncAttention)
    QTreeWidget *m_documents;
    QTreeWidget *m_timeline;
    QLabel *m_message;
    QGridLayout *m_actions;
    QHash<int, QPushButton *> m_moveButtons;
    QList<QPushButton *> m_moveOrder;
    QPushButton *m_printButton;
    QPushButton *m_controlButton;
    QPushButton *m_apologyButton;
    QPushButton *m_openScanButton;
    QPushButton *m_replaceScanButton;
    ScanFileProvider m_scanFileProvider;
    NoteProvider m_noteProvider;
    ApologyProvider m_apologyProvider;
    std::function<void(const print::FormInput &)> m_formShown;
};

} // namespace motcua::desktop

#pragma once

#include "IntakeDraft.h"

#include "domain/Dossier.h"

#include <QWizard>

#include <functional>
#include <optional>

namespace motcua::desktop {

class DeskSession;
class ProcedurePage;
class ApplicantPage;
class DocumentsPage;
class ReviewPage;
class ReceiptPage;

// Receiving a dossier at the counter: procedure → applicant (citizen ID checked as typed) →
// documents checklist with scans → review → save → form 01. Everything typed is saved as a draft
// (IntakeDraft) under the data folder on every change, and a draft found at start is restored.
// The dossier is written through AuthorizedDossiers, so an officer without the reception role is
// refused by the core, whatever the window offers.
class IntakeWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ProcedurePageId, ApplicantPageId, DocumentsPageId, ReviewPageId, ReceiptPageId };

    IntakeWizard(DeskSession &session, QWidget *parent = nullptr);
    ~IntakeWizard() override;

    // Starts on the procedure page with this procedure chosen (from the catalog).
    void startWith(const QString &procedureCode);
    bool restoredDraft() const { return m_restored; }

    DeskSession &session() { return m_session; }
    IntakeDraft &draft() { return m_draft; }
    const Procedure *procedure() const { return m_procedure ? &*m_procedure : nullptr; }
    void setProcedure(const QString &code);
    // Shown on the first page: free disk space is low (DiskSpace::lowSpaceWarning).
    void warnLowDisk(const QString &warning);

    // Called by the pages whenever a field changes: collects and saves the draft.
    void draftChanged();

    // Stores the dossier (review page's commit) and writes the receipt PDF; false with the error
    // shown on the review page.
    bool saveDossier();
    const std::optional<Dossier> &savedDossier() const { return m_saved; }

    // Cancel, Escape and the window's close button on a filled intake ask first whether to throw
    // it away; tests answer with this (true: discard).
    void setDiscardQuestion(std::function<bool()> question) { m_discardQuestion = std::move(question); }
    QString receiptPdfPath() const { return m_receiptPdf; }

signals:
    void dossierSaved(const motcua::Dossier &dossier);

protected:
    void done(int result) override;

private:
    void collect();
    bool confirmDiscard();

    DeskSession &m_session;
    IntakeDraft m_draft;
    std::optional<Procedure> m_procedure;
    std::optional<Dossier> m_saved;
    QString m_receiptPdf;
    bool m_restored = false;
    bool m_loading = false;
    std::function<bool()> m_discardQuestion;
    ProcedurePage *m_procedurePage;
    ApplicantPage *m_applicantPage;
    DocumentsPage *m_documentsPage;
    ReviewPage *m_reviewPage;
    ReceiptPage *m_receiptPage;
};

} // namespace motcua::desktop

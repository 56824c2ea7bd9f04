#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace motcua::desktop {

class IntakeWizard;
struct IntakeDraft;

// Step 3: the checklist of documents the procedure asks for. The officer ticks what was handed
// in, sets how (original, certified copy, photocopy) and how many, and attaches scans from files
// or by dropping them on the page. Large images are downscaled first (ScanPreparer).
class DocumentsPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { ReceivedColumn, TitleColumn, KindColumn, CountColumn, ScanColumn, ColumnCount };

    explicit DocumentsPage(IntakeWizard *wizard);

    void load(const IntakeDraft &draft);
    void store(IntakeDraft &draft) const;
    bool isComplete() const override;

    // Attaches a scan to a row (what the file dialog and a drop do); false with the reason shown.
    bool attachScan(int row, const QString &file);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addRow(const QString &title, int kind, int count, bool received, bool required, const QString &scan);
    void chooseScan();
    void removeScan();
    void addDocument();
    void changed();

    IntakeWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace motcua::desktop

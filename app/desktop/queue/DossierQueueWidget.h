#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;
class QTimer;

namespace motcua::desktop {

class DeskSession;
class DossierQueueModel;

// The queue of dossiers: tabs by status (open, each status, late, all), a filter on the
// applicant's name or citizen ID, most urgent or newest first. Selecting a row shows the dossier.
class DossierQueueWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DossierQueueWidget(DeskSession &session, QWidget *parent = nullptr);

    DossierQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Reads the rows again and keeps the dossier selected when it is still listed; when it left
    // the list (refused out of "Open") nothing else is selected in its place.
    void reload();
    // The dossiers with a sync problem get a mark (SyncAttention, open conflicts).
    void readSyncMarks();
    void focusFilter();
    void selectTab(int index);

signals:
    void dossierSelected(const QString &dossierId);
    void selectionCleared(); // the list became empty: nothing to show

private:
    void applyFilter();
    void updateTabCounts();
    // Selects row and tells which dossier it is (also when it is the row selected already).
    void selectRow(int row);

    DossierQueueModel *m_model;
    QTabBar *m_tabs;
    QLineEdit *m_filter;
    QComboBox *m_order;
    QTableView *m_view;
    QLabel *m_count;
    QTimer *m_typingDelay;
    DeskSession &m_session;
};

} // namespace motcua::desktop

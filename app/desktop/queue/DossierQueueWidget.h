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
    void reload();
    void focusFilter();
    void selectTab(int index);

signals:
    void dossierSelected(const QString &dossierId);

private:
    void applyFilter();

    DossierQueueModel *m_model;
    QTabBar *m_tabs;
    QLineEdit *m_filter;
    QComboBox *m_order;
    QTableView *m_view;
    QLabel *m_count;
    QTimer *m_typingDelay;
};

} // namespace motcua::desktop

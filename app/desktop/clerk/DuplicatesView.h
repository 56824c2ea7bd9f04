#pragma once

#include "domain/Officer.h"
#include "domain/Result.h"
#include "store/DuplicateFinder.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace motcua {
class Database;
}

namespace motcua::clerk {

// Dossiers that are probably one request received twice (DuplicateFinder): the pairs in a list,
// the two dossiers of the selected pair side by side, and the clerk's decision: merge into the one
// kept, or dismiss the pair as two real requests. The search reads every dossier, so it runs on a
// worker thread with its own connection.
class DuplicatesView final : public QWidget
{
    Q_OBJECT

public:
    DuplicatesView(Database &database, Officer officer, QWidget *parent = nullptr);
    ~DuplicatesView() override;

    // Searches again; loaded() follows.
    void reload();
    bool isLoading() const;
    const QList<DuplicatePair> &pairs() const { return m_pairs; }
    void selectPair(int row);

    // The decision on the selected pair, with the choice and note on screen; false with the reason
    // shown. The search runs again after a decision.
    bool mergeSelected();
    bool dismissSelected();

signals:
    void loaded();
    void merged(const QString &keptCode, const QString &mergedCode);
    void dismissed();
    void failed(const QString &message);

private:
    void showPairs();
    void showSelected();
    void showMessage(const QString &text, bool error);
    const DuplicatePair *selected() const;
    bool allowed();

    Database &m_database;
    Officer m_officer;
    QList<DuplicatePair> m_pairs;
    QFutureWatcher<Result<QList<DuplicatePair>>> m_finding;
    bool m_loading = false; // until the search's outcome is on screen
    QString m_afterSearch; // what the last decision did, shown with the new search's outcome

    QTableWidget *m_list = nullptr;
    QTableWidget *m_compare = nullptr;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace motcua::clerk

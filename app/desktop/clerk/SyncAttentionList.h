#pragma once

#include "store/SyncAttention.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace motcua::clerk {

// The dossiers whose changes did not reach the province, with the reason in plain words and what
// the officer can do (SyncReasons), for the sync panel, the conflicts window and the USB dialog:
// one widget so the three say the same thing. Hidden while the list is empty.
class SyncAttentionList final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncAttentionList(QWidget *parent = nullptr);

    void setDossiers(const QList<DossierAttention> &dossiers);
    // Reads the list from the store (the dialogs that have no sync controller).
    void reload(Database &database);
    // Dossiers listed (0: nothing was refused).
    int count() const { return m_count; }

    // "N dossier(s) did not reach the province …"; empty for none.
    static QString summaryText(const QList<DossierAttention> &dossiers);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    int m_count = 0;
};

} // namespace motcua::clerk

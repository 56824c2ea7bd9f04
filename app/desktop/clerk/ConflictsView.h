#pragma once

#include "domain/Officer.h"
#include "store/Conflicts.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace motcua {
class Database;
}

namespace motcua::clerk {

class SyncAttentionList;

// The sync conflicts of this store (DESIGN.md "Conflicts"): the open ones in a list and, for the
// selected one, each field side by side (this device, the server) with the clerk's choice. Resolve
// hands the choices to ConflictResolver, which queues the resolution as a new op.
class ConflictsView final : public QWidget
{
    Q_OBJECT

public:
    enum FieldColumn { FieldName, MineValue, ServerValue, Choice };

    ConflictsView(Database &database, Officer officer, QWidget *parent = nullptr);

    // Reads the open conflicts again, keeping the selection when it is still open.
    void reload();
    int conflictCount() const { return int(m_conflicts.size()); }
    void selectConflict(int row);

    // Resolves the selected conflict with the choices on screen; false with the reason shown.
    bool resolveSelected();

signals:
    void resolved(qint64 conflictId);
    void failed(const QString &message);

private:
    void showSelected();
    void linkClockChoices();
    void showMessage(const QString &text, bool error);
    const ConflictRecord *selected() const;

    Database &m_database;
    Officer m_officer;
    QList<ConflictRecord> m_conflicts;

    QTableWidget *m_list = nullptr;
    QLabel *m_header = nullptr;
    QTableWidget *m_fields = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_message = nullptr;
    SyncAttentionList *m_attention = nullptr;
    bool m_anyRefused = false;
};

} // namespace motcua::clerk

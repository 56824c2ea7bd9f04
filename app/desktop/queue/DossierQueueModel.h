#pragma once

#include "domain/Dossier.h"
#include "store/DossierQueries.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace motcua {
class DossierRepository;
class ProcedureRepository;
} // namespace motcua

namespace motcua::desktop {

// The dossier queue as a table that never holds the whole store: rows arrive a page at a time
// (canFetchMore/fetchMore) as the view scrolls, from DossierRepository::forEach with the filter's
// limit and offset. The total comes from count(), so the scroll bar is honest from the start.
// Rows are coloured early / on time / late; dossiers due today are marked.
class DossierQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        ApplicantColumn,
        ProcedureColumn,
        ReceivedColumn,
        DueColumn,
        StatusColumn,
        TimelinessColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int DossierIdRole = Qt::UserRole + 1;

    DossierQueueModel(DossierRepository &dossiers, ProcedureRepository &procedures, QObject *parent = nullptr);

    // Replaces the rows with the first page of filter (limit and offset are the model's business).
    void setFilter(const DossierFilter &filter);
    const DossierFilter &filter() const { return m_filter; }
    // Reloads the current filter (after a change to a dossier), keeping at least as many rows.
    void refresh();
    // The date "late" is judged against; today in Vietnam unless a test fixes it.
    void setToday(const QDate &today);
    // Dossiers with a sync problem (open conflict, refused by the server): dossier id → why. Their
    // code shows a warning mark with the reason as tooltip.
    void setSyncMarks(const QHash<QString, QString> &marks);
    QString syncMark(int row) const;

    qint64 totalCount() const { return m_total; }
    const Dossier *dossierAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    QList<Dossier> page(int offset, int limit);
    QString procedureName(const QString &code) const;

    DossierRepository &m_dossiers;
    ProcedureRepository &m_procedures;
    DossierFilter m_filter;
    QList<Dossier> m_rows;
    qint64 m_total = 0;
    QDate m_today;
    QString m_error;
    // Inside a reset or an insertion: receivers of the signals (views, QAbstractItemModelTester) may
    // ask for more at once, and a nested insertion would reach the others mid-change.
    bool m_notifying = false;
    mutable QHash<QString, QString> m_procedureNames;
    QHash<QString, QString> m_syncMarks;
};

} // namespace motcua::desktop

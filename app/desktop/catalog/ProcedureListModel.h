#pragma once

#include "domain/Procedure.h"
#include "domain/Result.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace motcua {
class ProcedureRepository;
}

namespace motcua::desktop {

// The procedures a catalog search found, best first: "code — name" per row, the sector and
// processing time as a tooltip. search() asks ProcedureSearch on every keystroke.
class ProcedureListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 50;

    explicit ProcedureListModel(ProcedureRepository &procedures, QObject *parent = nullptr);

    void search(const QString &text);
    // A hit as the search returns it: code, name, sector, time, fee (no documents).
    const Procedure *procedureAt(int row) const;
    // The whole procedure of a hit, with its documents and legal basis.
    std::optional<Procedure> details(int row) const;
    // The row of a procedure code in the current hits, -1 when absent.
    int rowOf(const QString &code) const;

    // Why the search failed; the list then shows it as its only row (procedureAt() is null).
    const std::optional<Error> &failure() const { return m_failure; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    ProcedureRepository &m_procedures;
    QList<Procedure> m_hits;
    std::optional<Error> m_failure;
};

} // namespace motcua::desktop

#include "ProcedureListModel.h"

#include "ProcedureHtml.h"

#include "store/ProcedureRepository.h"

#include <QColor>

namespace motcua::desktop {

ProcedureListModel::ProcedureListModel(ProcedureRepository &procedures, QObject *parent)
    : QAbstractListModel(parent)
    , m_procedures(procedures)
{
}

void ProcedureListModel::search(const QString &text)
{
    beginResetModel();
    m_hits.clear();
    for (const ProcedureHit &hit : m_procedures.search(text, kLimit))
        m_hits.append(hit.procedure);
    m_failure = m_procedures.lastSearchFailure();
    if (m_failure)
        m_hits.clear(); // a part of a failed search is not the answer
    endResetModel();
}

const Procedure *ProcedureListModel::procedureAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

std::optional<Procedure> ProcedureListModel::details(int row) const
{
    const Procedure *hit = procedureAt(row);
    return hit ? m_procedures.find(hit->code) : std::nullopt;
}

int ProcedureListModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).code == code)
            return row;
    }
    return -1;
}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_failure ? 1 : int(m_hits.size());
}

Qt::ItemFlags ProcedureListModel::flags(const QModelIndex &index) const
{
    // The failure row is read, not chosen.
    return m_failure ? Qt::ItemIsEnabled : QAbstractListModel::flags(index);
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (m_failure && index.row() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_failure->message;
        if (role == Qt::ForegroundRole)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    }
    const Procedure *procedure = procedureAt(index.row());
    if (!procedure || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(procedure->code, procedure->name);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(procedure->sector, ProcedureHtml::processingTime(*procedure));
    case Qt::UserRole:
        return procedure->code;
    default:
        return {};
    }
}

} // namespace motcua::desktop

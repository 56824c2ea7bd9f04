#include "DossierQueueModel.h"

#include "domain/Deadline.h"
#include "domain/VietnamTime.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace motcua::desktop {

DossierQueueModel::DossierQueueModel(DossierRepository &dossiers, ProcedureRepository &procedures, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dossiers(dossiers)
    , m_procedures(procedures)
    , m_today(VietnamTime::now().date())
{
}

void DossierQueueModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void DossierQueueModel::setSyncMarks(const QHash<QString, QString> &marks)
{
    if (marks == m_syncMarks)
        return;
    m_syncMarks = marks;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CodeColumn), index(int(m_rows.size()) - 1, CodeColumn));
}

QString DossierQueueModel::syncMark(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_syncMarks.value(m_rows.at(row).id.toString(QUuid::WithoutBraces));
}

void DossierQueueModel::setFilter(const DossierFilter &filter)
{
    m_notifying = true;
    beginResetModel();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.today = m_today;
    m_rows.clear();
    m_error.clear();
    auto total = m_dossiers.count(m_filter);
    m_total = total ? total.value() : 0;
    if (!total) {
        m_error = total.error().message;
    } else if (m_total > 0) {
        m_rows = page(0, kPageSize);
    }
    endResetModel();
    m_notifying = false;
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

void DossierQueueModel::refresh()
{
    const qsizetype keep = m_rows.size();
    setFilter(m_filter);
    while (m_rows.size() < keep && canFetchMore({}))
        fetchMore({});
}

QList<Dossier> DossierQueueModel::page(int offset, int limit)
{
    DossierFilter filter = m_filter;
    filter.offset = offset;
    filter.limit = limit;
    QList<Dossier> rows;
    rows.reserve(limit);
    const Status status = m_dossiers.forEach(filter, [&rows](const Dossier &dossier) {
        rows.append(dossier);
        return true;
    });
    if (!status)
        m_error = status.error().message;
    return rows;
}

const Dossier *DossierQueueModel::dossierAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DossierQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DossierQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_error.isEmpty() && m_rows.size() < m_total;
}

void DossierQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Dossier> more = page(int(m_rows.size()), kPageSize);
    if (more.isEmpty()) {
        // The store shrank under us (a sync applied deletions): stop asking.
        m_total = m_rows.size();
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_notifying = false;
}

QString DossierQueueModel::procedureName(const QString &code) const
{
    auto found = m_procedureNames.constFind(code);
    if (found != m_procedureNames.constEnd())
        return *found;
    const auto procedure = m_procedures.find(code);
    const QString name = procedure ? procedure->name : code;
    m_procedureNames.insert(code, name);
    return name;
}

QVariant DossierQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dossier &dossier = m_rows.at(index.row());
    const auto timeliness = motcua::timeliness(dossier.status, dossier.dueDate, dossier.doneAt, m_today);
    if (role == DossierIdRole)
        return dossier.id.toString(QUuid::WithoutBraces);
    const bool dueToday = isOpen(dossier.status) && dossier.dueDate == m_today;
    if (index.column() == CodeColumn && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const QString mark = m_syncMarks.value(dossier.id.toString(QUuid::WithoutBraces));
        if (!mark.isEmpty()) {
            if (role == Qt::ToolTipRole)
                return mark;
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
    }
    if (dueToday && role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (dueToday && role == Qt::BackgroundRole)
        return QBrush(QColor(0xff, 0xf4, 0xe5));
    if (role == Qt::ForegroundRole && timeliness) {
        if (*timeliness == Timeliness::Late)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (*timeliness == Timeliness::Early)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    }
    if (role == Qt::BackgroundRole && timeliness && *timeliness == Timeliness::Late)
        return QBrush(QColor(0xfd, 0xec, 0xea));
    if (role == Qt::ToolTipRole && index.column() == ProcedureColumn)
        return procedureName(dossier.procedureCode);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return dossier.code;
    case ApplicantColumn:
        return dossier.applicantName;
    case ProcedureColumn:
        return procedureName(dossier.procedureCode);
    case ReceivedColumn:
        return QLocale().toString(VietnamTime::toVietnam(dossier.receivedAt), QLocale::ShortFormat);
    case DueColumn:
        return QLocale().toString(dossier.dueDate, QLocale::ShortFormat);
    case StatusColumn:
        return statusLabel(dossier.status);
    case TimelinessColumn:
        if (dueToday)
            return tr("Due today");
        return timeliness ? timelinessLabel(*timeliness) : QString();
    default:
        return {};
    }
}

QVariant DossierQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ApplicantColumn:
        return tr("Applicant");
    case ProcedureColumn:
        return tr("Procedure");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case TimelinessColumn:
        return tr("Timeliness");
    default:
        return {};
    }
}

} // namespace motcua::desktop

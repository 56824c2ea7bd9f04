#include "SyncAttentionList.h"

#include "store/SyncReasons.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::clerk {

namespace {

enum Column { Code, Applicant, Changes, Problem, Action, ColumnCount };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

SyncAttentionList::SyncAttentionList(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("syncAttention"));
    m_summary->setObjectName(QStringLiteral("syncAttentionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    m_table->setObjectName(QStringLiteral("syncAttentionList"));
    m_table->setHorizontalHeaderLabels(
        {tr("Dossier"), tr("Applicant"), tr("Changes not sent"), tr("Problem"), tr("What to do")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Problem, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    setVisible(false);
}

QString SyncAttentionList::summaryText(const QList<DossierAttention> &dossiers)
{
    if (dossiers.isEmpty())
        return {};
    qint64 ops = 0;
    for (const DossierAttention &dossier : dossiers)
        ops += dossier.totalOps();
    return tr("Not everything is on the server: %n dossier(s) did not reach the province (%1 change(s) refused "
              "or held back). They stay on this computer; see what to do for each below.",
        nullptr, int(dossiers.size()))
        .arg(ops);
}

void SyncAttentionList::setDossiers(const QList<DossierAttention> &dossiers)
{
    m_count = int(dossiers.size());
    m_summary->setText(summaryText(dossiers));
    m_table->setRowCount(int(dossiers.size()));
    for (int row = 0; row < dossiers.size(); ++row) {
        const DossierAttention &dossier = dossiers.at(row);
        const SyncAdvice advice = SyncReasons::explain(dossier.reason, dossier.message);
        m_table->setItem(row, Code, readOnly(dossier.code.isEmpty() ? dossier.dossierId : dossier.code));
        m_table->setItem(row, Applicant, readOnly(dossier.applicantName));
        m_table->setItem(row, Changes, readOnly(QString::number(dossier.totalOps())));
        m_table->setItem(row, Problem, readOnly(advice.problem));
        m_table->setItem(row, Action, readOnly(advice.action));
    }
    m_table->resizeRowsToContents();
    setVisible(!dossiers.isEmpty());
}

void SyncAttentionList::reload(Database &database)
{
    auto dossiers = SyncAttention(database).list();
    if (!dossiers) {
        m_summary->setText(dossiers.error().message);
        m_table->setRowCount(0);
        m_count = 0;
        setVisible(true);
        return;
    }
    setDossiers(dossiers.value());
}

} // namespace motcua::clerk

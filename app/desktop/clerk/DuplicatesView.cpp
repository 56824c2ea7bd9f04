#include "DuplicatesView.h"

#include "OwnConnection.h"

#include "domain/Permissions.h"
#include "domain/VietnamTime.h"
#include "store/Database.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::clerk {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString timeText(const QDateTime &at)
{
    return QLocale().toString(VietnamTime::toVietnam(at), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

DuplicatesView::DuplicatesView(Database &database, Officer officer, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_officer(std::move(officer))
{
    setObjectName(QStringLiteral("duplicatesView"));
    m_list = new QTableWidget;
    m_list->setObjectName(QStringLiteral("duplicatesList"));
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels(
        {tr("Procedure"), tr("Earlier dossier"), tr("Later dossier"), tr("Why"), tr("Days apart")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_compare = new QTableWidget;
    m_compare->setObjectName(QStringLiteral("duplicateCompare"));
    m_compare->setColumnCount(2);
    m_compare->setHorizontalHeaderLabels({tr("Earlier dossier"), tr("Later dossier")});
    m_compare->setRowCount(5);
    m_compare->setVerticalHeaderLabels({tr("Code"), tr("Applicant"), tr("Citizen ID"), tr("Status"), tr("Received")});
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_keepFirst = new QRadioButton(tr("Keep the earlier dossier"));
    m_keepFirst->setObjectName(QStringLiteral("duplicateKeepFirst"));
    m_keepFirst->setChecked(true);
    m_keepSecond = new QRadioButton(tr("Keep the later dossier"));
    m_keepSecond->setObjectName(QStringLiteral("duplicateKeepSecond"));
    auto *keepGroup = new QButtonGroup(this);
    keepGroup->addButton(m_keepFirst);
    keepGroup->addButton(m_keepSecond);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("duplicateNote"));
    m_note->setPlaceholderText(tr("Why (kept in both dossiers' history)"));
    m_merge = new QPushButton(tr("Merge"));
    m_merge->setObjectName(QStringLiteral("duplicateMerge"));
    m_merge->setToolTip(tr("The other dossier is withdrawn and its history moves to the one kept."));
    m_dismiss = new QPushButton(tr("Not a duplicate"));
    m_dismiss->setObjectName(QStringLiteral("duplicateDismiss"));
    m_refresh = new QPushButton(tr("Search again"));
    m_refresh->setObjectName(QStringLiteral("duplicatesRefresh"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("duplicatesMessage"));
    m_message->setWordWrap(true);

    auto *decision = new QGroupBox(tr("Decision"));
    auto *decisionLayout = new QVBoxLayout(decision);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepFirst);
    keepRow->addWidget(m_keepSecond);
    keepRow->addStretch();
    decisionLayout->addLayout(keepRow);
    auto *noteRow = new QFormLayout;
    noteRow->addRow(tr("Note:"), m_note);
    decisionLayout->addLayout(noteRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_merge);
    decisionLayout->addLayout(buttons);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_compare, 1);
    detailLayout->addWidget(decision);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);

    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Dossiers of the same procedure received within 30 days, with the same citizen ID "
                                "or nearly the same name."));
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    if (!Permissions::allows(m_officer, Permission::ResolveConflicts)) {
        const QString denied = Permissions::deniedMessage(m_officer, Permission::ResolveConflicts);
        m_merge->setToolTip(denied);
        m_dismiss->setToolTip(denied);
    }
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &DuplicatesView::showSelected);
    connect(m_refresh, &QPushButton::clicked, this, &DuplicatesView::reload);
    connect(m_merge, &QPushButton::clicked, this, [this] { (void)mergeSelected(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { (void)dismissSelected(); });
    connect(&m_finding, &QFutureWatcher<Result<QList<DuplicatePair>>>::finished, this, [this] {
        m_loading = false;
        const auto found = m_finding.result();
        m_refresh->setEnabled(true);
        if (!found) {
            m_pairs.clear();
            showPairs();
            showMessage(found.error().message, true);
            emit failed(found.error().message);
            return;
        }
        m_pairs = found.value();
        showPairs();
        const QString count = m_pairs.isEmpty() ? tr("No suspected duplicates.")
                                                : tr("%n suspected duplicate pair(s).", nullptr, int(m_pairs.size()));
        showMessage(m_afterSearch.isEmpty() ? count : m_afterSearch + QLatin1Char(' ') + count, false);
        m_afterSearch.clear();
        emit loaded();
    });
    showSelected();
    reload();
}

DuplicatesView::~DuplicatesView()
{
    m_finding.waitForFinished();
}

void DuplicatesView::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_refresh->setEnabled(false);
    showMessage(tr("Searching for duplicates…"), false);
    m_finding.setFuture(runOnOwnConnection<QList<DuplicatePair>>(m_database.dataDir(),
        [actor = m_officer.actorLabel()](Database &db) { return DuplicateFinder(db, actor).find(); }));
}

bool DuplicatesView::isLoading() const
{
    return m_loading;
}

void DuplicatesView::selectPair(int row)
{
    m_list->selectRow(row);
}

void DuplicatesView::showPairs()
{
    const QSignalBlocker blocker(m_list);
    m_list->clearContents();
    m_list->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &pair = m_pairs.at(row);
        QStringList why;
        if (pair.sameCitizenId)
            why.append(tr("same citizen ID"));
        if (pair.nameDistance == 0)
            why.append(tr("same name"));
        else if (pair.nameDistance > 0)
            why.append(tr("names differ by %n letter(s)", nullptr, pair.nameDistance));
        m_list->setItem(row, 0, cell(pair.procedureCode));
        m_list->setItem(row, 1, cell(pair.first.code + QStringLiteral(" — ") + pair.first.applicantName));
        m_list->setItem(row, 2, cell(pair.second.code + QStringLiteral(" — ") + pair.second.applicantName));
        m_list->setItem(row, 3, cell(why.join(QStringLiteral(", "))));
        m_list->setItem(row, 4, cell(QLocale().toString(pair.daysApart)));
    }
    m_list->resizeColumnsToContents();
    m_list->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (!m_pairs.isEmpty())
        m_list->selectRow(0);
    showSelected();
}

const DuplicatePair *DuplicatesView::selected() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void DuplicatesView::showSelected()
{
    const DuplicatePair *pair = selected();
    const bool mayDecide = Permissions::allows(m_officer, Permission::ResolveConflicts);
    for (QWidget *widget : {static_cast<QWidget *>(m_merge), static_cast<QWidget *>(m_dismiss),
             static_cast<QWidget *>(m_keepFirst), static_cast<QWidget *>(m_keepSecond), static_cast<QWidget *>(m_note)})
        widget->setEnabled(pair && mayDecide);
    m_compare->clearContents();
    if (!pair)
        return;
    int column = 0;
    for (const DuplicateSide *side : {&pair->first, &pair->second}) {
        m_compare->setItem(0, column, cell(side->code));
        m_compare->setItem(1, column, cell(side->applicantName));
        m_compare->setItem(2, column, cell(side->citizenId.isEmpty() ? tr("(none)") : side->citizenId));
        m_compare->setItem(3, column, cell(statusLabel(side->status)));
        m_compare->setItem(4, column, cell(timeText(side->receivedAt)));
        ++column;
    }
    // What the two have in common is what made them suspects: show it.
    for (int row = 0; row < m_compare->rowCount(); ++row) {
        if (m_compare->item(row, 0)->text() == m_compare->item(row, 1)->text()) {
            m_compare->item(row, 0)->setBackground(QColor(0xff, 0xf3, 0xe0));
            m_compare->item(row, 1)->setBackground(QColor(0xff, 0xf3, 0xe0));
        }
    }
}

bool DuplicatesView::allowed()
{
    if (Permissions::allows(m_officer, Permission::ResolveConflicts))
        return true;
    const QString message = Permissions::deniedMessage(m_officer, Permission::ResolveConflicts);
    showMessage(message, true);
    emit failed(message);
    return false;
}

bool DuplicatesView::mergeSelected()
{
    const DuplicatePair *pair = selected();
    if (!pair || !allowed())
        return false;
    const DuplicateSide &keep = m_keepSecond->isChecked() ? pair->second : pair->first;
    const DuplicateSide &other = m_keepSecond->isChecked() ? pair->first : pair->second;
    auto merged
        = DuplicateFinder(m_database, m_officer.actorLabel()).merge(keep.id, other.id, m_note->text().trimmed());
    if (!merged) {
        showMessage(merged.error().message, true);
        emit failed(merged.error().message);
        return false;
    }
    m_note->clear();
    m_afterSearch = tr("Dossier %1 merged into %2; %1 is withdrawn.").arg(merged->mergedCode, merged->keptCode);
    emit this->merged(merged->keptCode, merged->mergedCode);
    reload();
    return true;
}

bool DuplicatesView::dismissSelected()
{
    const DuplicatePair *pair = selected();
    if (!pair || !allowed())
        return false;
    const QString first = pair->first.code;
    const QString second = pair->second.code;
    auto dismissed = DuplicateFinder(m_database, m_officer.actorLabel())
                         .dismiss(pair->first.id, pair->second.id, m_note->text().trimmed());
    if (!dismissed) {
        showMessage(dismissed.error().message, true);
        emit failed(dismissed.error().message);
        return false;
    }
    m_note->clear();
    m_afterSearch = tr("%1 and %2 are kept as two requests.").arg(first, second);
    emit this->dismissed();
    reload();
    return true;
}

void DuplicatesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

} // namespace motcua::clerk

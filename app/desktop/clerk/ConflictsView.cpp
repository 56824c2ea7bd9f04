#include "ConflictsView.h"

#include "FieldText.h"
#include "SyncAttentionList.h"

#include "domain/DossierCode.h"
#include "domain/Permissions.h"
#include "domain/VietnamTime.h"
#include "store/ConflictResolver.h"
#include "store/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::clerk {

namespace {

QString codeOf(const ConflictRecord &conflict)
{
    if (!conflict.dossierCode.isEmpty())
        return conflict.dossierCode;
    const QString local = conflict.localFields.value(QStringLiteral("code")).toString();
    const QString server = conflict.serverFields.value(QStringLiteral("code")).toString();
    return !local.isEmpty() ? local : !server.isEmpty() ? server : conflict.recordId;
}

QString applicantOf(const ConflictRecord &conflict)
{
    const QString local = conflict.localFields.value(QStringLiteral("applicant_name")).toString();
    return !local.isEmpty() ? local : conflict.serverFields.value(QStringLiteral("applicant_name")).toString();
}

// Who made the server's version, in words an officer knows: desks are known by the tag printed in
// their dossier codes, not by their device id.
QString changedBy(const ConflictRecord &conflict)
{
    if (conflict.serverOriginDevice.isEmpty())
        return QCoreApplication::translate("motcua::clerk::ConflictsView", "the province");
    const QString origin = conflict.serverFields.value(QStringLiteral("origin_device")).toString();
    const auto code = DossierCode::parse(conflict.serverFields.value(QStringLiteral("code")).toString());
    if (origin == conflict.serverOriginDevice && code)
        return QCoreApplication::translate("motcua::clerk::ConflictsView", "desk %1").arg(code->deviceTag);
    return QCoreApplication::translate("motcua::clerk::ConflictsView", "another desk of the commune");
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictsView::ConflictsView(Database &database, Officer officer, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_officer(std::move(officer))
{
    setObjectName(QStringLiteral("conflictsView"));
    m_list = new QTableWidget;
    m_list->setObjectName(QStringLiteral("conflictsList"));
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels(
        {tr("Dossier"), tr("Applicant"), tr("Found during"), tr("Server version"), tr("Detected")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    // Every column as wide as its header and values, the applicant taking what is left: no header
    // is cut to "iên bản máy c" on a 1024-pixel screen.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("conflictHeader"));
    m_header->setWordWrap(true);
    m_fields = new QTableWidget;
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setColumnCount(4);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This device"), tr("Server"), tr("Keep")});
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->horizontalHeader()->setSectionResizeMode(MineValue, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(ServerValue, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(Choice, QHeaderView::ResizeToContents);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("conflictNote"));
    m_note->setPlaceholderText(tr("Why this choice (kept with the resolution)"));
    m_resolve = new QPushButton(tr("Resolve"));
    m_resolve->setObjectName(QStringLiteral("conflictResolve"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("conflictsMessage"));
    m_message->setWordWrap(true);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_fields, 1);
    auto *noteRow = new QFormLayout;
    noteRow->addRow(tr("Note:"), m_note);
    detailLayout->addLayout(noteRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_resolve);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A dossier changed here and on the server before the two could sync. For each "
                                "field that differs, keep this device's value or the server's; the result is sent "
                                "as a new change."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Refused changes are not conflicts, but this window must not say "all on the server" above them.
    m_attention = new SyncAttentionList;
    layout->addWidget(m_attention);
    layout->addWidget(splitter, 1);

    if (!Permissions::allows(m_officer, Permission::ResolveConflicts))
        m_resolve->setToolTip(Permissions::deniedMessage(m_officer, Permission::ResolveConflicts));
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showSelected);
    connect(m_resolve, &QPushButton::clicked, this, [this] { (void)resolveSelected(); });
    reload();
}

void ConflictsView::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto open = Conflicts(m_database).list(true);
    m_conflicts = open ? open.value() : QList<ConflictRecord>();
    if (!open)
        showMessage(open.error().message, true);
    m_attention->reload(m_database);
    m_anyRefused = m_attention->count() > 0;
    const QSignalBlocker blocker(m_list);
    m_list->clearContents();
    m_list->setRowCount(int(m_conflicts.size()));
    int keepRow = m_conflicts.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const ConflictRecord &conflict = m_conflicts.at(row);
        m_list->setItem(row, 0, readOnly(codeOf(conflict)));
        m_list->setItem(row, 1, readOnly(applicantOf(conflict)));
        m_list->setItem(row, 2,
            readOnly(conflict.source == ConflictRecord::Source::Push ? tr("sending (push)") : tr("receiving (pull)")));
        m_list->setItem(row, 3, readOnly(QString::number(conflict.serverVersion)));
        m_list->setItem(row, 4,
            readOnly(
                QLocale().toString(VietnamTime::toVietnam(conflict.detectedAt), QStringLiteral("dd/MM/yyyy HH:mm"))));
        if (conflict.id == keep)
            keepRow = row;
    }
    m_list->resizeColumnToContents(0);
    if (keepRow >= 0)
        m_list->selectRow(keepRow);
    showSelected();
}

void ConflictsView::selectConflict(int row)
{
    m_list->selectRow(row);
}

const ConflictRecord *ConflictsView::selected() const
{
    const QList<QTableWidgetItem *> items = m_list ? m_list->selectedItems() : QList<QTableWidgetItem *>();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void ConflictsView::showSelected()
{
    m_fields->clearContents();
    m_fields->setRowCount(0);
    m_note->clear();
    const ConflictRecord *conflict = selected();
    const bool mayResolve = Permissions::allows(m_officer, Permission::ResolveConflicts);
    m_resolve->setEnabled(conflict && mayResolve);
    m_note->setEnabled(conflict && mayResolve);
    if (!conflict) {
        m_header->setText(!m_conflicts.isEmpty() ? tr("Choose a conflict in the list.")
                : m_anyRefused ? tr("No open conflicts, but some changes did not reach the server: see the list above.")
                               : tr("No open conflicts: every change has reached the server."));
        return;
    }
    QString header = tr("Dossier %1 — %2. Changed on the server by %3 (version %4).")
                         .arg(codeOf(*conflict), applicantOf(*conflict), changedBy(*conflict))
                         .arg(conflict->serverVersion);
    if (conflict->serverDeleted)
        header += QLatin1Char(' ') + tr("The server deleted this dossier.");
    m_header->setText(header);

    const QStringList fields = ConflictResolver::choosableFields(*conflict);
    const QStringList differing = ConflictResolver::differingFields(*conflict);
    // The fields that differ first: they are the clerk's decision; the others only show context.
    QStringList ordered = differing;
    for (const QString &field : fields) {
        if (!ordered.contains(field))
            ordered.append(field);
    }
    m_fields->setRowCount(int(ordered.size()));
    QFont bold = m_fields->font();
    bold.setBold(true);
    for (int row = 0; row < ordered.size(); ++row) {
        const QString &field = ordered.at(row);
        auto *name = readOnly(FieldText::label(field));
        name->setData(Qt::UserRole, field);
        auto *mine = readOnly(FieldText::value(field, conflict->localFields.value(field)));
        auto *server = readOnly(FieldText::value(field, conflict->serverFields.value(field)));
        m_fields->setItem(row, FieldName, name);
        m_fields->setItem(row, MineValue, mine);
        m_fields->setItem(row, ServerValue, server);
        if (differing.contains(field)) {
            for (QTableWidgetItem *item : {name, mine, server}) {
                item->setFont(bold);
                item->setBackground(QColor(0xff, 0xf3, 0xe0));
            }
            auto *choice = new QComboBox;
            choice->setObjectName(QStringLiteral("conflictChoice_") + field);
            choice->addItem(tr("Server's value"), QStringLiteral("server"));
            choice->addItem(tr("This device's value"), QStringLiteral("mine"));
            choice->setEnabled(mayResolve);
            m_fields->setCellWidget(row, Choice, choice);
        } else {
            m_fields->setItem(row, Choice, readOnly(tr("same / server's")));
        }
    }
    linkClockChoices();
    m_fields->resizeColumnToContents(FieldName);
}

// The status, its pauses and the due date are one legal clock (ConflictResolver refuses to mix
// them): choosing a side for one of them chooses it for the others, so the clerk cannot build a
// resolution that will be refused.
void ConflictsView::linkClockChoices()
{
    const QStringList clockFields = QStringList{QStringLiteral("status")} + ConflictResolver::clockFieldsOfStatus();
    QList<QComboBox *> clock;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString field = m_fields->item(row, FieldName)->data(Qt::UserRole).toString();
        auto *choice = qobject_cast<QComboBox *>(m_fields->cellWidget(row, Choice));
        if (choice && clockFields.contains(field))
            clock.append(choice);
    }
    for (QComboBox *choice : clock) {
        choice->setToolTip(tr("The status, the pauses and the due date are one legal clock: they are kept "
                              "from the same side."));
        connect(choice, &QComboBox::currentIndexChanged, this, [clock](int index) {
            for (QComboBox *other : clock) {
                if (other->currentIndex() != index)
                    other->setCurrentIndex(index);
            }
        });
    }
}

bool ConflictsView::resolveSelected()
{
    const ConflictRecord *conflict = selected();
    if (!conflict) {
        showMessage(tr("Choose a conflict in the list."), true);
        return false;
    }
    if (!Permissions::allows(m_officer, Permission::ResolveConflicts)) {
        const QString message = Permissions::deniedMessage(m_officer, Permission::ResolveConflicts);
        showMessage(message, true);
        emit failed(message);
        return false;
    }
    ConflictResolution resolution;
    resolution.take = ConflictSide::Server;
    resolution.note = m_note->text().trimmed();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto *choice = qobject_cast<QComboBox *>(m_fields->cellWidget(row, Choice));
        if (!choice)
            continue;
        FieldChoice fieldChoice;
        fieldChoice.side
            = choice->currentData().toString() == QLatin1String("mine") ? ConflictSide::Mine : ConflictSide::Server;
        resolution.fields.insert(m_fields->item(row, FieldName)->data(Qt::UserRole).toString(), fieldChoice);
    }
    const qint64 id = conflict->id;
    const QString code = codeOf(*conflict);
    ConflictResolver resolver(m_database, m_officer.actorLabel());
    auto done = resolver.resolve(id, resolution);
    if (!done) {
        showMessage(done.error().message, true);
        emit failed(done.error().message);
        return false;
    }
    reload();
    showMessage(tr("Conflict of dossier %1 resolved; the result will be sent at the next sync.").arg(code), false);
    emit resolved(id);
    return true;
}

void ConflictsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

} // namespace motcua::clerk

#include "CatalogWidget.h"

#include "ProcedureHtml.h"
#include "ProcedureListModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace motcua::desktop {

CatalogWidget::CatalogWidget(ProcedureRepository &procedures, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProcedureListModel(procedures, this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("catalogPage"));
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search procedures: name or code, with or without accents (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("catalogList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_details->setObjectName(QStringLiteral("catalogDetails"));
    m_details->setOpenLinks(false);

    auto *intake = new QPushButton(tr("&Receive a dossier for this procedure"), this);
    intake->setObjectName(QStringLiteral("catalogIntakeButton"));
    intake->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchLabel = new QLabel(tr("&Find a procedure:"), left);
    searchLabel->setBuddy(m_search);
    leftLayout->addWidget(searchLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(intake, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->search(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        else
            showCurrent();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogWidget::showCurrent);
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(intake, &QPushButton::clicked, this, [this] {
        if (!m_currentCode.isEmpty())
            emit intakeRequested(m_currentCode);
    });
    connect(m_list, &QListView::activated, this, [this] {
        if (!m_currentCode.isEmpty())
            emit intakeRequested(m_currentCode);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, intake] { intake->setEnabled(false); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, intake] { intake->setEnabled(!m_currentCode.isEmpty()); });
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_details);
    setTabOrder(m_details, intake);
    showCurrent();
}

void CatalogWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CatalogWidget::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void CatalogWidget::showCurrent()
{
    const auto procedure = m_model->details(m_list->currentIndex().row());
    m_currentCode = procedure ? procedure->code : QString();
    if (procedure) {
        m_details->setHtml(ProcedureHtml::details(*procedure));
        return;
    }
    if (const auto &failure = m_model->failure()) {
        m_details->setHtml(QStringLiteral("<p style='color:#b01c1c'>%1</p>").arg(failure->message.toHtmlEscaped()));
        return;
    }
    m_details->setHtml(
        QStringLiteral("<p style='color:gray'>%1</p>")
            .arg(m_search->text().trimmed().isEmpty()
                    ? tr("Type a few letters of a procedure's name, e.g. \"khai sinh\", or its code.").toHtmlEscaped()
                    : tr("No procedure matches.").toHtmlEscaped()));
}

} // namespace motcua::desktop

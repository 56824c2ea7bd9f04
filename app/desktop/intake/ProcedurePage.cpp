#include "ProcedurePage.h"

#include "IntakeWizard.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "catalog/ProcedureHtml.h"
#include "catalog/ProcedureListModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace motcua::desktop {

ProcedurePage::ProcedurePage(IntakeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ProcedureListModel(wizard->session().context().procedures(), this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("intakeProcedurePage"));
    setTitle(tr("1. Procedure"));
    setSubTitle(tr("Which procedure does the citizen ask for?"));
    m_search->setObjectName(QStringLiteral("intakeProcedureSearch"));
    m_search->setPlaceholderText(tr("Name or code, with or without accents"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("intakeProcedureList"));
    m_list->setModel(m_model);
    m_details->setObjectName(QStringLiteral("intakeProcedureDetails"));

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("intakeWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }"));
    m_warning->hide();
    auto *left = new QVBoxLayout;
    left->addWidget(m_warning);
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_details, 3);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->search(text);
        if (m_model->rowCount() == 1)
            m_list->setCurrentIndex(m_model->index(0));
        currentChanged();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProcedurePage::currentChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
    });
}

void ProcedurePage::setWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void ProcedurePage::load(const IntakeDraft &draft)
{
    if (!draft.procedureCode.isEmpty())
        choose(draft.procedureCode);
}

void ProcedurePage::choose(const QString &code)
{
    m_search->setText(code);
    const int row = m_model->rowOf(code);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    currentChanged();
}

bool ProcedurePage::isComplete() const
{
    return m_wizard->procedure() != nullptr;
}

void ProcedurePage::currentChanged()
{
    const Procedure *chosen = m_model->procedureAt(m_list->currentIndex().row());
    if (chosen)
        m_wizard->setProcedure(chosen->code);
    if (chosen && m_wizard->procedure()) {
        m_details->setHtml(ProcedureHtml::details(*m_wizard->procedure()));
    } else if (const Procedure *previous = m_wizard->procedure()) {
        // Typing a new search keeps the procedure already chosen until another is picked.
        m_details->setHtml(ProcedureHtml::details(*previous));
    } else {
        m_details->clear();
    }
    emit completeChanged();
}

} // namespace motcua::desktop

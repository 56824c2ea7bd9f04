#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;

namespace motcua::desktop {

class IntakeWizard;
class ProcedureListModel;
struct IntakeDraft;

// Step 1: which procedure the citizen asks for, found as one types.
class ProcedurePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProcedurePage(IntakeWizard *wizard);

    void load(const IntakeDraft &draft);
    void choose(const QString &code);
    // A warning above the search (low disk space); empty hides it.
    void setWarning(const QString &text);
    bool isComplete() const override;

private:
    void currentChanged();

    IntakeWizard *m_wizard;
    ProcedureListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QTextBrowser *m_details;
    QLabel *m_warning;
};

} // namespace motcua::desktop

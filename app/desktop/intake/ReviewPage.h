#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;

namespace motcua::desktop {

class IntakeWizard;

// Step 4: everything once more before the dossier is stored; missing required documents are
// named. This is the commit page: its button saves the dossier and there is no way back.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(IntakeWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    void showError(const QString &message);

private:
    IntakeWizard *m_wizard;
    QTextBrowser *m_summary;
    QLabel *m_error;
};

} // namespace motcua::desktop

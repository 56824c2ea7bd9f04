#pragma once

#include "domain/Dossier.h"

#include <QTextDocument>
#include <QWizardPage>

#include <memory>

class QLabel;
class QTextBrowser;

namespace motcua::desktop {

class IntakeWizard;

// Step 5: the dossier is stored; the receipt and appointment (form 01) to print and sign.
class ReceiptPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReceiptPage(IntakeWizard *wizard);

    void showDossier(const Dossier &dossier, const QString &pdfError);

private:
    IntakeWizard *m_wizard;
    QLabel *m_code;
    QTextBrowser *m_preview;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace motcua::desktop

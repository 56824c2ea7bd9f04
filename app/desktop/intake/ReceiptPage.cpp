#include "ReceiptPage.h"

#include "IntakeWizard.h"

#include "forms/Forms.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace motcua::desktop {

ReceiptPage::ReceiptPage(IntakeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_code(new QLabel(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("intakeReceiptPage"));
    setTitle(tr("5. Receipt (form 01)"));
    setSubTitle(tr("The dossier is saved. Print the receipt and appointment for the citizen to sign."));
    setFinalPage(true);
    m_code->setObjectName(QStringLiteral("intakeSavedCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("intakeReceiptPreview"));
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("intakePrintButton"));
    auto *pdf = new QPushButton(tr("Save P&DF…"), this);
    pdf->setObjectName(QStringLiteral("intakeSavePdfButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_code, 1);
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_preview, 1);

    connect(print, &QPushButton::clicked, this, [this] {
        if (m_wizard->savedDossier())
            Forms::preview(
                this, Forms::input(m_wizard->session(), *m_wizard->savedDossier(), print::FormKind::Receipt01));
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (m_wizard->savedDossier())
            Forms::savePdfAs(
                this, Forms::input(m_wizard->session(), *m_wizard->savedDossier(), print::FormKind::Receipt01));
    });
}

void ReceiptPage::showDossier(const Dossier &dossier, const QString &pdfError)
{
    m_code->setText(tr("Dossier <b>%1</b>, due <b>%2</b>")
                        .arg(dossier.code.toHtmlEscaped(), QLocale().toString(dossier.dueDate, QLocale::ShortFormat)));
    if (!pdfError.isEmpty())
        m_code->setText(m_code->text()
            + QStringLiteral("<br/><span style='color:#b3261e'>%1</span>")
                  .arg(tr("The receipt PDF was not kept: %1").arg(pdfError).toHtmlEscaped()));
    // The document, not its HTML: it carries the QR code image of the dossier code.
    m_document = print::FormRenderer::document(Forms::input(m_wizard->session(), dossier, print::FormKind::Receipt01));
    m_preview->setDocument(m_document.get());
}

} // namespace motcua::desktop

#include "ReviewPage.h"

#include "IntakeWizard.h"

#include "catalog/ProcedureHtml.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace motcua::desktop {

ReviewPage::ReviewPage(IntakeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("intakeReviewPage"));
    setTitle(tr("4. Review"));
    setSubTitle(tr("Check with the citizen, then save: the dossier gets its code and due date."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("intakeReview"));
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_error);
}

void ReviewPage::initializePage()
{
    m_error->clear();
    const IntakeDraft &draft = m_wizard->draft();
    const Procedure *procedure = m_wizard->procedure();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    if (procedure) {
        html += row(tr("Procedure"), QStringLiteral("%1 — %2").arg(procedure->code, procedure->name));
        html += row(tr("Processing time"), ProcedureHtml::processingTime(*procedure));
        html += row(tr("Fee"), procedure->fee);
    }
    html += row(tr("Applicant"), draft.applicantName.trimmed());
    html += row(tr("Citizen ID"), draft.citizenId.trimmed());
    html += row(tr("Phone"), draft.phone);
    html += row(tr("Address"), draft.address);
    html += row(tr("E-mail"), draft.email);
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("Documents received").toHtmlEscaped());
    QStringList missing;
    for (const IntakeDocument &document : draft.documents) {
        if (!document.received) {
            if (document.required)
                missing << document.title;
            continue;
        }
        html += QStringLiteral("<li>%1 (%2 × %3)%4</li>")
                    .arg(document.title.toHtmlEscaped(), documentKindLabel(document.kind).toHtmlEscaped())
                    .arg(document.count)
                    .arg(document.scanFile.isEmpty() ? QString() : QStringLiteral(" — ") + tr("scan attached"));
    }
    html += QStringLiteral("</ul>");
    if (!missing.isEmpty()) {
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p><ul>")
                    .arg(tr("Required but not ticked (the dossier may be incomplete):").toHtmlEscaped());
        for (const QString &title : std::as_const(missing))
            html += QStringLiteral("<li>%1</li>").arg(title.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_summary->setHtml(html);
}

bool ReviewPage::validatePage()
{
    return m_wizard->saveDossier();
}

void ReviewPage::showError(const QString &message)
{
    m_error->setText(tr("Not saved: %1").arg(message));
}

} // namespace motcua::desktop

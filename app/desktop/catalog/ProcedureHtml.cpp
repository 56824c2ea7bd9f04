#include "ProcedureHtml.h"

#include <QCoreApplication>

namespace motcua::desktop::ProcedureHtml {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("motcua::desktop::ProcedureHtml", text, comment, n);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

} // namespace

QString processingTime(const Procedure &procedure)
{
    if (procedure.processingUnit == ProcessingUnit::SameDay)
        return tr("Same day (after 15:00: next working day)");
    return tr("%n working day(s)", nullptr, procedure.processingDays);
}

QString details(const Procedure &procedure)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(procedure.name.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Code"), procedure.code.toHtmlEscaped());
    html += row(tr("Sector"), procedure.sector.toHtmlEscaped());
    html += row(tr("Processing time"), processingTime(procedure).toHtmlEscaped());
    html += row(tr("Fee"), (procedure.fee.isEmpty() ? tr("None") : procedure.fee).toHtmlEscaped());
    if (!procedure.resultDelivery.isEmpty())
        html += row(tr("Result"), procedure.resultDelivery.toHtmlEscaped());
    if (!procedure.aliases.isEmpty())
        html += row(tr("Former codes"), procedure.aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!procedure.active)
        html += row(tr("State"), tr("No longer in the catalog").toHtmlEscaped());
    html += QStringLiteral("</table><h3>%1</h3><ol>").arg(tr("Documents").toHtmlEscaped());
    for (const RequiredDocument &document : procedure.documents) {
        html += QStringLiteral("<li>%1 <i>(%2 × %3%4)</i>")
                    .arg(document.title.toHtmlEscaped(), documentKindLabel(document.kind).toHtmlEscaped())
                    .arg(document.count)
                    .arg(document.required ? QString() : QStringLiteral(", ") + tr("if applicable").toHtmlEscaped());
        if (!document.note.isEmpty())
            html += QStringLiteral("<br/><small>%1</small>").arg(document.note.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    if (!procedure.legalBasis.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Legal basis").toHtmlEscaped());
        for (const QString &basis : procedure.legalBasis)
            html += QStringLiteral("<li>%1</li>").arg(basis.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace motcua::desktop::ProcedureHtml

#include "Forms.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/DeskSettings.h"

#include "domain/VietnamTime.h"
#include "reports/ReportPeriod.h"
#include "store/CommuneProfile.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"
#include "store/SyncState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace motcua::desktop::Forms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::desktop::Forms", text);
}

void printTo(QPrinter *printer, const print::FormInput &input)
{
    auto document = print::FormRenderer::document(input);
    printer->setPageOrientation(
        input.kind == print::FormKind::Register06 ? QPageLayout::Landscape : QPageLayout::Portrait);
    document->print(printer);
}

// The commune set up for the whole store (first start, enrollment) wins over a desk's own
// settings, which remain for what the commune profile leaves empty.
void signedAtThisDesk(print::FormInput &form, DeskSession &session)
{
    const DeskSettings settings;
    const auto profile = CommuneProfile::load(session.context().database());
    const auto pick = [](const QString &stored, const QString &local) { return stored.isEmpty() ? local : stored; };
    form.agency.agencyName = pick(profile ? profile->agencyName : QString(), settings.agencyName());
    form.agency.communeName = pick(profile ? profile->communeName : QString(), settings.communeName());
    if (form.agency.communeName.isEmpty()) {
        if (const auto enrollment = SyncState(session.context().database()).enrollment())
            form.agency.communeName = CommuneProfile::bareName(enrollment->communeName);
    }
    form.agency.province = pick(profile ? profile->province : QString(), settings.province());
    form.agency.returnPlace = pick(profile ? profile->returnPlace : QString(), settings.returnPlace());
    form.officerName = session.officer().fullName;
}

} // namespace

print::FormInput input(
    DeskSession &session, const Dossier &dossier, print::FormKind kind, const QString &reason, const QDate &newDueDate)
{
    print::FormInput form;
    form.kind = kind;
    form.dossier = dossier;
    if (dossier.documents.isEmpty()) {
        // Queue rows carry no documents; the forms list them.
        if (auto full = session.dossiers().find(dossier.id.toString(QUuid::WithoutBraces)))
            form.dossier = full.value();
    }
    if (auto procedure = session.context().procedures().find(dossier.procedureCode))
        form.procedure = *procedure;
    else
        form.procedure.code = dossier.procedureCode;
    if (auto events = session.dossiers().events(dossier.id))
        form.events = events.value();
    signedAtThisDesk(form, session);
    form.reason = reason;
    form.newDueDate = newDueDate;
    return form;
}

Result<print::FormInput> registerInput(DeskSession &session, const QDate &from, const QDate &to)
{
    if (Status period = checkReportPeriod(from, to); !period)
        return period.error();
    print::FormInput form;
    form.kind = print::FormKind::Register06;
    form.from = from;
    form.to = to;
    signedAtThisDesk(form, session);
    // Oldest first: the walk stops at the first dossier received after the period.
    DossierFilter filter;
    filter.orderBy = DossierFilter::Order::Received;
    const Status walked = session.dossiers().forEach(filter, [&](const Dossier &dossier) {
        const QDate received = VietnamTime::legalDate(dossier.receivedAt);
        if (received > to)
            return false;
        if (received >= from) {
            form.registerRows.append(dossier);
            if (!form.procedureNames.contains(dossier.procedureCode)) {
                const auto procedure = session.context().procedures().find(dossier.procedureCode);
                form.procedureNames.insert(dossier.procedureCode, procedure ? procedure->name : QString());
            }
        }
        return true;
    });
    if (!walked)
        return walked.error();
    auto apologized = session.dossiers().apologizedCodes();
    if (!apologized)
        return apologized.error();
    form.apologizedCodes = apologized.value();
    return form;
}

void preview(QWidget *parent, const print::FormInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("formPreview"));
    dialog.setWindowTitle(label(input.kind));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&input](QPrinter *target) { printTo(target, input); });
    dialog.resize(900, 700);
    dialog.exec();
}

void printNow(QWidget *parent, const print::FormInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(label(input.kind));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer, input);
}

void savePdfAs(QWidget *parent, const print::FormInput &input)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1.pdf").arg(input.dossier.code));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = print::FormRenderer::writePdf(input, path); !written)
        QMessageBox::warning(parent, tr("Save PDF"), written.error().message);
}

Result<QString> writeReceipt(DeskSession &session, const Dossier &dossier)
{
    const QString dir = session.context().receiptsDir();
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("print.write_failed"), tr("Cannot create the folder %1.").arg(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("%1-01.pdf").arg(dossier.code));
    if (const Status written = print::FormRenderer::writePdf(input(session, dossier, print::FormKind::Receipt01), path);
        !written)
        return written.error();
    return path;
}

QString label(print::FormKind kind)
{
    switch (kind) {
    case print::FormKind::Receipt01:
        return tr("Form 01 — receipt and appointment");
    case print::FormKind::SupplementRequest02:
        return tr("Form 02 — request to supplement");
    case print::FormKind::Refusal03:
        return tr("Form 03 — refusal");
    case print::FormKind::Apology04:
        return tr("Form 04 — apology and new date");
    case print::FormKind::ProcessControl05:
        return tr("Form 05 — process control");
    case print::FormKind::Register06:
        return tr("Form 06 — dossier register");
    }
    return {};
}

} // namespace motcua::desktop::Forms

#include "MoveActions.h"

#include <QCoreApplication>

namespace motcua::desktop::MoveActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::desktop::MoveActions", text);
}

} // namespace

QList<MoveAction> all()
{
    return {
        {DossierStatus::InProcess, tr("Hand over / process"),
            tr("Hand the dossier to the handling officer; after a supplement, resume the clock."), false, {}},
        {DossierStatus::SupplementRequested, tr("Request supplement (02)"),
            tr("Ask the citizen, once and completely, for what is missing: the clock pauses."), true,
            print::FormKind::SupplementRequest02},
        {DossierStatus::FinancialObligation, tr("Fees or taxes due"),
            tr("The citizen must pay fees or taxes before the result."), false, {}},
        {DossierStatus::Done, tr("Result ready"), tr("The result is ready, awaiting collection."), false, {}},
        {DossierStatus::Returned, tr("Return result"), tr("The citizen collected the result."), false, {}},
        {DossierStatus::Refused, tr("Refuse (03)"), tr("Refuse the dossier with the reasons (form 03)."), true,
            print::FormKind::Refusal03},
        {DossierStatus::Withdrawn, tr("Withdrawn"), tr("The citizen withdrew the dossier."), true, {}},
        {DossierStatus::Stopped, tr("Stop processing"), tr("Processing is stopped, with the reason."), true, {}},
    };
}

MoveAction find(DossierStatus to)
{
    for (const MoveAction &action : all()) {
        if (action.to == to)
            return action;
    }
    return MoveAction{to, statusLabel(to), {}, false, {}};
}

QString notePrompt(DossierStatus to)
{
    switch (to) {
    case DossierStatus::SupplementRequested:
        return tr("Every missing or wrong document, one per line, with the reason:");
    case DossierStatus::Refused:
        return tr("Reasons for the refusal:");
    case DossierStatus::Stopped:
        return tr("Why processing stops:");
    case DossierStatus::Withdrawn:
        return tr("Note (optional):");
    default:
        return tr("Note:");
    }
}

} // namespace motcua::desktop::MoveActions

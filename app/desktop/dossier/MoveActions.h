#pragma once

#include "domain/DossierStatus.h"
#include "print/FormRenderer.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua::desktop {

// How a move of the legal workflow is offered at the desk: its button, what it means, whether it
// asks for a note, and the form that goes with it.
struct MoveAction
{
    DossierStatus to = DossierStatus::InProcess;
    QString label; // "Hand over for processing"
    QString help;
    bool asksNote = false; // besides DossierLifecycle::needsNote
    std::optional<print::FormKind> form;
};

namespace MoveActions {

QList<MoveAction> all(); // in the order the buttons appear
MoveAction find(DossierStatus to);
QString notePrompt(DossierStatus to);

} // namespace MoveActions
} // namespace motcua::desktop

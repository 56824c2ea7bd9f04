#pragma once

#include "Dossier.h"
#include "DossierStatus.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// Which status changes the law allows for a dossier, and the guards on each move (DOMAIN.md
// "Dossier lifecycle"). Pure rules: the store asks check() before it writes anything.
namespace DossierLifecycle {

// The statuses a dossier may move to from `from`, in the order a UI should offer them. Empty for
// the terminal statuses (returned, refused, withdrawn, stopped).
QList<DossierStatus> allowedMoves(DossierStatus from);

bool isAllowed(DossierStatus from, DossierStatus to);

// Whether some sequence of allowed moves leads from `from` to `to` (true when they are equal). A
// conflict resolution that picks a status jumps over the moves it merges, but never backwards:
// not out of a closed dossier, not from "done" back to "in process".
bool isReachable(DossierStatus from, DossierStatus to);

// Refusing, requesting a supplement and stopping must say why: the reasons go on forms 02/03 and
// on the stop notice.
bool needsNote(DossierStatus to);

// Whether `dossier` may move to `to` at `at` with `note`. lastEventAt is the time of the
// dossier's latest event (null when unknown). Each refusal has its own code:
//   "lifecycle.same_status"       the dossier already has that status
//   "lifecycle.terminal"          the dossier is closed (returned, refused, withdrawn, stopped)
//   "lifecycle.illegal_move"      the law has no such move
//   "lifecycle.note_required"     refusal, supplement request or stop without a reason
//   "lifecycle.invalid_time"      at is not a valid time
//   "lifecycle.before_receipt"    at is earlier than the receipt
//   "lifecycle.before_last_event" at is earlier than the latest event
// Times are compared to the second, the precision the store keeps.
Status check(
    const Dossier &dossier, DossierStatus to, const QString &note, const QDateTime &at, const QDateTime &lastEventAt);

} // namespace DossierLifecycle
} // namespace motcua

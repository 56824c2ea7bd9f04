#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// The legal statuses of a dossier (DOMAIN.md, "Dossier lifecycle"). "Late" is not a status: see
// Timeliness. Which moves are allowed lives in DossierLifecycle.
enum class DossierStatus {
    Received, // complete and valid: the clock runs
    InProcess,
    SupplementRequested, // form 02 issued: the clock pauses
    FinancialObligation, // waiting for the citizen's fees or taxes
    Done, // result ready, awaiting collection
    Returned, // result handed to the citizen
    Refused, // form 03
    Withdrawn, // the citizen withdrew it
    Stopped, // processing stopped
};

QString statusKey(DossierStatus status); // "received", "in_process", "supplement_requested",
                                         // "financial_obligation", "done", "returned",
                                         // "refused", "withdrawn", "stopped"
std::optional<DossierStatus> statusFromKey(const QString &key);
QString statusLabel(DossierStatus status); // in the UI language
QList<DossierStatus> allStatuses();

// Still on someone's desk: counts for the queue and for "overdue".
bool isOpen(DossierStatus status);
// No move leaves it.
bool isTerminal(DossierStatus status);
// The statutory clock runs (it stops while the citizen is asked to supplement).
bool clockRuns(DossierStatus status);

} // namespace motcua

#include "DossierLifecycle.h"

#include "VietnamTime.h"

#include <QCoreApplication>

namespace motcua::DossierLifecycle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::DossierLifecycle", text);
}

// The store keeps seconds; comparing finer would refuse a move made in the same second as the
// previous event only because the stored copy lost its milliseconds.
qint64 seconds(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

} // namespace

QList<DossierStatus> allowedMoves(DossierStatus from)
{
    using S = DossierStatus;
    // The transition table. A status missing on the right is not reachable from the left.
    switch (from) {
    case S::Received:
        return {S::InProcess, S::SupplementRequested, S::Refused, S::Withdrawn};
    case S::InProcess:
        return {S::Done, S::SupplementRequested, S::FinancialObligation, S::Refused, S::Withdrawn, S::Stopped};
    case S::SupplementRequested:
        return {S::InProcess, S::Refused, S::Withdrawn, S::Stopped};
    case S::FinancialObligation:
        return {S::Done, S::InProcess, S::Withdrawn, S::Stopped};
    case S::Done:
        return {S::Returned};
    case S::Returned:
    case S::Refused:
    case S::Withdrawn:
    case S::Stopped:
        return {};
    }
    return {};
}

bool isReachable(DossierStatus from, DossierStatus to)
{
    QList<DossierStatus> seen{from};
    for (int next = 0; next < seen.size(); ++next) {
        if (seen.at(next) == to)
            return true;
        for (DossierStatus status : allowedMoves(seen.at(next))) {
            if (!seen.contains(status))
                seen.append(status);
        }
    }
    return false;
}

bool isAllowed(DossierStatus from, DossierStatus to)
{
    return allowedMoves(from).contains(to);
}

bool needsNote(DossierStatus to)
{
    return to == DossierStatus::Refused || to == DossierStatus::SupplementRequested || to == DossierStatus::Stopped;
}

Status check(
    const Dossier &dossier, DossierStatus to, const QString &note, const QDateTime &at, const QDateTime &lastEventAt)
{
    const DossierStatus from = dossier.status;
    const QString fromLabel = statusLabel(from);
    const QString toLabel = statusLabel(to);

    if (from == to) {
        return makeError(QStringLiteral("lifecycle.same_status"),
            tr("Dossier %1 is already \"%2\"; it cannot move to \"%3\" again.").arg(dossier.code, fromLabel, toLabel));
    }
    if (isTerminal(from)) {
        return makeError(QStringLiteral("lifecycle.terminal"),
            tr("Dossier %1 is closed as \"%2\"; it cannot move to \"%3\".").arg(dossier.code, fromLabel, toLabel));
    }
    if (!isAllowed(from, to)) {
        return makeError(QStringLiteral("lifecycle.illegal_move"),
            tr("Dossier %1 cannot move from \"%2\" to \"%3\".").arg(dossier.code, fromLabel, toLabel));
    }
    if (needsNote(to) && note.trimmed().isEmpty()) {
        return makeError(QStringLiteral("lifecycle.note_required"),
            tr("Moving dossier %1 from \"%2\" to \"%3\" needs the reasons: write them in the note.")
                .arg(dossier.code, fromLabel, toLabel));
    }
    if (!at.isValid()) {
        return makeError(QStringLiteral("lifecycle.invalid_time"),
            tr("Moving dossier %1 from \"%2\" to \"%3\" needs a valid date and time.")
                .arg(dossier.code, fromLabel, toLabel));
    }
    if (dossier.receivedAt.isValid() && seconds(at) < seconds(dossier.receivedAt)) {
        return makeError(QStringLiteral("lifecycle.before_receipt"),
            tr("Dossier %1 cannot move from \"%2\" to \"%3\" at %4: it was received at %5.")
                .arg(dossier.code, fromLabel, toLabel, VietnamTime::toIso(at), VietnamTime::toIso(dossier.receivedAt)));
    }
    if (lastEventAt.isValid() && seconds(at) < seconds(lastEventAt)) {
        return makeError(QStringLiteral("lifecycle.before_last_event"),
            tr("Dossier %1 cannot move from \"%2\" to \"%3\" at %4: its last change was at %5.")
                .arg(dossier.code, fromLabel, toLabel, VietnamTime::toIso(at), VietnamTime::toIso(lastEventAt)));
    }
    return {};
}

} // namespace motcua::DossierLifecycle

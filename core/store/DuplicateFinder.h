#pragma once

#include "domain/DossierStatus.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

struct DuplicateOptions
{
    int windowDays = 30; // two receipts further apart than this are not duplicates
    int maxNameDistance = 2; // Levenshtein distance between folded names (TextFold::searchKey)
    // At most this many pairs: a list no clerk can work through (a register full of look-alike
    // names) must not grow without bound either. A list of exactly maxPairs may have been cut.
    int maxPairs = 1000;
};

// One side of a suspected pair.
struct DuplicateSide
{
    QString id;
    QString code;
    QString applicantName;
    QString citizenId;
    DossierStatus status = DossierStatus::Received;
    QDateTime receivedAt;
};

// Two dossiers of the same procedure received within the window, with the same citizen ID
// and/or near-equal applicant names. first is the earlier receipt.
struct DuplicatePair
{
    QString procedureCode;
    DuplicateSide first;
    DuplicateSide second;
    bool sameCitizenId = false;
    int nameDistance = -1; // -1: the names are not near-equal
    qint64 daysApart = 0;
};

struct MergeOutcome
{
    QString keptCode;
    QString mergedCode;
    int eventsMoved = 0;
};

// Finds dossiers that are probably the same request received twice, and lets the clerk merge or
// dismiss each pair. Finding reads every dossier that is not withdrawn once and compares only
// within groups: a citizen ID and procedure (a hash group), and for names the dossiers of one
// procedure inside a sliding window of receipt times, where a length check and a letter-set
// check rule out most pairs before the bounded Levenshtein distance runs; so 100,000 dossiers
// cost one table scan, two sorts and cheap comparisons within each window, never all pairs.
// Dismissed pairs are left out.
//
// Merging and dismissing change dossiers the way every change does (ClerkChanges): a new
// version, an event and an op per dossier, so the decision syncs as ops.
// - merge(keep, other): other's events move to keep; keep gets a "merge" event and an op with
//   "merged_from"; other becomes withdrawn with a "merged_into" event and op; dossier_merges
//   records it.
// - dismiss(a, b): duplicate_dismissals records the pair; each dossier gets a
//   "duplicate_dismissed" event and op.
class DuplicateFinder final
{
public:
    DuplicateFinder(Database &database, QString actor);

    // Pairs ordered by procedure, then the earlier receipt; pairs with the same citizen ID are
    // found first, so they are kept when the list is cut at maxPairs. Errors:
    // "duplicate.invalid_options", store errors.
    Result<QList<DuplicatePair>> find(const DuplicateOptions &options = {}) const;

    // Errors: "dossier.not_found", "duplicate.same_dossier", "duplicate.already_merged" (one of
    // them is withdrawn), "duplicate.different_procedure", "dossier.changed", store errors.
    Result<MergeOutcome> merge(const QString &keepIdOrCode, const QString &otherIdOrCode, const QString &note = {});

    // Errors: "dossier.not_found", "duplicate.same_dossier", "duplicate.already_dismissed", store errors.
    Status dismiss(const QString &aIdOrCode, const QString &bIdOrCode, const QString &note = {});

    // Levenshtein distance, or maxDistance + 1 as soon as it is known to exceed maxDistance.
    static int boundedDistance(QStringView a, QStringView b, int maxDistance);

private:
    Database &m_database;
    QString m_actor;
};

} // namespace motcua

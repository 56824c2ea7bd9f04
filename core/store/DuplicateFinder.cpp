#include "DuplicateFinder.h"

#include "domain/DossierLifecycle.h"

#include "ClerkChanges.h"
#include "Database.h"
#include "domain/DossierLifecycle.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <bit>
#include <vector>

namespace motcua {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("motcua::DuplicateFinder", text, disambiguation, n);
}

Error readError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.read_failed"), tr("The dossiers could not be read: %1").arg(query.lastError().text()));
}

Error writeError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.write_failed"), tr("The decision could not be saved: %1").arg(query.lastError().text()));
}

constexpr qint64 kDay = 86400;

struct Candidate
{
    QString id;
    QString code;
    QString procedure;
    QString name;
    QString nameKey;
    QString citizenId;
    QString status;
    QString receivedText;
    qint64 receivedSecs = 0;
    quint64 letters = 0; // which characters the folded name holds (letterMask)
};

// A bit per character class of a folded name: an edit adds or removes at most two bits, so two
// names whose masks differ in more than 2k bits are more than k edits apart. Far cheaper than
// the distance itself, it rules out most pairs of a busy window.
quint64 letterMask(const QString &key)
{
    quint64 mask = 0;
    for (const QChar c : key)
        mask |= quint64(1) << (c.unicode() % 64);
    return mask;
}

// Seconds of a stored receipt time. The store writes "YYYY-MM-DDTHH:MM:SS+07:00" (IsoTime), so
// the digits are read directly: parsing 100,000 times through QDateTime costs more than the
// whole comparison. Anything else goes through the full parser.
qint64 secondsOf(const QString &text)
{
    if (text.size() == 25 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')
        && text.mid(19) == QLatin1String("+07:00")) {
        const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
        if (date.isValid())
            return date.toJulianDay() * kDay + text.mid(11, 2).toInt() * 3600 + text.mid(14, 2).toInt() * 60
                + text.mid(17, 2).toInt();
    }
    const auto at = VietnamTime::parseIso(text);
    if (!at)
        return 0;
    return QDate(1970, 1, 1).toJulianDay() * kDay + at->toSecsSinceEpoch() + 7 * 3600;
}

DuplicateSide side(const Candidate &c)
{
    return DuplicateSide{c.id, c.code, c.name, c.citizenId, statusFromKey(c.status).value_or(DossierStatus::Received),
        VietnamTime::parseIso(c.receivedText).value_or(QDateTime())};
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

Result<std::pair<DossierHead, DossierHead>> twoDossiers(Database &database, const QString &first, const QString &second)
{
    DossierHead heads[2];
    const QString keys[2] = {first, second};
    for (int i = 0; i < 2; ++i) {
        auto head = ClerkChanges::head(database, keys[i]);
        if (!head)
            return head.error();
        if (!*head) {
            return makeError(
                QStringLiteral("dossier.not_found"), tr("There is no dossier \"%1\".").arg(keys[i].trimmed()));
        }
        heads[i] = **head;
    }
    if (heads[0].id == heads[1].id) {
        return makeError(QStringLiteral("duplicate.same_dossier"),
            tr("%1 and %2 are the same dossier.").arg(first.trimmed(), second.trimmed()));
    }
    return std::make_pair(heads[0], heads[1]);
}

} // namespace

DuplicateFinder::DuplicateFinder(Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
}

int DuplicateFinder::boundedDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    const int over = maxDistance + 1;
    if (std::abs(la - lb) > maxDistance)
        return over;
    if (la == 0 || lb == 0)
        return int(std::max(la, lb));
    // Only the diagonal band of width 2k+1 can stay within k.
    thread_local std::vector<int> previous;
    thread_local std::vector<int> current;
    previous.assign(size_t(lb + 1), over);
    current.assign(size_t(lb + 1), over);
    for (qsizetype j = 0; j <= std::min<qsizetype>(lb, maxDistance); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= la; ++i) {
        const qsizetype low = std::max<qsizetype>(1, i - maxDistance);
        const qsizetype high = std::min<qsizetype>(lb, i + maxDistance);
        current[size_t(low - 1)] = low - 1 == 0 ? int(i) : over;
        int rowMinimum = current[size_t(low - 1)];
        for (qsizetype j = low; j <= high; ++j) {
            const int substitute = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            const int value = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitute});
            current[size_t(j)] = std::min(value, over);
            rowMinimum = std::min(rowMinimum, current[size_t(j)]);
        }
        if (high + 1 <= lb)
            current[size_t(high + 1)] = over;
        if (rowMinimum > maxDistance)
            return over;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(lb)], over);
}

Result<QList<DuplicatePair>> DuplicateFinder::find(const DuplicateOptions &options) const
{
    if (options.windowDays < 0 || options.maxNameDistance < 0 || options.maxPairs < 1) {
        return makeError(QStringLiteral("duplicate.invalid_options"),
            tr("The window (days) and the name distance cannot be negative, and at least one pair must be "
               "allowed."));
    }
    QSet<QString> dismissed;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT dossier_a, dossier_b FROM duplicate_dismissals")))
            return readError(query);
        while (query.next())
            dismissed.insert(pairKey(query.value(0).toString(), query.value(1).toString()));
    }

    std::vector<Candidate> rows;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, code, procedure_code, applicant_name, applicant_key, citizen_id, "
                                       "status, received_at FROM dossiers WHERE status <> 'withdrawn'")))
            return readError(query);
        while (query.next()) {
            Candidate c;
            c.id = query.value(0).toString();
            c.code = query.value(1).toString();
            c.procedure = query.value(2).toString();
            c.name = query.value(3).toString();
            c.nameKey = query.value(4).toString();
            c.citizenId = query.value(5).toString();
            c.status = query.value(6).toString();
            c.receivedText = query.value(7).toString();
            c.receivedSecs = secondsOf(c.receivedText);
            c.letters = letterMask(c.nameKey);
            rows.push_back(std::move(c));
        }
    }

    const qint64 window = qint64(options.windowDays) * kDay;
    QList<DuplicatePair> pairs;
    QHash<QString, qsizetype> found; // pairKey → index in pairs
    bool full = false; // maxPairs reached: the scans stop
    auto add = [&](const Candidate &x, const Candidate &y) -> DuplicatePair * {
        const QString key = pairKey(x.id, y.id);
        if (dismissed.contains(key))
            return nullptr;
        if (const auto known = found.constFind(key); known != found.constEnd())
            return &pairs[*known];
        if (pairs.size() >= options.maxPairs) {
            full = true;
            return nullptr;
        }
        const bool xFirst = x.receivedSecs < y.receivedSecs || (x.receivedSecs == y.receivedSecs && x.code < y.code);
        const Candidate &first = xFirst ? x : y;
        const Candidate &second = xFirst ? y : x;
        DuplicatePair pair;
        pair.procedureCode = x.procedure;
        pair.first = side(first);
        pair.second = side(second);
        pair.daysApart = (second.receivedSecs - first.receivedSecs) / kDay;
        found.insert(key, pairs.size());
        pairs.append(pair);
        return &pairs.last();
    };

    std::vector<qsizetype> order(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        order[i] = qsizetype(i);

    // Same citizen ID and procedure: neighbours once sorted by (procedure, citizen ID, time).
    std::sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) {
        const Candidate &a = rows[size_t(l)];
        const Candidate &b = rows[size_t(r)];
        if (a.procedure != b.procedure)
            return a.procedure < b.procedure;
        if (a.citizenId != b.citizenId)
            return a.citizenId < b.citizenId;
        return a.receivedSecs < b.receivedSecs;
    });
    for (size_t i = 0; i < order.size() && !full; ++i) {
        const Candidate &a = rows[size_t(order[i])];
        for (size_t j = i + 1; j < order.size() && !full; ++j) {
            const Candidate &b = rows[size_t(order[j])];
            if (b.procedure != a.procedure || b.citizenId != a.citizenId || b.receivedSecs - a.receivedSecs > window)
                break;
            if (DuplicatePair *pair = add(a, b))
                pair->sameCitizenId = true;
        }
    }

    // Near-equal names: a sliding window over each procedure's dossiers in time order.
    std::sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) {
        const Candidate &a = rows[size_t(l)];
        const Candidate &b = rows[size_t(r)];
        if (a.procedure != b.procedure)
            return a.procedure < b.procedure;
        return a.receivedSecs < b.receivedSecs;
    });
    const int k = options.maxNameDistance;
    for (size_t i = 0; i < order.size() && !full; ++i) {
        const Candidate &a = rows[size_t(order[i])];
        for (size_t j = i + 1; j < order.size() && !full; ++j) {
            const Candidate &b = rows[size_t(order[j])];
            if (b.procedure != a.procedure || b.receivedSecs - a.receivedSecs > window)
                break;
            if (std::abs(a.nameKey.size() - b.nameKey.size()) > k || std::popcount(a.letters ^ b.letters) > 2 * k)
                continue;
            const int distance = boundedDistance(a.nameKey, b.nameKey, k);
            if (distance > k)
                continue;
            if (DuplicatePair *pair = add(a, b))
                pair->nameDistance = distance;
        }
    }

    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &l, const DuplicatePair &r) {
        if (l.procedureCode != r.procedureCode)
            return l.procedureCode < r.procedureCode;
        if (l.first.receivedAt != r.first.receivedAt)
            return l.first.receivedAt < r.first.receivedAt;
        return l.second.code < r.second.code;
    });
    return pairs;
}

Result<MergeOutcome> DuplicateFinder::merge(
    const QString &keepIdOrCode, const QString &otherIdOrCode, const QString &note)
{
    MergeOutcome outcome;
    auto status = m_database.write([&]() -> Status {
        auto both = twoDossiers(m_database, keepIdOrCode, otherIdOrCode);
        if (!both)
            return both.error();
        const DossierHead keep = both->first;
        const DossierHead other = both->second;
        for (const DossierHead &dossier : {keep, other}) {
            if (dossier.status == DossierStatus::Withdrawn) {
                return makeError(QStringLiteral("duplicate.already_merged"),
                    tr("Dossier %1 is withdrawn (or already merged): it cannot take part in a merge.")
                        .arg(dossier.code));
            }
        }
        // The merged dossier ends as withdrawn: a move the law must allow from where it stands.
        if (!DossierLifecycle::isAllowed(other.status, DossierStatus::Withdrawn)) {
            return makeError(QStringLiteral("lifecycle.illegal_move"),
                tr("Dossier %1 is %2: it cannot be withdrawn, so it cannot be merged into %3. Merge the other way "
                   "round, or dismiss the pair.")
                    .arg(other.code, statusLabel(other.status), keep.code));
        }
        if (keep.procedureCode != other.procedureCode) {
            return makeError(QStringLiteral("duplicate.different_procedure"),
                tr("Dossiers %1 (%2) and %3 (%4) are for different procedures: they are not duplicates.")
                    .arg(keep.code, keep.procedureCode, other.code, other.procedureCode));
        }
        const QSqlDatabase db = m_database.connection();
        QSqlQuery move(db);
        move.prepare(QStringLiteral("UPDATE dossier_events SET dossier_id = ? WHERE dossier_id = ?"));
        move.addBindValue(keep.id);
        move.addBindValue(other.id);
        if (!move.exec())
            return writeError(move);
        outcome.eventsMoved = move.numRowsAffected();
        outcome.keptCode = keep.code;
        outcome.mergedCode = other.code;
        const QString extra = note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note.trimmed();

        DossierEvent kept;
        kept.actor = m_actor;
        kept.action = QStringLiteral("merge");
        kept.note = tr("Merged with the duplicate dossier %1 (%n event(s) moved here)", nullptr, outcome.eventsMoved)
                        .arg(other.code)
            + extra;
        if (auto op
            = ClerkChanges::record(m_database, keep, kept, QJsonObject{{QStringLiteral("merged_from"), other.id}});
            !op)
            return op.error();

        DossierEvent merged;
        merged.actor = m_actor;
        merged.action = QStringLiteral("merged_into");
        merged.note = tr("Duplicate of dossier %1: merged into it").arg(keep.code) + extra;
        if (auto op = ClerkChanges::record(m_database, other, merged,
                QJsonObject{{QStringLiteral("merged_into"), keep.id}}, DossierStatus::Withdrawn);
            !op)
            return op.error();

        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO dossier_merges (merged_id, kept_id, merged_at, actor, events_moved, "
                                      "note) VALUES (?, ?, ?, ?, ?, ?)"));
        record.addBindValue(other.id);
        record.addBindValue(keep.id);
        record.addBindValue(VietnamTime::toIso(VietnamTime::now()));
        record.addBindValue(m_actor);
        record.addBindValue(outcome.eventsMoved);
        record.addBindValue(note.trimmed().isNull() ? QStringLiteral("") : note.trimmed());
        if (!record.exec())
            return writeError(record);
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

Status DuplicateFinder::dismiss(const QString &aIdOrCode, const QString &bIdOrCode, const QString &note)
{
    return m_database.write([&]() -> Status {
        auto both = twoDossiers(m_database, aIdOrCode, bIdOrCode);
        if (!both)
            return both.error();
        const DossierHead a = both->first.id < both->second.id ? both->first : both->second;
        const DossierHead b = both->first.id < both->second.id ? both->second : both->first;
        const QSqlDatabase db = m_database.connection();
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO duplicate_dismissals (dossier_a, dossier_b, dismissed_at, actor, note) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        insert.addBindValue(a.id);
        insert.addBindValue(b.id);
        insert.addBindValue(VietnamTime::toIso(VietnamTime::now()));
        insert.addBindValue(m_actor);
        insert.addBindValue(note.trimmed().isNull() ? QStringLiteral("") : note.trimmed());
        if (!insert.exec())
            return writeError(insert);
        if (insert.numRowsAffected() != 1) {
            return makeError(QStringLiteral("duplicate.already_dismissed"),
                tr("Dossiers %1 and %2 were already marked as not duplicates.").arg(a.code, b.code));
        }
        const QString extra = note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note.trimmed();
        for (const auto &[self, peer] : {std::make_pair(a, b), std::make_pair(b, a)}) {
            DossierEvent event;
            event.actor = m_actor;
            event.action = QStringLiteral("duplicate_dismissed");
            event.note = tr("Not a duplicate of dossier %1").arg(peer.code) + extra;
            if (auto op = ClerkChanges::record(
                    m_database, self, event, QJsonObject{{QStringLiteral("not_duplicate_of"), peer.id}});
                !op)
                return op.error();
        }
        return {};
    });
}

} // namespace motcua

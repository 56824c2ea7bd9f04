#pragma once

#include "domain/Procedure.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// One procedure found by a catalog search.
struct ProcedureHit
{
    Procedure procedure; // code, name, sector, level, processing time, fee, result delivery
    // bm25 relevance, higher is better, plus 1000 for an exact code or legacy-code match. A broad
    // query (see ProcedureSearch::search) is not ranked by bm25: its hits all score 0.
    double score = 0;
};

// The Vietnamese-aware full-text index of the active procedures (FTS5 table procedure_search):
// rebuilt by a catalog import, queried by the search box on every keystroke, so its statements
// are prepared once and reused. Belongs to the thread of its Database, which must outlive it.
class ProcedureSearch final
{
public:
    // A query matching more procedures than this is broad (one or two letters, "dang ky"):
    // ranking every match by bm25 would cost more than a keystroke allows (about 3 µs a match).
    static constexpr int kBroadMatches = 80;

    explicit ProcedureSearch(Database &database);
    ProcedureSearch(const ProcedureSearch &) = delete;
    ProcedureSearch &operator=(const ProcedureSearch &) = delete;

    // Active procedures matching every word of text as a prefix, whatever the case, Unicode form,
    // tone placement or đ/d spelling; a code matches as "1.001193", "001193" or "1001193" (and as
    // it is being typed), and a whole legacy code finds the procedure that replaced it. Ranked:
    // exact code, then legacy code, then bm25 relevance (name weighted above code and sector),
    // then names that start with the text, then shorter names. A broad query (more than
    // kBroadMatches matches) skips bm25: names that start with the text first, then the others,
    // each by shorter name. Text with nothing searchable in it gives an empty list.
    QList<ProcedureHit> search(const QString &text, int limit = 20);
    // Why the last search() failed (a damaged index, a store error), or none: an empty list is
    // "no such procedure" only when this is empty, so the caller shows the error instead.
    const std::optional<Error> &lastFailure() const { return m_failure; }

    // The FTS5 MATCH expression for text: each folded word quoted as a prefix phrase ("dang"*),
    // so user text never becomes FTS syntax. Empty when text holds no letter or digit.
    static QString matchExpression(const QString &text);

    // Rewrites the whole index from the active procedures, in the order a broad query shows them
    // (rowid = position). Call inside the transaction that changed the catalog.
    Status rebuild();

private:
    struct Match;

    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql);
    bool run(QSqlQuery &query, const QString &text);
    QList<Match> legacyCodeMatches(const QString &full, const QString &tail, const QString &text);
    QList<ProcedureHit> load(const QList<Match> &matches, const QString &text);

    Database &m_database;
    std::optional<QSqlQuery> m_matchQuery; // up to kBroadMatches + 1 matches, to see how many
    std::optional<QSqlQuery> m_rankedQuery; // a narrow query's matches with bm25
    std::optional<QSqlQuery> m_nameStartQuery; // broad query: names that start with the text
    std::optional<QSqlQuery> m_legacyQuery; // the procedures a legacy code now means
    std::optional<QSqlQuery> m_loadQuery; // the procedures of the hits
    std::optional<Error> m_failure;
};

} // namespace motcua

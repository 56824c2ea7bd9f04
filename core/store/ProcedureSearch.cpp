#include "ProcedureSearch.h"

#include "Database.h"
#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProcedureSearch, "motcua.store.search")

namespace motcua {

namespace {

// Column weights of bm25(): the name says what the citizen wants, the code is what officers type,
// the sector only narrows it down.
constexpr double kCodeWeight = 5.0;
constexpr double kNameWeight = 10.0;
constexpr double kSectorWeight = 2.0;

// Every exact code or legacy-code match ranks above any text match.
constexpr double kExactBonus = 1000.0;

bool hasLetterOrDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

const QRegularExpression &dottedCode()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d)\\.(\\d*)$"));
    return pattern;
}

// A national code is indexed as its seven digits and its six-digit tail ("1001193 001193"), not as
// written: the tokenizer would split "1.001193" into "1", found in half the catalog, and "001193".
QString codeIndexText(const QString &code)
{
    const QString key = TextFold::searchKey(code);
    const auto match = dottedCode().match(key);
    if (!match.hasMatch() || match.capturedLength(2) == 0)
        return key;
    return match.captured(1) + match.captured(2) + QLatin1Char(' ') + match.captured(2);
}

// The words of a query: folded, without the ones that hold nothing searchable.
struct QueryWords
{
    QStringList words; // folded: "dang", "ky", "1.0011"

    bool isEmpty() const { return words.isEmpty(); }
    QString key() const { return words.join(QLatin1Char(' ')); }
};

QueryWords queryWords(const QString &text)
{
    QueryWords query;
    for (const QString &word : TextFold::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!hasLetterOrDigit(word))
            continue;
        query.words.append(word);
    }
    return query;
}

// Inside an FTS5 string only '"' is special, and doubling it is the escape.
QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString matchOf(const QueryWords &query)
{
    QStringList phrases;
    for (const QString &word : query.words) {
        if (dottedCode().match(word).hasMatch()) {
            // As indexed for a code, or as written in a text that mentions one.
            phrases.append(
                QStringLiteral("(%1* OR %2*)").arg(quoted(QString(word).remove(QLatin1Char('.'))), quoted(word)));
        } else {
            phrases.append(quoted(word) + QLatin1Char('*'));
        }
    }
    return phrases.join(QLatin1Char(' '));
}

// Names that start with the whole text typed so far.
QString nameStartMatchOf(const QueryWords &query)
{
    return QLatin1String("name : ^ ") + quoted(query.key()) + QLatin1Char('*');
}

// The forms in which a query is exactly a code: "1.001193" and "1001193" name one code, a six-digit
// tail "001193" names it in any leading group.
struct CodeForms
{
    QString full; // "1.001193"; null unless the query is a whole code
    QString compact; // "1001193", as indexed; null unless the query is a whole code
    QString tail; // "001193"; null unless the query is only the tail
};

CodeForms codeForms(const QString &key)
{
    static const QRegularExpression fullCode(QStringLiteral("^\\d\\.\\d{6}$"));
    static const QRegularExpression compactCode(QStringLiteral("^\\d{7}$"));
    static const QRegularExpression tailCode(QStringLiteral("^\\d{6}$"));
    if (fullCode.match(key).hasMatch())
        return {key, QString(key).remove(QLatin1Char('.')), QString()};
    if (compactCode.match(key).hasMatch())
        return {key.left(1) + QLatin1Char('.') + key.mid(1), key, QString()};
    if (tailCode.match(key).hasMatch())
        return {QString(), QString(), key};
    return {};
}

struct IndexRow
{
    qint64 localId = 0;
    QString code;
    QString name;
    QString sector;
    QByteArray sortKey;
};

} // namespace

ProcedureSearch::ProcedureSearch(Database &database)
    : m_database(database)
{
}

QString ProcedureSearch::matchExpression(const QString &text)
{
    return matchOf(queryWords(text));
}

QSqlQuery &ProcedureSearch::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot.emplace(m_database.connection());
        slot->setForwardOnly(true);
        if (!slot->prepare(sql))
            qCWarning(lcProcedureSearch) << "cannot prepare" << sql << slot->lastError().text();
    }
    return *slot;
}

bool ProcedureSearch::run(QSqlQuery &query, const QString &text)
{
    if (query.exec())
        return true;
    // The match string is built from quoted words only, so this is not the user's fault: the store
    // or its index is broken, which the officer must be told rather than shown "nothing found".
    qCWarning(lcProcedureSearch) << "search failed for" << text << query.lastError().text();
    if (!m_failure) {
        m_failure = makeError(QStringLiteral("search.failed"),
            QCoreApplication::translate("motcua::ProcedureSearch",
                "The procedure search does not work (%1): the catalog index may be damaged. Tell the "
                "administrator, who installs the catalog again (motcua-cli catalog import).")
                .arg(query.lastError().text()));
    }
    query.finish();
    return false;
}

// One row of the index that matched, with what ranking needs.
struct ProcedureSearch::Match
{
    qint64 position = 0; // index rowid: shorter names first
    qint64 procedureId = 0;
    double relevance = 0; // -bm25, higher is better
    bool exact = false;
    bool nameStarts = false;
};

QList<ProcedureSearch::Match> ProcedureSearch::legacyCodeMatches(
    const QString &full, const QString &tail, const QString &text)
{
    QList<Match> matches;
    if (full.isNull() && tail.isNull())
        return matches;
    // Legacy codes are not in the full-text index: their tokens would lengthen the index rows of
    // renumbered procedures and so lower their bm25 for every word. A six-digit tail stands for
    // the code in each of the ten leading groups, all looked up by the primary key.
    QStringList candidates;
    if (!full.isNull()) {
        candidates.append(full);
    } else {
        for (int group = 0; group <= 9; ++group)
            candidates.append(QString::number(group) + QLatin1Char('.') + tail);
    }
    QSqlQuery &query = prepared(m_legacyQuery, QStringLiteral(R"(
        SELECT DISTINCT p.local_id, p.code FROM procedure_aliases AS a
        JOIN procedures AS p ON p.code = a.procedure_code
        WHERE a.alias IN (SELECT value FROM json_each(?)) AND p.active = 1
        ORDER BY p.code)"));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(candidates)).toJson(QJsonDocument::Compact)));
    if (!run(query, text))
        return matches;
    while (query.next()) {
        Match found;
        found.procedureId = query.value(0).toLongLong();
        found.exact = true;
        matches.append(found);
    }
    query.finish();
    return matches;
}

QList<ProcedureHit> ProcedureSearch::search(const QString &text, int limit)
{
    m_failure.reset();
    const QueryWords words = queryWords(text);
    if (words.isEmpty() || limit <= 0)
        return {};
    const QString key = words.key();
    const CodeForms code = codeForms(key);
    QList<Match> shown = legacyCodeMatches(code.full, code.tail, text);
    const auto appendNew = [&](const Match &found) {
        if (shown.size() < limit && std::none_of(shown.cbegin(), shown.cend(), [&](const Match &other) {
                return other.procedureId == found.procedureId;
            })) {
            shown.append(found);
        }
    };

    // A first pass reads at most kBroadMatches + 1 matches (in rowid order, so the scan stops
    // there) to tell a broad query from a narrow one without paying for bm25, whose document
    // frequencies cost a scan of every word's whole index entry.
    const QString match = matchOf(words);
    QSqlQuery &first = prepared(m_matchQuery,
        QStringLiteral("SELECT rowid, procedure_id FROM procedure_search "
                       "WHERE procedure_search MATCH ? ORDER BY rowid LIMIT ?"));
    const auto readMatches = [&](QSqlQuery &query, int count) {
        QList<Match> matches;
        query.addBindValue(match);
        query.addBindValue(count);
        if (!run(query, text))
            return matches;
        while (query.next()) {
            Match found;
            found.position = query.value(0).toLongLong();
            found.procedureId = query.value(1).toLongLong();
            matches.append(found);
        }
        // Ends the read transaction at once, so a WAL checkpoint never waits for the search box.
        query.finish();
        return matches;
    };
    QList<Match> matches = readMatches(first, kBroadMatches + 1);

    if (matches.size() <= kBroadMatches) {
        QSqlQuery &ranked = prepared(m_rankedQuery,
            QStringLiteral(R"(
            SELECT rowid, procedure_id, bm25(procedure_search, %1, %2, %3), name, code
            FROM procedure_search WHERE procedure_search MATCH ? ORDER BY rowid)")
                .arg(kCodeWeight)
                .arg(kNameWeight)
                .arg(kSectorWeight));
        const bool anyMatch = !matches.isEmpty();
        matches.clear();
        if (anyMatch)
            ranked.addBindValue(match);
        if (anyMatch && run(ranked, text)) {
            while (ranked.next()) {
                Match found;
                found.position = ranked.value(0).toLongLong();
                found.procedureId = ranked.value(1).toLongLong();
                found.relevance = -ranked.value(2).toDouble();
                found.nameStarts = ranked.value(3).toString().startsWith(key);
                // Indexed as "1001193 001193": the compact form first, the six-digit tail second.
                const QStringList codeTokens = ranked.value(4).toString().split(QLatin1Char(' '));
                found.exact = code.compact.isNull() ? !code.tail.isNull() && codeTokens.value(1) == code.tail
                                                    : codeTokens.value(0) == code.compact;
                matches.append(found);
            }
            ranked.finish();
        }
        // bm25 is compared to three decimals so that equal relevance falls through to the natural
        // orders: the name starts with the text, then the shorter name (the rowid).
        std::stable_sort(matches.begin(), matches.end(), [](const Match &left, const Match &right) {
            if (left.exact != right.exact)
                return left.exact;
            const qint64 leftRelevance = qRound64(left.relevance * 1000);
            const qint64 rightRelevance = qRound64(right.relevance * 1000);
            if (leftRelevance != rightRelevance)
                return leftRelevance > rightRelevance;
            if (left.nameStarts != right.nameStarts)
                return left.nameStarts;
            return left.position < right.position;
        });
        // An exact code match comes before a legacy code that names another procedure.
        QList<Match> legacy = shown;
        shown.clear();
        for (const Match &found : std::as_const(matches)) {
            if (found.exact)
                appendNew(found);
        }
        for (const Match &found : std::as_const(legacy))
            appendNew(found);
        for (const Match &found : std::as_const(matches))
            appendNew(found);
        return load(shown, text);
    }

    // A broad query: names that start with the text, then the other matches, both in rowid order
    // (shorter names first), so neither pass reads more than it shows.
    QSqlQuery &nameStart = prepared(m_nameStartQuery,
        QStringLiteral("SELECT rowid, procedure_id FROM procedure_search "
                       "WHERE procedure_search MATCH ? ORDER BY rowid LIMIT ?"));
    nameStart.addBindValue(nameStartMatchOf(words));
    nameStart.addBindValue(limit);
    if (run(nameStart, text)) {
        while (nameStart.next()) {
            Match found;
            found.position = nameStart.value(0).toLongLong();
            found.procedureId = nameStart.value(1).toLongLong();
            appendNew(found);
        }
        nameStart.finish();
    }
    if (matches.size() < limit + shown.size()) {
        // A long list: the first pass stopped before it saw enough matches besides those above.
        matches = readMatches(first, limit + static_cast<int>(shown.size()));
    }
    for (const Match &found : std::as_const(matches))
        appendNew(found);
    return load(shown, text);
}

QList<ProcedureHit> ProcedureSearch::load(const QList<Match> &matches, const QString &text)
{
    if (matches.isEmpty())
        return {};
    QStringList ids;
    for (const Match &match : matches)
        ids.append(QString::number(match.procedureId));
    // One statement for any number of hits: the ids travel as a JSON array.
    QSqlQuery &query = prepared(m_loadQuery, QStringLiteral(R"(
        SELECT local_id, code, name, sector, level, processing_days, processing_unit, fee, result_delivery
        FROM procedures WHERE local_id IN (SELECT value FROM json_each(?)))"));
    query.addBindValue(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
    if (!run(query, text))
        return {};
    QHash<qint64, Procedure> procedures;
    while (query.next()) {
        Procedure procedure;
        procedure.code = query.value(1).toString();
        procedure.name = query.value(2).toString();
        procedure.sector = query.value(3).toString();
        procedure.level = query.value(4).toString();
        procedure.processingDays = query.value(5).toInt();
        procedure.processingUnit
            = processingUnitFromKey(query.value(6).toString()).value_or(ProcessingUnit::WorkingDays);
        procedure.fee = query.value(7).toString();
        procedure.resultDelivery = query.value(8).toString();
        procedure.active = true;
        procedures.insert(query.value(0).toLongLong(), procedure);
    }
    query.finish();

    QList<ProcedureHit> hits;
    hits.reserve(matches.size());
    for (const Match &match : matches) {
        const auto procedure = procedures.constFind(match.procedureId);
        if (procedure == procedures.cend())
            continue;
        hits.append({*procedure, match.relevance + (match.exact ? kExactBonus : 0.0)});
    }
    return hits;
}

Status ProcedureSearch::rebuild()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<IndexRow> rows;
    if (!query.exec(QStringLiteral("SELECT local_id, code, name, sector FROM procedures WHERE active = 1")))
        return makeError(QStringLiteral("store.write_failed"), query.lastError().text());
    while (query.next()) {
        IndexRow row;
        row.localId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.name = TextFold::searchKey(query.value(2).toString());
        row.sector = TextFold::searchKey(query.value(3).toString());
        row.sortKey = TextFold::sortKey(query.value(2).toString());
        rows.append(row);
    }
    query.finish();

    // The order of a broad query: shorter names first, then the Vietnamese alphabet.
    std::sort(rows.begin(), rows.end(), [](const IndexRow &left, const IndexRow &right) {
        if (left.name.size() != right.name.size())
            return left.name.size() < right.name.size();
        if (left.sortKey != right.sortKey)
            return left.sortKey < right.sortKey;
        return left.code < right.code;
    });

    if (!query.exec(QStringLiteral("DELETE FROM procedure_search")))
        return makeError(QStringLiteral("store.write_failed"), query.lastError().text());
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO procedure_search (rowid, code, name, sector, procedure_id) "
                                       "VALUES (?, ?, ?, ?, ?)")))
        return makeError(QStringLiteral("store.write_failed"), insert.lastError().text());
    for (qsizetype position = 0; position < rows.size(); ++position) {
        const IndexRow &row = rows.at(position);
        insert.addBindValue(position + 1);
        insert.addBindValue(codeIndexText(row.code));
        insert.addBindValue(row.name);
        insert.addBindValue(row.sector);
        insert.addBindValue(row.localId);
        if (!insert.exec())
            return makeError(QStringLiteral("store.write_failed"), insert.lastError().text());
    }
    return {};
}

} // namespace motcua

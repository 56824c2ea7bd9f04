#include "DossierQueries.h"

#include "Database.h"
#include "domain/TextFold.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::DossierQueries", text);
}

// Spelled exactly as the predicate of the partial index dossiers_open_due, so SQLite uses it.
const QLatin1String kOpenStatuses("(d.status = 'received' OR d.status = 'in_process' OR "
                                  "d.status = 'supplement_requested' OR d.status = 'financial_obligation')");

QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return VietnamTime::parseIso(value.toString()).value_or(QDateTime());
}

// The FTS5 query for a name typed at the desk. The words before the last are finished, so they
// match whole words; the last is still being typed, so it matches as a prefix. This is also what
// keeps a search fast on a million dossiers: FTS5 answers a prefix from its prefix index (the
// table keeps one for 2 and 3 letters) lazily, in rowid order, stopping at the page's end, but a
// prefix it has no index for is first merged in full from every matching term. So a one-letter
// prefix ("nguyen van h") becomes the letter itself OR its two-letter prefixes, and a long one
// ("nguy") is merged from the few words that start with it.
QString ftsNameQuery(const QString &text)
{
    const QStringList words = TextFold::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto quoted = [](QString word) {
        return QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QStringList terms;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        terms.append(quoted(words.at(i)));
    if (words.isEmpty())
        return {};
    const QString last = words.last();
    if (last.size() == 1 && last.at(0).isLetterOrNumber()) {
        QStringList alternatives{quoted(last)};
        for (char next = 'a'; next <= 'z'; ++next)
            alternatives.append(quoted(last + QLatin1Char(next)) + QLatin1Char('*'));
        for (char next = '0'; next <= '9'; ++next)
            alternatives.append(quoted(last + QLatin1Char(next)) + QLatin1Char('*'));
        terms.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    } else {
        terms.append(quoted(last) + QLatin1Char('*'));
    }
    // FTS5 accepts an implicit AND between phrases but not before a parenthesis.
    return terms.join(QStringLiteral(" AND "));
}

// FROM, WHERE and their bound values of one filter.
struct WhereClause
{
    QString from = QStringLiteral(" FROM dossiers d");
    QString sql;
    QVariantList values;
    bool searchesNames = false;
    bool onlyOpenStatuses = false; // the open statuses are the one condition
};

Result<WhereClause> whereClause(const DossierFilter &filter)
{
    QStringList conditions;
    WhereClause where;
    if (filter.status) {
        conditions.append(QStringLiteral("d.status = ?"));
        where.values.append(statusKey(*filter.status));
    }
    if (filter.onlyOpen)
        conditions.append(kOpenStatuses);
    if (filter.onlyLate) {
        const QDate today = filter.today.isValid() ? filter.today : VietnamTime::legalDate(VietnamTime::now());
        // done_at starts with its legal date (stored with +07:00).
        conditions.append(QStringLiteral("((") + kOpenStatuses
            + QStringLiteral(" AND d.due_date < ?) OR (d.status IN ('done', 'returned') "
                             "AND substr(d.done_at, 1, 10) > d.due_date))"));
        where.values.append(today.toString(Qt::ISODate));
    }
    if (!filter.applicant.trimmed().isEmpty()) {
        const QString match = ftsNameQuery(filter.applicant);
        if (!match.isEmpty()) {
            // The name index drives the query: with NewestFirst its rowid order is the result
            // order, so a page is read without visiting every match.
            where.from = QStringLiteral(" FROM dossier_search s JOIN dossiers d ON d.local_id = s.rowid");
            where.searchesNames = true;
            conditions.append(QStringLiteral("s.dossier_search MATCH ?"));
            where.values.append(match);
        }
    }
    if (!filter.citizenId.trimmed().isEmpty()) {
        QString digits = filter.citizenId;
        digits.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
        static const QRegularExpression onlyDigits(QStringLiteral("^[0-9]{1,12}$"));
        if (!onlyDigits.match(digits).hasMatch()) {
            return makeError(QStringLiteral("dossier.bad_filter"),
                tr("A citizen ID to search for has up to 12 digits, not \"%1\".").arg(filter.citizenId));
        }
        if (digits.size() == 12) {
            conditions.append(QStringLiteral("d.citizen_id = ?"));
            where.values.append(digits);
        } else {
            // GLOB (unlike LIKE) is case-sensitive, so the citizen_id index serves the prefix.
            conditions.append(QStringLiteral("d.citizen_id GLOB ?"));
            where.values.append(digits + QLatin1Char('*'));
        }
    }
    if (!filter.dossierCode.trimmed().isEmpty()) {
        // A part of a printed code: LIKE (case-insensitive for ASCII) with its wildcards escaped.
        QString part = filter.dossierCode.trimmed();
        part.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        conditions.append(QStringLiteral("d.code LIKE ? ESCAPE '\\'"));
        where.values.append(QLatin1Char('%') + part + QLatin1Char('%'));
    }
    if (!filter.procedureCode.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("d.procedure_code = ?"));
        where.values.append(filter.procedureCode.trimmed());
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    where.onlyOpenStatuses = filter.onlyOpen && conditions.size() == 1;
    return where;
}

// The source of a page's rows. The queue's first screen, open dossiers most urgent first, reads
// the partial index dossiers_open_due in its order and stops at the page's end. Left to itself
// (no ANALYZE statistics) the planner takes the status index instead and sorts every open dossier
// for each page: 0.3 s at 100,000 dossiers, every row read (and, in an encrypted store, decrypted).
QString pageSource(const WhereClause &where, DossierFilter::Order order)
{
    if (where.onlyOpenStatuses && order == DossierFilter::Order::DueDate)
        return QStringLiteral(" FROM dossiers d INDEXED BY dossiers_open_due");
    return where.from;
}

QString orderClause(DossierFilter::Order order, bool searchesNames)
{
    switch (order) {
    case DossierFilter::Order::NewestFirst:
        return searchesNames ? QStringLiteral(" ORDER BY s.rowid DESC") : QStringLiteral(" ORDER BY d.local_id DESC");
    case DossierFilter::Order::DueDate:
        return QStringLiteral(" ORDER BY d.due_date, d.received_at, d.local_id");
    case DossierFilter::Order::Received:
        return QStringLiteral(" ORDER BY d.received_at, d.local_id");
    case DossierFilter::Order::ReceivedNewestFirst:
        return QStringLiteral(" ORDER BY d.received_at DESC, d.local_id DESC");
    }
    return {};
}

Error readError(const QSqlQuery &query)
{
    return makeError(
        QStringLiteral("store.read_failed"), tr("The dossiers could not be read: %1").arg(query.lastError().text()));
}

} // namespace

DossierQueries::DossierQueries(Database &database)
    : m_database(database)
{
}

QString DossierQueries::columns()
{
    return QStringLiteral("d.id, d.code, d.procedure_code, d.applicant_name, d.citizen_id, d.phone, d.address, "
                          "d.email, d.status, d.received_at, d.due_date, d.done_at, d.returned_at, d.version, "
                          "d.commune_code, d.origin_device");
}

Dossier DossierQueries::dossierFromRow(const QSqlQuery &query)
{
    Dossier dossier;
    dossier.id = QUuid::fromString(query.value(0).toString());
    dossier.code = query.value(1).toString();
    dossier.procedureCode = query.value(2).toString();
    dossier.applicantName = query.value(3).toString();
    dossier.citizenId = query.value(4).toString();
    dossier.phone = query.value(5).toString();
    dossier.address = query.value(6).toString();
    dossier.email = query.value(7).toString();
    dossier.status = statusFromKey(query.value(8).toString()).value_or(DossierStatus::Received);
    dossier.receivedAt = parseTime(query.value(9));
    dossier.dueDate = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    dossier.doneAt = parseTime(query.value(11));
    dossier.returnedAt = parseTime(query.value(12));
    dossier.version = query.value(13).toInt();
    dossier.communeCode = query.value(14).toString();
    dossier.originDevice = query.value(15).toString();
    return dossier;
}

Status DossierQueries::forEach(const DossierFilter &filter, const std::function<bool(const Dossier &)> &visit) const
{
    auto where = whereClause(filter);
    if (!where)
        return where.error();
    QSqlQuery query(m_database.connection());
    // Forward-only: QtSql then keeps no copy of the rows already visited.
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns() + pageSource(*where, filter.orderBy) + where->sql
        + orderClause(filter.orderBy, where->searchesNames) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    query.addBindValue(filter.limit < 0 ? -1 : filter.limit);
    query.addBindValue(qMax(0, filter.offset));
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        if (!visit(dossierFromRow(query)))
            break;
    }
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

Result<qint64> DossierQueries::count(const DossierFilter &filter) const
{
    auto where = whereClause(filter);
    if (!where)
        return where.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*)") + where->from + where->sql);
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Result<QMap<DossierStatus, qint64>> DossierQueries::countByStatus(const DossierFilter &filter) const
{
    DossierFilter any = filter;
    any.status.reset();
    auto where = whereClause(any);
    if (!where)
        return where.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT d.status, count(*)") + where->from + where->sql + QStringLiteral(" GROUP BY d.status"));
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    QMap<DossierStatus, qint64> counts;
    while (query.next()) {
        if (const auto status = statusFromKey(query.value(0).toString()))
            counts.insert(*status, query.value(1).toLongLong());
    }
    return counts;
}

} // namespace motcua

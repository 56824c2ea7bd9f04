#pragma once

#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace motcua {

class Database;

// Which dossiers a list, the queue or the CLI wants. Every criterion given must hold.
struct DossierFilter
{
    enum class Order {
        DueDate, // the queue: earliest due first, then earliest received
        Received, // the register: oldest first
        ReceivedNewestFirst, // the reception desk: latest first
        // Most recently stored on this device first. With an applicant search this is the order
        // the name index itself yields, so the first page comes without reading every match.
        NewestFirst,
    };

    std::optional<DossierStatus> status;
    bool onlyOpen = false; // received, in process, supplement requested, financial obligation
    // Open and due before `today`, or done/returned on a date after the due date.
    bool onlyLate = false;
    QDate today; // for onlyLate; null: today in Vietnam
    // Words of the applicant's name in any case, with or without accents, in any order: the last
    // word matches as a prefix, the others as whole words ("nguyen van a" finds "Nguyễn Văn An").
    QString applicant;
    QString citizenId; // 12 digits: that number; fewer digits: numbers starting with them
    QString procedureCode; // exact code
    // A dossier code whole or a part of it ("03199-261202-AB12-0007", "AB12-0007"), any case.
    QString dossierCode;
    Order orderBy = Order::DueDate;
    int limit = -1; // -1: no limit
    int offset = 0;
};

// Lists and searches dossiers without holding them in memory: rows stream from a forward-only
// query to a callback, so a register of a million dossiers is walked in constant memory.
class DossierQueries final
{
public:
    explicit DossierQueries(Database &database);

    // Calls visit for each matching dossier in order until it returns false. The dossiers carry
    // no documents or pauses (find() loads them). visit must not write to the same Database.
    // Fails with "dossier.bad_filter" or "store.read_failed".
    Status forEach(const DossierFilter &filter, const std::function<bool(const Dossier &)> &visit) const;

    // How many dossiers match, ignoring limit and offset.
    Result<qint64> count(const DossierFilter &filter) const;
    // How many dossiers of each status the filter's other criteria match (its status is ignored),
    // in one query: the queue's tabs show them.
    Result<QMap<DossierStatus, qint64>> countByStatus(const DossierFilter &filter) const;

    // The column list that dossierFromRow() reads, starting at column 0.
    static QString columns();
    static Dossier dossierFromRow(const QSqlQuery &query);

private:
    Database &m_database;
};

} // namespace motcua

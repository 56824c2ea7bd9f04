#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::server {

class ServerDatabase;

// One publication as the administrator is told about it.
struct Publication
{
    QString entity; // "catalog" or "calendar"
    QString id; // the series' fixed UUID
    qint64 version = 0; // the record version devices pull
    bool unchanged = false; // the same document was published already: nothing was written
    QString label; // "catalog version 12", "calendar 2026"
};

// The province's publications (docs/protocol.md "Pull"): the procedure catalog and the holiday
// calendar become records without a commune that every device pulls. Files are validated with
// the desk's own parsers (core/io), so a device never receives a document it would refuse, and
// stored as those parsers write them. A refused file changes nothing.
class Publications final
{
public:
    explicit Publications(ServerDatabase &db);

    // The fixed ids of the series: one catalog, one calendar per year.
    static QString catalogId();
    static QString calendarId(int year);

    // A "motcua-catalog" file. Its "version" must be above the published one's. Errors: the
    // catalog.* codes of CatalogJson, "catalog.not_newer", "publication.too_large".
    Result<Publication> publishCatalog(const QByteArray &file);

    // A "motcua-holidays" file: each year becomes its own record (fields: the same format with
    // that one year), all in one transaction. Errors: the calendar.* codes of
    // HolidayScheduleJson, "publication.too_large".
    Result<QList<Publication>> publishCalendar(const QByteArray &file);

private:
    ServerDatabase &m_db;
};

} // namespace motcua::server

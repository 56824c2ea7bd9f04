#include "Publications.h"

#include "ChangeLog.h"
#include "ServerDatabase.h"
#include "io/CatalogJson.h"
#include "io/HolidayScheduleJson.h"
#include "protocol/ErrorBody.h"
#include "protocol/JsonReader.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <functional>

namespace motcua::server {

namespace {

// The namespace of the publication series' name-based (v5) UUIDs: every server, and every
// reinstallation, gives a series the same id.
const QUuid seriesNamespace(QStringLiteral("{6d1c0b52-8a3e-4f7c-9b1d-3e5f7a9c2b40}"));

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::Publications", text);
}

// The document as a pulled change's fields; refused when a device's parser would refuse it.
Result<QJsonObject> asFields(const QByteArray &written)
{
    const QJsonObject document = QJsonDocument::fromJson(written).object();
    protocol::JsonReader reader(QJsonObject(), QString(), QStringLiteral("publication.too_large"));
    protocol::checkBounds(document, QStringLiteral("$"), protocol::pulledFieldsBounds(), reader);
    if (!reader.ok())
        return Error{QStringLiteral("publication.too_large"),
            tr("The document is beyond what devices accept: %1").arg(reader.error().message)};
    return document;
}

// Writes one publication inside the caller's transaction (the province log locked).
Result<Publication> publish(ServerDatabase &db, ChangeLog &log, Publication publication, const QJsonObject &fields,
    const std::function<Status(const QJsonObject &current)> &check)
{
    const Result<std::optional<QVariantList>> found
        = db.selectRow(QStringLiteral("SELECT version, fields FROM records WHERE entity = ? AND id = ?"),
            {publication.entity, publication.id});
    if (!found)
        return found.error();
    const QString text = QString::fromUtf8(protocol::compactJson(fields));
    if (*found) {
        const QJsonObject current = QJsonDocument::fromJson((**found)[1].toString().toUtf8()).object();
        publication.version = (**found)[0].toLongLong();
        if (current == fields) {
            publication.unchanged = true;
            return publication;
        }
        if (Status allowed = check(current); !allowed)
            return allowed.error();
        ++publication.version;
        const Result<qint64> updated = db.exec(
            QStringLiteral("UPDATE records SET version = ?, fields = ?, deleted = 0 WHERE entity = ? AND id = ?"),
            {publication.version, text, publication.entity, publication.id});
        if (!updated)
            return updated.error();
    } else {
        publication.version = 1;
        const Result<qint64> inserted = db.exec(
            QStringLiteral("INSERT INTO records (entity, id, commune_code, version, fields, origin_device, deleted) "
                           "VALUES (?, ?, NULL, 1, ?, NULL, 0)"),
            {publication.entity, publication.id, text});
        if (!inserted)
            return inserted.error();
    }
    if (Status logged = log.append(publication.entity, publication.id, publication.version); !logged)
        return logged.error();
    return publication;
}

} // namespace

Publications::Publications(ServerDatabase &db)
    : m_db(db)
{
}

QString Publications::catalogId()
{
    return protocol::uuidText(QUuid::createUuidV5(seriesNamespace, QStringLiteral("catalog")));
}

QString Publications::calendarId(int year)
{
    return protocol::uuidText(QUuid::createUuidV5(seriesNamespace, QStringLiteral("calendar/%1").arg(year)));
}

Result<Publication> Publications::publishCatalog(const QByteArray &file)
{
    const Result<Catalog> catalog = CatalogJson::parse(file);
    if (!catalog)
        return catalog.error();
    const Result<QJsonObject> fields = asFields(CatalogJson::write(*catalog));
    if (!fields)
        return fields.error();
    return m_db.transaction([&]() -> Result<Publication> {
        ChangeLog log(m_db, QString::fromLatin1(provinceLogKey));
        if (Status locked = log.lock(); !locked)
            return locked.error();
        const Publication series{QString::fromLatin1(protocol::entityCatalog), catalogId(), 0, false,
            tr("catalog version %1").arg(catalog->version)};
        Result<Publication> published = publish(m_db, log, series, *fields, [&](const QJsonObject &current) -> Status {
            // Desks keep the catalog with the highest version: an older or equal one would be
            // ignored by some and not others.
            const qint64 publishedVersion = current.value(QStringLiteral("version")).toInteger();
            if (catalog->version <= publishedVersion)
                return Error{QStringLiteral("catalog.not_newer"),
                    tr("version: %1 is not newer than the published catalog (version %2); raise it.")
                        .arg(catalog->version)
                        .arg(publishedVersion)};
            return {};
        });
        if (!published)
            return published.error();
        if (Status finished = log.finish(); !finished)
            return finished.error();
        return published;
    });
}

Result<QList<Publication>> Publications::publishCalendar(const QByteArray &file)
{
    const Result<QList<HolidaySchedule>> schedules = HolidayScheduleJson::parse(file);
    if (!schedules)
        return schedules.error();
    if (schedules->isEmpty())
        return Error{QStringLiteral("calendar.invalid_field"), tr("years: the file has no year to publish.")};
    QList<QJsonObject> documents;
    for (const HolidaySchedule &schedule : *schedules) {
        const Result<QJsonObject> fields = asFields(HolidayScheduleJson::write({schedule}));
        if (!fields)
            return fields.error();
        documents << *fields;
    }
    return m_db.transaction([&]() -> Result<QList<Publication>> {
        ChangeLog log(m_db, QString::fromLatin1(provinceLogKey));
        if (Status locked = log.lock(); !locked)
            return locked.error();
        QList<Publication> published;
        for (qsizetype i = 0; i < schedules->size(); ++i) {
            const int year = schedules->at(i).year;
            const Publication series{
                QString::fromLatin1(protocol::entityCalendar), calendarId(year), 0, false, tr("calendar %1").arg(year)};
            Result<Publication> one
                = publish(m_db, log, series, documents[i], [](const QJsonObject &) -> Status { return {}; });
            if (!one)
                return one.error();
            published << *one;
        }
        if (Status finished = log.finish(); !finished)
            return finished.error();
        return published;
    });
}

} // namespace motcua::server

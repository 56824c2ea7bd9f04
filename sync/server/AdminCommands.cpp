// The administrator's commands of motcua-server: everything but `serve`, each on the same
// database a running server uses.
#include "CliSupport.h"
#include "Publications.h"
#include "ServerStats.h"
#include "ServerStore.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace motcua::server::cli {

namespace {

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// The file of a publish command, bounded so that a wrong path (a disk image) fails fast.
std::optional<QByteArray> readPublishedFile(const Parsed &parsed)
{
    if (parsed.positional.size() != 1) {
        err(tr("Give the file to publish."));
        return std::nullopt;
    }
    QFile file(parsed.positional.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > 64 * 1024 * 1024) {
        err(tr("%1 is too large to be a catalog or calendar file.").arg(file.fileName()));
        return std::nullopt;
    }
    return file.readAll();
}

QJsonObject publicationJson(const Publication &publication)
{
    return QJsonObject{{QStringLiteral("entity"), publication.entity}, {QStringLiteral("id"), publication.id},
        {QStringLiteral("version"), publication.version}, {QStringLiteral("unchanged"), publication.unchanged}};
}

void reportPublication(const Publication &publication)
{
    if (publication.unchanged)
        out(tr("%1 is published already (record version %2); nothing changed.")
                .arg(publication.label)
                .arg(publication.version));
    else
        out(tr("Published %1 as record version %2.").arg(publication.label).arg(publication.version));
}

} // namespace

int enroll(const Parsed &parsed)
{
    const QString commune = parsed.option("--commune");
    if (!protocol::isCommuneCode(commune)) {
        err(tr("--commune: must be the five digits of a commune code"));
        return 2;
    }
    const QString name = parsed.options.value(QStringLiteral("--name"), tr("Commune %1").arg(commune));
    if (!protocol::isCleanText(name) || name.isEmpty() || name.size() > 200) {
        err(tr("--name: must be 1 to 200 characters of plain text"));
        return 2;
    }
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    const Result<IssuedCode> issued = ServerStore(*db).issueCode(commune, name, QDateTime::currentDateTimeUtc());
    if (!issued) {
        err(issued.error().message);
        return 1;
    }
    const QString expires = issued->expiresAt.toString(Qt::ISODate);
    if (parsed.json)
        out(compact(QJsonObject{{QStringLiteral("code"), issued->code}, {QStringLiteral("commune_code"), commune},
            {QStringLiteral("expires_at"), expires}}));
    else
        out(tr("Enrollment code for %1 (%2): %3 (single use, expires %4)").arg(name, commune, issued->code, expires));
    return 0;
}

int devices(const Parsed &parsed)
{
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    const Result<QList<DeviceInfo>> list = ServerStore(*db).devices();
    if (!list) {
        err(list.error().message);
        return 1;
    }
    QJsonArray array;
    for (const DeviceInfo &device : *list) {
        if (parsed.json) {
            array.append(QJsonObject{{QStringLiteral("device_id"), device.deviceId},
                {QStringLiteral("commune_code"), device.communeCode},
                {QStringLiteral("commune_name"), device.communeName}, {QStringLiteral("device_tag"), device.deviceTag},
                {QStringLiteral("device_name"), device.deviceName},
                {QStringLiteral("enrolled_at"), device.enrolledAt.toString(Qt::ISODate)},
                {QStringLiteral("revoked_at"),
                    device.revokedAt ? QJsonValue(device.revokedAt->toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null)}});
        } else {
            out(QStringLiteral("%1  %2  %3  %4%5")
                    .arg(device.deviceId, device.communeCode, device.deviceTag, device.deviceName,
                        device.revokedAt ? tr("  (revoked)") : QString()));
        }
    }
    if (parsed.json)
        out(compact(array));
    return 0;
}

int revoke(const Parsed &parsed)
{
    if (parsed.positional.size() != 1) {
        err(tr("Give the device id to revoke."));
        return 2;
    }
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    if (const Status status = ServerStore(*db).revoke(parsed.positional.first(), QDateTime::currentDateTimeUtc());
        !status) {
        err(status.error().message);
        return 1;
    }
    out(tr("Revoked %1").arg(parsed.positional.first()));
    return 0;
}

int publishCatalog(const Parsed &parsed)
{
    const std::optional<QByteArray> file = readPublishedFile(parsed);
    if (!file)
        return parsed.positional.size() == 1 ? 1 : 2;
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    const Result<Publication> published = Publications(*db).publishCatalog(*file);
    if (!published) {
        err(tr("The catalog was not published: %1").arg(published.error().message));
        return 1;
    }
    if (parsed.json)
        out(compact(publicationJson(*published)));
    else
        reportPublication(*published);
    return 0;
}

int publishCalendar(const Parsed &parsed)
{
    const std::optional<QByteArray> file = readPublishedFile(parsed);
    if (!file)
        return parsed.positional.size() == 1 ? 1 : 2;
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    const Result<QList<Publication>> published = Publications(*db).publishCalendar(*file);
    if (!published) {
        err(tr("The calendar was not published: %1").arg(published.error().message));
        return 1;
    }
    QJsonArray array;
    for (const Publication &publication : *published) {
        if (parsed.json)
            array.append(publicationJson(publication));
        else
            reportPublication(publication);
    }
    if (parsed.json)
        out(compact(array));
    return 0;
}

int stats(const Parsed &parsed)
{
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    const Result<QList<CommuneStats>> communes = communeStats(*db);
    if (!communes) {
        err(communes.error().message);
        return 1;
    }
    if (parsed.json) {
        QJsonObject object;
        for (const CommuneStats &commune : *communes)
            object.insert(commune.communeCode,
                QJsonObject{{QStringLiteral("dossiers"), commune.dossiers},
                    {QStringLiteral("applied_ops"), commune.appliedOps}, {QStringLiteral("devices"), commune.devices},
                    {QStringLiteral("active_devices"), commune.activeDevices}, {QStringLiteral("blobs"), commune.blobs},
                    {QStringLiteral("blob_bytes"), commune.blobBytes}});
        out(compact(object));
        return 0;
    }
    out(tr("commune  dossiers  applied ops  devices (active)  blobs  blob bytes"));
    for (const CommuneStats &commune : *communes)
        out(QStringLiteral("%1  %2  %3  %4 (%5)  %6  %7")
                .arg(commune.communeCode)
                .arg(commune.dossiers, 8)
                .arg(commune.appliedOps, 11)
                .arg(commune.devices, 7)
                .arg(commune.activeDevices)
                .arg(commune.blobs, 5)
                .arg(commune.blobBytes, 10));
    return 0;
}

} // namespace motcua::server::cli

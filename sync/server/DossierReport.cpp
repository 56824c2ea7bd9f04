#include "DossierReport.h"

#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace motcua::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::DossierReport", text);
}

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Status loadEvents(ServerDatabase &db, DossierReport &report)
{
    struct Row
    {
        QDateTime at;
        qint64 seq;
        QJsonObject event;
    };
    QList<Row> rows;
    const Status read = db.forEachRow(
        QStringLiteral("SELECT fields, at, COALESCE(logged_seq, 0) FROM dossier_events WHERE commune_code = ? "
                       "AND dossier_id = ?"),
        {report.communeCode, report.id}, [&](const QSqlQuery &row) {
            rows.append(Row{QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs).toUTC(),
                row.value(2).toLongLong(), parseObject(row.value(0))});
            return true;
        });
    if (!read)
        return read;
    // The order the events happened in at the desks (their times carry offsets, so compared in
    // UTC); events of the same instant in the order the server received them.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.seq < b.seq;
    });
    for (const Row &row : std::as_const(rows))
        report.events.append(row.event);
    return {};
}

Status loadScans(ServerDatabase &db, DossierReport &report)
{
    const QJsonArray documents = report.fields.value(QStringLiteral("documents")).toArray();
    QStringList seen;
    for (const QJsonValue &document : documents) {
        const QString sha256 = document.toObject().value(QStringLiteral("attachment_sha256")).toString();
        if (sha256.isEmpty() || seen.contains(sha256))
            continue;
        seen << sha256;
        const Result<std::optional<QVariantList>> found
            = db.selectRow(QStringLiteral("SELECT size, received, complete FROM commune_scans WHERE commune_code = ? "
                                          "AND sha256 = ?"),
                {report.communeCode, sha256});
        if (!found)
            return found.error();
        ScanState scan;
        scan.sha256 = sha256;
        if (*found) {
            const QVariantList &row = **found;
            if (!row[0].isNull())
                scan.size = row[0].toLongLong();
            scan.received = row[1].toLongLong();
            scan.complete = row[2].toInt() != 0;
        }
        report.scans.append(scan);
    }
    return {};
}

} // namespace

QJsonObject DossierReport::toJson() const
{
    QJsonArray eventArray;
    for (const QJsonObject &event : events)
        eventArray.append(event);
    QJsonArray scanArray;
    for (const ScanState &scan : scans) {
        scanArray.append(QJsonObject{{QStringLiteral("sha256"), scan.sha256},
            {QStringLiteral("state"), scan.complete ? QStringLiteral("complete") : QStringLiteral("pending")},
            {QStringLiteral("size"), scan.size ? QJsonValue(*scan.size) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("received"), scan.received}});
    }
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("commune_code"), communeCode},
        {QStringLiteral("version"), version},
        {QStringLiteral("origin_device"), originDevice.isEmpty() ? QJsonValue(QJsonValue::Null) : originDevice},
        {QStringLiteral("fields"), fields}, {QStringLiteral("events"), eventArray},
        {QStringLiteral("scans"), scanArray}};
}

Result<QList<DossierReport>> findDossiersByCode(ServerDatabase &db, const QString &code)
{
    return db.transaction([&]() -> Result<QList<DossierReport>> {
        QList<DossierReport> reports;
        // The fields are compact JSON written by the server, so the code appears exactly as
        // "code":"…" (dossier codes have no character JSON escapes); each candidate is checked.
        const Status read = db.forEachRow(
            QStringLiteral("SELECT id, commune_code, version, origin_device, fields FROM records "
                           "WHERE entity = 'dossier' AND deleted = 0 AND fields LIKE ? ORDER BY commune_code, id"),
            {QStringLiteral("%\"code\":\"") + code + QStringLiteral("\"%")}, [&](const QSqlQuery &row) {
                DossierReport report;
                report.fields = parseObject(row.value(4));
                if (report.fields.value(QStringLiteral("code")).toString() != code)
                    return true;
                report.id = row.value(0).toString();
                report.communeCode = row.value(1).toString();
                report.version = row.value(2).toLongLong();
                report.originDevice = row.value(3).toString();
                reports.append(report);
                return true;
            });
        if (!read)
            return read.error();
        if (reports.isEmpty())
            return Error{
                QStringLiteral("dossier.unknown"), tr("No dossier with the code %1 reached the province.").arg(code)};
        for (DossierReport &report : reports) {
            if (Status events = loadEvents(db, report); !events)
                return events.error();
            if (Status scans = loadScans(db, report); !scans)
                return scans.error();
        }
        return reports;
    });
}

} // namespace motcua::server

// `motcua-server dossier show CODE [--json]`: one dossier as the province holds it, with its whole
// timeline and the state of its scans.
#include "CliSupport.h"
#include "DossierReport.h"
#include "domain/DossierCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::server::cli {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString eventLine(const QJsonObject &event)
{
    QString line
        = QStringLiteral("  %1  %2  %3 → %4  %5")
              .arg(text(event.value(QStringLiteral("at"))), text(event.value(QStringLiteral("action"))),
                  text(event.value(QStringLiteral("from_status"))), text(event.value(QStringLiteral("to_status"))),
                  tr("by %1 on device %2")
                      .arg(text(event.value(QStringLiteral("actor"))), text(event.value(QStringLiteral("device")))));
    const QString note = event.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        line += QStringLiteral("  \"%1\"").arg(note);
    return line;
}

QString scanLine(const ScanState &scan)
{
    if (scan.complete)
        return tr("  %1  complete, %2 bytes").arg(scan.sha256).arg(scan.size.value_or(0));
    if (!scan.size)
        return tr("  %1  pending, nothing received yet").arg(scan.sha256);
    return tr("  %1  pending, %2 of %3 bytes received").arg(scan.sha256).arg(scan.received).arg(*scan.size);
}

void print(const DossierReport &report)
{
    out(tr("Dossier %1 (commune %2), record %3 version %4")
            .arg(report.fields.value(QStringLiteral("code")).toString(), report.communeCode, report.id)
            .arg(report.version));
    out(tr("Fields:"));
    for (auto field = report.fields.begin(); field != report.fields.end(); ++field) {
        if (field.key() != QLatin1String("event"))
            out(QStringLiteral("  %1: %2").arg(field.key(), text(field.value())));
    }
    out(tr("Timeline (%1 events):").arg(report.events.size()));
    for (const QJsonObject &event : report.events)
        out(eventLine(event));
    out(tr("Scans (%1):").arg(report.scans.size()));
    for (const ScanState &scan : report.scans)
        out(scanLine(scan));
}

} // namespace

int dossier(const Parsed &parsed)
{
    if (parsed.positional.size() != 2 || parsed.positional.first() != QLatin1String("show")) {
        err(tr("usage: motcua-server dossier show CODE [--json]"));
        return 2;
    }
    const QString code = parsed.positional.at(1);
    if (!DossierCode::parse(code)) {
        err(tr("%1 is not a dossier code (AGENCY-YYMMDD-TAG-SEQ, e.g. 12345-250701-K7Q2-0042).").arg(code));
        return 2;
    }
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    const Result<QList<DossierReport>> reports = findDossiersByCode(*db, code);
    if (!reports) {
        err(reports.error().message);
        return 1;
    }
    if (parsed.json) {
        QJsonArray array;
        for (const DossierReport &report : *reports)
            array.append(report.toJson());
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("dossiers"), array}})
                .toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const DossierReport &report : *reports)
        print(report);
    return 0;
}

} // namespace motcua::server::cli

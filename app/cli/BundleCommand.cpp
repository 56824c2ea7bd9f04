#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "domain/VietnamTime.h"
#include "store/BundleExport.h"
#include "store/BundleImport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QJsonObject manifestJson(const BundleManifest &manifest)
{
    return QJsonObject{{QStringLiteral("bundle_id"), manifest.bundleId},
        {QStringLiteral("device_id"), manifest.deviceId}, {QStringLiteral("commune_code"), manifest.communeCode},
        {QStringLiteral("created_at"), manifest.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("op_count"), manifest.ops.size()}, {QStringLiteral("blob_count"), manifest.blobs.size()}};
}

// A refusal: plain words on stderr, and with --json the code too, on stdout.
int refuse(CliContext &context, bool json, const Error &error)
{
    if (json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}}}}));
    }
    return context.fail(error);
}

int runExport(CliContext &context, ArgParser &parser, Database &db)
{
    const QString path = parser.positional().value(1);
    auto exported = BundleExport(db).exportTo(path, VietnamTime::now());
    if (!exported)
        return refuse(context, parser.json(), exported.error());
    if (parser.json()) {
        QJsonObject object = manifestJson(exported->manifest);
        object.insert(QStringLiteral("file"), exported->path);
        object.insert(QStringLiteral("file_bytes"), exported->fileBytes);
        QJsonArray skipped;
        for (const BundleSkippedOp &op : exported->skipped) {
            skipped.append(QJsonObject{{QStringLiteral("op_id"), op.opId}, {QStringLiteral("dossier_id"), op.dossierId},
                {QStringLiteral("reason"), op.reason}, {QStringLiteral("message"), op.message}});
        }
        object.insert(QStringLiteral("skipped"), skipped);
        context.printJson(QJsonDocument(object));
    } else {
        context.out() << tr("Wrote %1: %2 changes and %3 attachments, signed by this device. They stay in the "
                            "outbox until the server confirms them.")
                             .arg(exported->path)
                             .arg(exported->manifest.ops.size())
                             .arg(exported->manifest.blobs.size())
                      << Qt::endl;
        if (!exported->skipped.isEmpty()) {
            context.out() << tr("Left out: %1 changes (they stay in the outbox): %2")
                                 .arg(exported->skipped.size())
                                 .arg(exported->skipped.first().message)
                          << Qt::endl;
        }
    }
    return 0;
}

int runImport(CliContext &context, ArgParser &parser, Database &db)
{
    auto imported = BundleImport(db).importFile(parser.positional().value(1));
    if (!imported)
        return refuse(context, parser.json(), imported.error());
    if (parser.json()) {
        QJsonObject object = manifestJson(imported->manifest);
        object.insert(QStringLiteral("applied"), imported->applied);
        object.insert(QStringLiteral("known"), imported->known);
        object.insert(QStringLiteral("conflicts"), imported->conflicts);
        object.insert(QStringLiteral("unapplied"), imported->unapplied);
        object.insert(QStringLiteral("duplicates"), imported->duplicates);
        object.insert(QStringLiteral("blobs"), imported->blobs);
        object.insert(QStringLiteral("kept_file"), imported->keptFile);
        context.printJson(QJsonDocument(object));
    } else {
        context.out() << tr("Imported the bundle of device %1 (commune %2): %3 applied, %4 already here, "
                            "%5 conflicts, %6 not applicable yet, %7 imported before.")
                             .arg(imported->manifest.deviceId, imported->manifest.communeCode)
                             .arg(imported->applied)
                             .arg(imported->known)
                             .arg(imported->conflicts)
                             .arg(imported->unapplied)
                             .arg(imported->duplicates)
                      << Qt::endl;
    }
    return 0;
}

} // namespace

// bundle export FILE | bundle import FILE [--json]: work that travels on a USB stick
// (docs/bundle-format.md).
int runBundle(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli bundle export FILE | import FILE [--json]"),
        tr("Export every pending change of this device into one signed file, or import another device's file."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positional();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != QLatin1String("export") && action != QLatin1String("import")))
        return context.fail(tr("usage: motcua-cli bundle export FILE | import FILE [--json]"));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    return action == QLatin1String("export") ? runExport(context, parser, **db) : runImport(context, parser, **db);
}

} // namespace motcua::cli

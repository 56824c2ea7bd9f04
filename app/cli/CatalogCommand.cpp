#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"
#include "JsonViews.h"

#include "io/CatalogJson.h"
#include "store/ProcedureRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QString processingText(const Procedure &procedure)
{
    if (procedure.processingUnit == ProcessingUnit::SameDay)
        return tr("same day");
    if (procedure.processingDays == 1)
        return tr("1 working day");
    return tr("%1 working days").arg(procedure.processingDays);
}

int runImport(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli catalog import FILE [--json]"),
        tr("Install a procedure catalog published by the province (docs/catalog-format.md)."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("catalog import needs one file"));
    if (auto allowed = context.require(Permission::ChangeSettings); !allowed)
        return context.fail(allowed.error());
    QFile file(parser.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const auto catalog = CatalogJson::parse(file.readAll());
    if (!catalog)
        return context.fail(tr("%1: %2").arg(file.fileName(), catalog.error().message));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    ProcedureRepository procedures(**db);
    const auto summary = procedures.importCatalog(*catalog);
    if (!summary)
        return context.fail(summary.error());
    if (parser.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("version"), summary->version},
            {QStringLiteral("added"), summary->added}, {QStringLiteral("updated"), summary->updated},
            {QStringLiteral("unchanged"), summary->unchanged}, {QStringLiteral("deactivated"), summary->deactivated}}));
    } else {
        context.out() << tr("Catalog version %1 installed: %2 added, %3 updated, %4 unchanged, %5 withdrawn.")
                             .arg(summary->version)
                             .arg(summary->added)
                             .arg(summary->updated)
                             .arg(summary->unchanged)
                             .arg(summary->deactivated)
                      << Qt::endl;
    }
    return 0;
}

int runSearch(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli catalog search TEXT [--limit N] [--json]"),
        tr("Search procedures by name, sector or code; accents, case and đ/d do not matter."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("limit"), tr("At most N results (default 20)."), tr("N"), QStringLiteral("20")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    const QString text = parser.positional().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return context.fail(tr("catalog search needs the text to look for"));
    bool isNumber = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
    if (!isNumber || limit < 1 || limit > 1000)
        return context.fail(tr("--limit needs a whole number from 1 to 1000"));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    ProcedureRepository procedures(**db);
    const QList<ProcedureHit> hits = procedures.search(text, limit);
    if (const auto &failure = procedures.lastSearchFailure())
        return context.fail(*failure);
    if (parser.json()) {
        QJsonArray results;
        for (const ProcedureHit &hit : hits) {
            QJsonObject json = procedureJson(hit.procedure, false);
            json.insert(QStringLiteral("score"), hit.score);
            results.append(json);
        }
        context.printJson(QJsonDocument(results));
        return 0;
    }
    if (hits.isEmpty() && procedures.count() == 0)
        context.err() << tr("The catalog is empty: import one with 'motcua-cli catalog import FILE'.") << Qt::endl;
    for (const ProcedureHit &hit : hits) {
        context.out() << hit.procedure.code << QStringLiteral("  ") << hit.procedure.name << QStringLiteral("  [")
                      << hit.procedure.sector << QStringLiteral(", ") << processingText(hit.procedure)
                      << QStringLiteral("]") << Qt::endl;
    }
    return 0;
}

int runShow(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli catalog show CODE [--json]"),
        tr("Show a procedure: documents, processing time, fee and legal basis."));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("catalog show needs one procedure code"));
    const QString code = parser.positional().first().trimmed();
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    ProcedureRepository procedures(**db);
    const auto procedure = procedures.find(code);
    if (!procedure)
        return context.fail(tr("no procedure has the code %1").arg(code));
    if (parser.json()) {
        context.printJson(QJsonDocument(procedureJson(*procedure, true)));
        return 0;
    }
    QTextStream &out = context.out();
    if (procedure->code != code)
        out << tr("(%1 is the old code of %2)").arg(code, procedure->code) << Qt::endl;
    out << procedure->code << QStringLiteral("  ") << procedure->name << Qt::endl;
    if (!procedure->active)
        out << tr("No longer in the published catalog.") << Qt::endl;
    out << tr("Sector: %1").arg(procedure->sector) << Qt::endl;
    out << tr("Processing time: %1").arg(processingText(*procedure)) << Qt::endl;
    out << tr("Fee: %1").arg(procedure->fee.isEmpty() ? tr("none stated") : procedure->fee) << Qt::endl;
    out << tr("Documents:") << Qt::endl;
    int position = 1;
    for (const RequiredDocument &document : procedure->documents) {
        out << QStringLiteral("  %1. %2 (%3 × %4%5)")
                   .arg(position++)
                   .arg(document.title, documentKindLabel(document.kind))
                   .arg(document.count)
                   .arg(document.required ? QString() : tr(", if applicable"))
            << Qt::endl;
    }
    if (!procedure->legalBasis.isEmpty())
        out << tr("Legal basis: %1").arg(procedure->legalBasis.join(QStringLiteral("; "))) << Qt::endl;
    if (!procedure->aliases.isEmpty())
        out << tr("Old codes: %1").arg(procedure->aliases.join(QStringLiteral(", "))) << Qt::endl;
    return 0;
}

} // namespace

int runCatalog(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import"))
        return runImport(context, rest);
    if (sub == QLatin1String("search"))
        return runSearch(context, rest);
    if (sub == QLatin1String("show"))
        return runShow(context, rest);
    return context.fail(tr("usage: motcua-cli catalog import FILE | search TEXT [--limit N] | show CODE"));
}

} // namespace motcua::cli

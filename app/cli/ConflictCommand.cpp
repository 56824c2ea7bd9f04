// motcua-cli conflicts: the data clerk's list of records changed in two places, and their
// resolution field by field (core/store/ConflictResolver).
#include "ArgParser.h"
#include "CliContext.h"
#include "Commands.h"

#include "domain/VietnamTime.h"
#include "store/ConflictResolver.h"
#include "store/Conflicts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonObject conflictJson(const ConflictRecord &conflict)
{
    QJsonArray differing;
    for (const QString &field : ConflictResolver::differingFields(conflict)) {
        differing.append(
            QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("mine"), conflict.localFields.value(field)},
                {QStringLiteral("server"), conflict.serverFields.value(field)}});
    }
    QJsonObject object{{QStringLiteral("id"), conflict.id}, {QStringLiteral("entity"), conflict.entity},
        {QStringLiteral("record_id"), conflict.recordId}, {QStringLiteral("code"), conflict.dossierCode},
        {QStringLiteral("source"),
            conflict.source == ConflictRecord::Source::Push ? QStringLiteral("push") : QStringLiteral("pull")},
        {QStringLiteral("local_version"), conflict.localVersion},
        {QStringLiteral("server_version"), conflict.serverVersion},
        {QStringLiteral("server_deleted"), conflict.serverDeleted},
        {QStringLiteral("detected_at"), VietnamTime::toIso(conflict.detectedAt)},
        {QStringLiteral("fields"), QJsonArray::fromStringList(ConflictResolver::choosableFields(conflict))},
        {QStringLiteral("differing"), differing}};
    object.insert(QStringLiteral("resolved_at"),
        conflict.resolvedAt.isValid() ? QJsonValue(VietnamTime::toIso(conflict.resolvedAt)) : QJsonValue());
    if (!conflict.isOpen())
        object.insert(QStringLiteral("resolution_note"), conflict.resolutionNote);
    return object;
}

int runList(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli conflicts list [--all] [--json]"),
        tr("List the records changed both here and on the server, with the fields that differ."));
    parser.addOption(QCommandLineOption(QStringLiteral("all"), tr("Also list the resolved ones.")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return context.fail(tr("unexpected argument '%1'").arg(parser.positional().first()));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto conflicts = Conflicts(**db).list(!parser.isSet(QStringLiteral("all")));
    if (!conflicts)
        return context.fail(conflicts.error());

    if (parser.json()) {
        QJsonArray array;
        for (const ConflictRecord &conflict : std::as_const(*conflicts))
            array.append(conflictJson(conflict));
        context.printJson(QJsonDocument(array));
        return 0;
    }
    QTextStream &out = context.out();
    if (conflicts->isEmpty()) {
        out << tr("No conflicts to resolve.") << Qt::endl;
        return 0;
    }
    for (const ConflictRecord &conflict : std::as_const(*conflicts)) {
        const QString &code = conflict.dossierCode;
        out << tr("#%1  %2 %3  this device: version %4, server: version %5%6")
                   .arg(conflict.id)
                   .arg(conflict.entity, code.isEmpty() ? conflict.recordId : code)
                   .arg(conflict.localVersion)
                   .arg(conflict.serverVersion)
                   .arg(conflict.isOpen() ? QString() : tr(" (resolved)"))
            << Qt::endl;
        for (const QString &field : ConflictResolver::differingFields(conflict)) {
            out << QStringLiteral("    %1: %2 | %3")
                       .arg(field, tr("mine %1").arg(shown(conflict.localFields.value(field))),
                           tr("server %1").arg(shown(conflict.serverFields.value(field))))
                << Qt::endl;
        }
    }
    return 0;
}

std::optional<ConflictSide> sideOf(const QString &text)
{
    if (text == QLatin1String("mine"))
        return ConflictSide::Mine;
    if (text == QLatin1String("server"))
        return ConflictSide::Server;
    return std::nullopt;
}

int runResolve(CliContext &context, const QStringList &args)
{
    ArgParser parser(QStringLiteral("motcua-cli conflicts resolve ID --take mine|server "
                                    "[--field NAME=mine|server|VALUE]... [--note TEXT] [--json]"),
        tr("Resolve a conflict: keep this device's values or the server's, field by field; the result "
           "is sent to the server as a new change."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("take"), tr("The side kept for every differing field: mine or server."), tr("side")));
    parser.addOption(QCommandLineOption(QStringLiteral("field"),
        tr("One field's choice: mine, server, or a value to store (repeatable)."), tr("name=choice")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("Why, for the dossier's history."), tr("text")));
    parser.addJsonOption();
    int exitCode = 0;
    if (!parser.parse(context, args, &exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return context.fail(tr("conflicts resolve needs one conflict number"));
    if (auto allowed = context.require(Permission::ResolveConflicts); !allowed)
        return context.fail(allowed.error());
    bool isNumber = false;
    const qint64 id = parser.positional().first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.fail(tr("'%1' is not a conflict number").arg(parser.positional().first()));
    if (!parser.isSet(QStringLiteral("take")))
        return context.fail(tr("conflicts resolve needs --take mine or --take server"));
    const auto take = sideOf(parser.value(QStringLiteral("take")));
    if (!take)
        return context.fail(tr("--take must be mine or server, not '%1'").arg(parser.value(QStringLiteral("take"))));

    ConflictResolution resolution;
    resolution.take = *take;
    resolution.note = parser.value(QStringLiteral("note"));
    for (const QString &item : parser.values(QStringLiteral("field"))) {
        const qsizetype separator = item.indexOf(QLatin1Char('='));
        if (separator <= 0)
            return context.fail(tr("--field '%1' needs the form NAME=mine, NAME=server or NAME=VALUE").arg(item));
        const QString name = item.left(separator).trimmed();
        const QString choice = item.mid(separator + 1);
        FieldChoice field;
        if (const auto side = sideOf(choice))
            field.side = *side;
        else
            field.typed = choice;
        if (resolution.fields.contains(name))
            return context.fail(tr("--field %1 is given twice").arg(name));
        resolution.fields.insert(name, field);
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto resolved = ConflictResolver(**db, context.actor()).resolve(id, resolution);
    if (!resolved)
        return context.fail(resolved.error());
    if (parser.json()) {
        QJsonArray older;
        for (qint64 other : std::as_const(resolved->alsoResolved))
            older.append(other);
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("conflict"), resolved->conflictId},
            {QStringLiteral("record_id"), resolved->recordId},
            {QStringLiteral("op_id"), resolved->opId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("base_version"), resolved->baseVersion}, {QStringLiteral("fields"), resolved->fields},
            {QStringLiteral("superseded_ops"), QJsonArray::fromStringList(resolved->supersededOps)},
            {QStringLiteral("also_resolved"), older}}));
    } else {
        context.out() << tr("Conflict %1 resolved: the chosen values will be sent to the server at the next sync.")
                             .arg(resolved->conflictId)
                      << Qt::endl;
    }
    return 0;
}

} // namespace

int runConflicts(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("resolve"))
        return runResolve(context, rest);
    return context.fail(tr("usage: motcua-cli conflicts list [--all] [--json] | resolve ID --take mine|server "
                           "[--field NAME=mine|server|VALUE]... [--note TEXT] [--json]"));
}

} // namespace motcua::cli

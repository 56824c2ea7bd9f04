#include "CatalogJson.h"

#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <climits>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <utility>

namespace motcua {

namespace {

const QLatin1String FormatName("motcua-catalog");
constexpr int FormatVersion = 1;

bool isProcedureCode(const QString &text)
{
    if (text.size() != 8 || text.at(1) != QLatin1Char('.'))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != 1 && (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9')))
            return false;
    }
    return true;
}

std::optional<int> asInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) != number || number < INT_MIN || number > INT_MAX)
        return std::nullopt;
    return static_cast<int>(number);
}

// Reads one JSON object of the catalog, remembering where it is ("procedures[3] (1.000894): "
// and "documents[1].") so that every error names the exact place.
class ObjectReader final
{
public:
    ObjectReader(const QJsonObject &object, QString prefix, QString path)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_path(std::move(path))
    {
    }

    // Unknown fields are refused: a misspelt "processing_days" must not silently become 0.
    bool checkFields(std::initializer_list<const char *> known, std::optional<Error> &error) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            bool found = false;
            for (const char *name : known)
                found = found || it.key() == QLatin1String(name);
            if (!found) {
                error = makeError(QStringLiteral("catalog.unknown_field"),
                    QCoreApplication::translate("motcua::CatalogJson", "%1unknown field '%2'")
                        .arg(m_prefix, m_path + it.key()));
                return false;
            }
        }
        return true;
    }

    bool has(const char *name) const { return m_object.contains(QLatin1String(name)); }
    QJsonValue value(const char *name) const { return m_object.value(QLatin1String(name)); }
    QString field(const char *name) const { return m_path + QLatin1String(name); }
    const QString &prefix() const { return m_prefix; }

    Error fail(const char *code, const QString &message) const
    {
        return makeError(QString::fromLatin1(code), m_prefix + message);
    }

    Error typeError(const char *name, const char *expected) const
    {
        return fail("catalog.type",
            QCoreApplication::translate("motcua::CatalogJson", "%1 must be %2")
                .arg(field(name), QCoreApplication::translate("motcua::CatalogJson", expected)));
    }

    // An optional string, normalized (NFC, trimmed, single spaces).
    bool text(const char *name, QString &out, std::optional<Error> &error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined())
            return true;
        if (!v.isString()) {
            error = typeError(name, QT_TRANSLATE_NOOP("motcua::CatalogJson", "a string"));
            return false;
        }
        out = TextFold::normalize(v.toString());
        return true;
    }

    bool textList(const char *name, QStringList &out, std::optional<Error> &error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined())
            return true;
        if (!v.isArray()) {
            error = typeError(name, QT_TRANSLATE_NOOP("motcua::CatalogJson", "a list of strings"));
            return false;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                error = fail("catalog.type",
                    QCoreApplication::translate("motcua::CatalogJson", "%1[%2] must be a string")
                        .arg(field(name))
                        .arg(i));
                return false;
            }
            out.append(TextFold::normalize(array.at(i).toString()));
        }
        return true;
    }

    bool boolean(const char *name, bool &out, std::optional<Error> &error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined())
            return true;
        if (!v.isBool()) {
            error = typeError(name, QT_TRANSLATE_NOOP("motcua::CatalogJson", "true or false"));
            return false;
        }
        out = v.toBool();
        return true;
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    QString m_path;
};

QString procedurePrefix(qsizetype index, const QString &code)
{
    return code.isEmpty() ? QStringLiteral("procedures[%1]: ").arg(index)
                          : QStringLiteral("procedures[%1] (%2): ").arg(index).arg(code);
}

std::optional<Error> readDocument(
    const QJsonValue &value, const QString &prefix, qsizetype index, RequiredDocument &document)
{
    const QString path = QStringLiteral("documents[%1].").arg(index);
    if (!value.isObject())
        return makeError(QStringLiteral("catalog.type"),
            prefix + QCoreApplication::translate("motcua::CatalogJson", "documents[%1] must be an object").arg(index));
    const ObjectReader reader(value.toObject(), prefix, path);
    std::optional<Error> error;
    if (!reader.checkFields({"title", "kind", "count", "required", "note"}, error))
        return error;
    if (!reader.text("title", document.title, error) || !reader.text("note", document.note, error)
        || !reader.boolean("required", document.required, error))
        return error;
    if (document.title.isEmpty())
        return reader.fail("catalog.document_title",
            QCoreApplication::translate("motcua::CatalogJson", "%1 is missing or empty").arg(reader.field("title")));

    const QJsonValue kind = reader.value("kind");
    if (kind.isUndefined())
        return reader.fail("catalog.document_kind",
            QCoreApplication::translate("motcua::CatalogJson", "%1 is missing").arg(reader.field("kind")));
    const auto parsedKind = documentKindFromKey(kind.toString());
    if (!kind.isString() || !parsedKind)
        return reader.fail("catalog.document_kind",
            QCoreApplication::translate(
                "motcua::CatalogJson", "%1 '%2' is not one of original, certified_copy, photocopy")
                .arg(reader.field("kind"),
                    kind.isString() ? kind.toString()
                                    : QCoreApplication::translate("motcua::CatalogJson", "(not a string)")));
    document.kind = *parsedKind;

    if (reader.has("count")) {
        const auto count = asInt(reader.value("count"));
        if (!count || *count < 1)
            return reader.fail("catalog.document_count",
                QCoreApplication::translate("motcua::CatalogJson", "%1 must be a whole number of at least 1")
                    .arg(reader.field("count")));
        document.count = *count;
    }
    return std::nullopt;
}

std::optional<Error> readProcedure(const QJsonValue &value, qsizetype index, Procedure &procedure)
{
    if (!value.isObject())
        return makeError(QStringLiteral("catalog.type"),
            QCoreApplication::translate("motcua::CatalogJson", "procedures[%1] must be an object").arg(index));
    const QJsonObject object = value.toObject();
    const QJsonValue code = object.value(QLatin1String("code"));
    const ObjectReader reader(object, procedurePrefix(index, code.isString() ? code.toString() : QString()), QString());
    std::optional<Error> error;
    if (!reader.checkFields({"code", "name", "sector", "level", "documents", "processing_time", "processing_unit",
                                "fee", "legal_basis", "aliases", "result_delivery", "active"},
            error))
        return error;

    if (!code.isString() || !isProcedureCode(code.toString()))
        return reader.fail("catalog.procedure_code",
            QCoreApplication::translate(
                "motcua::CatalogJson", "code must be a national procedure code shaped N.NNNNNN, like 1.001193"));
    procedure.code = code.toString();

    if (!reader.text("name", procedure.name, error) || !reader.text("sector", procedure.sector, error)
        || !reader.text("level", procedure.level, error) || !reader.text("fee", procedure.fee, error)
        || !reader.text("result_delivery", procedure.resultDelivery, error)
        || !reader.textList("legal_basis", procedure.legalBasis, error)
        || !reader.textList("aliases", procedure.aliases, error) || !reader.boolean("active", procedure.active, error))
        return error;
    if (procedure.name.isEmpty())
        return reader.fail(
            "catalog.procedure_name", QCoreApplication::translate("motcua::CatalogJson", "name is missing or empty"));
    for (qsizetype i = 0; i < procedure.aliases.size(); ++i) {
        if (!isProcedureCode(procedure.aliases.at(i)))
            return reader.fail("catalog.alias_code",
                QCoreApplication::translate(
                    "motcua::CatalogJson", "aliases[%1] '%2' is not a procedure code shaped N.NNNNNN")
                    .arg(i)
                    .arg(procedure.aliases.at(i)));
    }

    const QJsonValue unit = reader.value("processing_unit");
    const auto parsedUnit = processingUnitFromKey(unit.toString());
    if (!unit.isString() || !parsedUnit)
        return reader.fail("catalog.processing_unit",
            QCoreApplication::translate(
                "motcua::CatalogJson", "processing_unit '%1' is not one of same_day, working_days")
                .arg(unit.isString() ? unit.toString()
                                     : QCoreApplication::translate("motcua::CatalogJson", "(missing)")));
    procedure.processingUnit = *parsedUnit;

    const auto days = asInt(reader.value("processing_time"));
    if (!days)
        return reader.fail("catalog.processing_time",
            QCoreApplication::translate(
                "motcua::CatalogJson", "processing_time must be a whole number of working days"));
    if (*days < 0)
        return reader.fail("catalog.negative_time",
            QCoreApplication::translate("motcua::CatalogJson", "processing_time %1 is negative").arg(*days));
    if (procedure.processingUnit == ProcessingUnit::SameDay && *days != 0)
        return reader.fail("catalog.same_day_time",
            QCoreApplication::translate("motcua::CatalogJson",
                "processing_time is %1 but processing_unit is same_day; a same-day procedure has "
                "processing_time 0")
                .arg(*days));
    procedure.processingDays = *days;

    const QJsonValue documents = reader.value("documents");
    if (!documents.isArray())
        return reader.fail("catalog.documents",
            QCoreApplication::translate("motcua::CatalogJson", "documents must be a list of documents"));
    const QJsonArray array = documents.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        RequiredDocument document;
        if (auto failed = readDocument(array.at(i), reader.prefix(), i, document))
            return failed;
        procedure.documents.append(document);
    }
    return std::nullopt;
}

// Codes and aliases across the catalog: a code or alias must lead to exactly one procedure.
std::optional<Error> checkCodes(const QList<Procedure> &procedures)
{
    QHash<QString, qsizetype> codes;
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QString &code = procedures.at(i).code;
        if (const auto it = codes.constFind(code); it != codes.constEnd())
            return makeError(QStringLiteral("catalog.duplicate_code"),
                procedurePrefix(i, code)
                    + QCoreApplication::translate(
                        "motcua::CatalogJson", "the code %1 is already used by procedures[%2]")
                          .arg(code)
                          .arg(*it));
        codes.insert(code, i);
    }
    QHash<QString, qsizetype> aliases;
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const Procedure &procedure = procedures.at(i);
        for (const QString &alias : procedure.aliases) {
            if (const auto it = codes.constFind(alias); it != codes.constEnd())
                return makeError(QStringLiteral("catalog.alias_conflict"),
                    procedurePrefix(i, procedure.code)
                        + QCoreApplication::translate(
                            "motcua::CatalogJson", "alias %1 is the code of procedures[%2] (%3)")
                              .arg(alias)
                              .arg(*it)
                              .arg(procedures.at(*it).name));
            if (const auto it = aliases.constFind(alias); it != aliases.constEnd())
                return makeError(QStringLiteral("catalog.alias_duplicate"),
                    procedurePrefix(i, procedure.code)
                        + QCoreApplication::translate(
                            "motcua::CatalogJson", "alias %1 is already claimed by procedures[%2] (%3)")
                              .arg(alias)
                              .arg(*it)
                              .arg(procedures.at(*it).code));
            aliases.insert(alias, i);
        }
    }
    return std::nullopt;
}

// ---- writing ------------------------------------------------------------------------------

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

QString quotedList(const QStringList &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const QString &item : items)
        parts.append(quoted(item));
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString member(const char *name, const QString &json)
{
    return QLatin1Char('"') + QLatin1String(name) + QLatin1String("\": ") + json;
}

QString writeDocument(const RequiredDocument &document)
{
    QStringList members = {member("title", quoted(document.title)),
        member("kind", quoted(documentKindKey(document.kind))), member("count", QString::number(document.count)),
        member("required", document.required ? QStringLiteral("true") : QStringLiteral("false"))};
    if (!document.note.isEmpty())
        members.append(member("note", quoted(document.note)));
    return QLatin1Char('{') + members.join(QLatin1String(", ")) + QLatin1Char('}');
}

QString writeProcedure(const Procedure &procedure)
{
    const QString indent = QStringLiteral("      ");
    QStringList documents;
    for (const RequiredDocument &document : procedure.documents)
        documents.append(indent + QStringLiteral("  ") + writeDocument(document));
    const QString documentList = documents.isEmpty()
        ? QStringLiteral("[]")
        : QLatin1String("[\n") + documents.join(QLatin1String(",\n")) + QLatin1Char('\n') + indent + QLatin1Char(']');

    QStringList members = {member("code", quoted(procedure.code)), member("name", quoted(procedure.name)),
        member("sector", quoted(procedure.sector)), member("level", quoted(procedure.level)),
        member("documents", documentList), member("processing_time", QString::number(procedure.processingDays)),
        member("processing_unit", quoted(processingUnitKey(procedure.processingUnit))),
        member("fee", quoted(procedure.fee)), member("legal_basis", quotedList(procedure.legalBasis)),
        member("aliases", quotedList(procedure.aliases)), member("result_delivery", quoted(procedure.resultDelivery))};
    if (!procedure.active)
        members.append(member("active", QStringLiteral("false")));
    return QStringLiteral("    {\n") + indent + members.join(QLatin1String(",\n") + indent) + QStringLiteral("\n    }");
}

} // namespace

namespace CatalogJson {

Result<Catalog> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("catalog.malformed_json"),
            QCoreApplication::translate("motcua::CatalogJson", "The catalog is not valid JSON: %1 at byte offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return makeError(QStringLiteral("catalog.malformed_json"),
            QCoreApplication::translate("motcua::CatalogJson",
                "The catalog must be a JSON object with the fields format, format_version, version and "
                "procedures."));

    const ObjectReader reader(document.object(), QString(), QString());
    std::optional<Error> error;
    if (!reader.checkFields({"format", "format_version", "version", "published_at", "publisher", "procedures"}, error))
        return *error;

    const QJsonValue format = reader.value("format");
    if (format.toString() != FormatName)
        return makeError(QStringLiteral("catalog.format"),
            QCoreApplication::translate(
                "motcua::CatalogJson", "This file is not a MotCua catalog: format is '%1', expected 'motcua-catalog'.")
                .arg(format.isString() ? format.toString()
                                       : QCoreApplication::translate("motcua::CatalogJson", "(missing)")));
    const auto formatVersion = asInt(reader.value("format_version"));
    if (!formatVersion)
        return makeError(QStringLiteral("catalog.format_version"),
            QCoreApplication::translate("motcua::CatalogJson", "format_version is missing or not a whole number."));
    if (*formatVersion > FormatVersion)
        return makeError(QStringLiteral("catalog.format_version"),
            QCoreApplication::translate("motcua::CatalogJson",
                "The catalog uses format_version %1, written for a newer MotCua; this version reads "
                "format_version %2. Update MotCua to install it.")
                .arg(*formatVersion)
                .arg(FormatVersion));
    if (*formatVersion != FormatVersion)
        return makeError(QStringLiteral("catalog.format_version"),
            QCoreApplication::translate("motcua::CatalogJson", "format_version %1 is not supported; expected %2.")
                .arg(*formatVersion)
                .arg(FormatVersion));

    Catalog catalog;
    if (!reader.has("version"))
        return makeError(QStringLiteral("catalog.version"),
            QCoreApplication::translate("motcua::CatalogJson", "The catalog has no version."));
    const auto version = asInt(reader.value("version"));
    if (!version || *version < 1)
        return makeError(QStringLiteral("catalog.version"),
            QCoreApplication::translate(
                "motcua::CatalogJson", "The catalog version must be a whole number of at least 1."));
    catalog.version = *version;

    if (!reader.text("published_at", catalog.publishedAt, error) || !reader.text("publisher", catalog.publisher, error))
        return *error;
    if (!catalog.publishedAt.isEmpty() && !QDate::fromString(catalog.publishedAt, Qt::ISODate).isValid())
        return makeError(QStringLiteral("catalog.published_at"),
            QCoreApplication::translate("motcua::CatalogJson", "published_at '%1' is not a date written YYYY-MM-DD.")
                .arg(catalog.publishedAt));

    const QJsonValue procedures = reader.value("procedures");
    if (!procedures.isArray())
        return makeError(QStringLiteral("catalog.procedures"),
            QCoreApplication::translate("motcua::CatalogJson", "The catalog has no procedures list."));
    const QJsonArray array = procedures.toArray();
    catalog.procedures.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Procedure procedure;
        if (auto failed = readProcedure(array.at(i), i, procedure))
            return *failed;
        catalog.procedures.append(std::move(procedure));
    }
    if (auto failed = checkCodes(catalog.procedures))
        return *failed;
    return catalog;
}

QByteArray write(const Catalog &catalog)
{
    QStringList procedures;
    procedures.reserve(catalog.procedures.size());
    for (const Procedure &procedure : catalog.procedures)
        procedures.append(writeProcedure(procedure));

    QStringList members = {member("format", quoted(FormatName)),
        member("format_version", QString::number(FormatVersion)), member("version", QString::number(catalog.version))};
    if (!catalog.publishedAt.isEmpty())
        members.append(member("published_at", quoted(catalog.publishedAt)));
    if (!catalog.publisher.isEmpty())
        members.append(member("publisher", quoted(catalog.publisher)));
    members.append(member("procedures",
        procedures.isEmpty() ? QStringLiteral("[]")
                             : QLatin1String("[\n") + procedures.join(QLatin1String(",\n")) + QLatin1String("\n  ]")));
    const QString text = QLatin1String("{\n  ") + members.join(QLatin1String(",\n  ")) + QLatin1String("\n}\n");
    return text.toUtf8();
}

} // namespace CatalogJson
} // namespace motcua

#include "ProcedureRepository.h"

#include "Database.h"
#include "domain/TextFold.h"
#include "io/CatalogJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalog, "motcua.store.catalog")

namespace motcua {

namespace {

const QString kCatalogVersionKey = QStringLiteral("catalog_version");

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::ProcedureRepository", text);
}

Error writeError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
        tr("The procedure catalog could not be saved: %1").arg(query.lastError().text()));
}

const QString kProcedureColumns = QStringLiteral(
    "local_id, code, name, sector, level, processing_days, processing_unit, fee, legal_basis, result_delivery, active");

QString legalBasisJson(const QStringList &legalBasis)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(legalBasis)).toJson(QJsonDocument::Compact));
}

QStringList legalBasisFromJson(const QString &json)
{
    QStringList legalBasis;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        legalBasis.append(value.toString());
    return legalBasis;
}

// Reads the columns of kProcedureColumns from the current row; documents and aliases come apart.
Procedure procedureFromRow(const QSqlQuery &query)
{
    Procedure procedure;
    procedure.code = query.value(1).toString();
    procedure.name = query.value(2).toString();
    procedure.sector = query.value(3).toString();
    procedure.level = query.value(4).toString();
    procedure.processingDays = query.value(5).toInt();
    procedure.processingUnit = processingUnitFromKey(query.value(6).toString()).value_or(ProcessingUnit::WorkingDays);
    procedure.fee = query.value(7).toString();
    procedure.legalBasis = legalBasisFromJson(query.value(8).toString());
    procedure.resultDelivery = query.value(9).toString();
    procedure.active = query.value(10).toBool();
    return procedure;
}

RequiredDocument documentFromRow(const QSqlQuery &query, int first)
{
    RequiredDocument document;
    document.title = query.value(first).toString();
    document.kind = documentKindFromKey(query.value(first + 1).toString()).value_or(DocumentKind::Original);
    document.count = query.value(first + 2).toInt();
    document.required = query.value(first + 3).toBool();
    document.note = query.value(first + 4).toString();
    return document;
}

bool sameDocument(const RequiredDocument &left, const RequiredDocument &right)
{
    return left.title == right.title && left.kind == right.kind && left.count == right.count
        && left.required == right.required && left.note == right.note;
}

// Whether storing next over stored would change anything a user can see.
bool sameContent(const Procedure &stored, const Procedure &next)
{
    return stored.code == next.code && stored.name == next.name && stored.sector == next.sector
        && stored.level == next.level && stored.processingDays == next.processingDays
        && stored.processingUnit == next.processingUnit && stored.fee == next.fee
        && stored.legalBasis == next.legalBasis && stored.aliases == next.aliases
        && stored.resultDelivery == next.resultDelivery && stored.active == next.active
        && std::equal(stored.documents.begin(), stored.documents.end(), next.documents.begin(), next.documents.end(),
            sameDocument);
}

// The form in which a catalog procedure is stored: NFC texts, trimmed code, sorted unique aliases.
Procedure normalized(Procedure procedure)
{
    procedure.code = procedure.code.trimmed();
    procedure.name = TextFold::normalize(procedure.name);
    procedure.sector = TextFold::normalize(procedure.sector);
    for (RequiredDocument &document : procedure.documents)
        document.title = TextFold::normalize(document.title);
    QStringList aliases;
    for (const QString &alias : std::as_const(procedure.aliases)) {
        const QString trimmed = alias.trimmed();
        if (!trimmed.isEmpty() && !aliases.contains(trimmed))
            aliases.append(trimmed);
    }
    std::sort(aliases.begin(), aliases.end());
    procedure.aliases = aliases;
    procedure.active = true;
    return procedure;
}

// Checks what the database constraints would only reject with a cryptic message.
Status validate(const QList<Procedure> &procedures)
{
    QSet<QString> codes;
    for (const Procedure &procedure : procedures) {
        if (procedure.code.isEmpty())
            return makeError(QStringLiteral("catalog.invalid"), tr("A procedure of the catalog has no code."));
        if (codes.contains(procedure.code)) {
            return makeError(QStringLiteral("catalog.invalid"),
                tr("The procedure code %1 appears twice in the catalog.").arg(procedure.code));
        }
        codes.insert(procedure.code);
        if (procedure.name.isEmpty()) {
            return makeError(
                QStringLiteral("catalog.invalid"), tr("Procedure %1 of the catalog has no name.").arg(procedure.code));
        }
        if (procedure.processingDays < 0) {
            return makeError(QStringLiteral("catalog.invalid"),
                tr("Procedure %1 of the catalog has a negative processing time.").arg(procedure.code));
        }
        for (const RequiredDocument &document : procedure.documents) {
            if (document.count < 1) {
                return makeError(QStringLiteral("catalog.invalid"),
                    tr("Document \"%1\" of procedure %2 asks for fewer than one copy.")
                        .arg(document.title, procedure.code));
            }
        }
    }
    QHash<QString, QString> aliasOwner;
    for (const Procedure &procedure : procedures) {
        for (const QString &alias : procedure.aliases) {
            // A legacy code that is also a current code could never be looked up as the legacy one.
            if (codes.contains(alias)) {
                return makeError(QStringLiteral("catalog.alias_is_code"),
                    tr("The old code %1 given for procedure %2 is the code of a procedure in the "
                       "catalog.")
                        .arg(alias, procedure.code));
            }
            if (const auto owner = aliasOwner.constFind(alias); owner != aliasOwner.cend()) {
                return makeError(QStringLiteral("catalog.duplicate_alias"),
                    tr("The old code %1 is given for two procedures, %2 and %3.").arg(alias, *owner, procedure.code));
            }
            aliasOwner.insert(alias, procedure.code);
        }
    }
    return {};
}

// QtSql binds a null QString as SQL NULL; the catalog columns are NOT NULL with '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

struct StoredProcedure
{
    qint64 localId = 0;
    Procedure procedure;
};

// One import inside the transaction: reads what is stored, then writes only what differs.
class CatalogWriter final
{
public:
    explicit CatalogWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Status load();
    Status apply(const QList<Procedure> &procedures, int version, ImportSummary &summary);

private:
    Status prepare(QSqlQuery &query, const QString &sql);
    Status write(const Procedure &procedure, qint64 &localId, int version);
    Status deactivate(qint64 localId);

    QSqlDatabase m_db;
    QHash<QString, StoredProcedure> m_stored; // by code
    QHash<QString, QString> m_storedAliases; // alias → code
    QSqlQuery m_insert{m_db}, m_update{m_db}, m_deleteDocuments{m_db}, m_insertDocument{m_db}, m_deleteAliases{m_db},
        m_insertAlias{m_db}, m_deleteAlias{m_db}, m_deactivate{m_db};
};

Status CatalogWriter::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return writeError(query);
    return {};
}

Status CatalogWriter::load()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM procedures").arg(kProcedureColumns)))
        return writeError(query);
    while (query.next())
        m_stored.insert(query.value(1).toString(), {query.value(0).toLongLong(), procedureFromRow(query)});

    if (!query.exec(QStringLiteral("SELECT procedure_code, title, kind, count, required, note "
                                   "FROM procedure_documents ORDER BY procedure_code, position")))
        return writeError(query);
    while (query.next()) {
        if (auto stored = m_stored.find(query.value(0).toString()); stored != m_stored.end())
            stored->procedure.documents.append(documentFromRow(query, 1));
    }

    if (!query.exec(QStringLiteral("SELECT alias, procedure_code FROM procedure_aliases ORDER BY alias")))
        return writeError(query);
    while (query.next()) {
        const QString alias = query.value(0).toString();
        const QString code = query.value(1).toString();
        m_storedAliases.insert(alias, code);
        if (auto stored = m_stored.find(code); stored != m_stored.end())
            stored->procedure.aliases.append(alias);
    }

    for (const auto &[statement, sql] : {
             std::pair{&m_insert,
                 QStringLiteral("INSERT INTO procedures (code, name, sector, level, processing_days, "
                                "processing_unit, fee, legal_basis, result_delivery, active, "
                                "catalog_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")},
             std::pair{&m_update,
                 QStringLiteral("UPDATE procedures SET name = ?, sector = ?, level = ?, "
                                "processing_days = ?, processing_unit = ?, fee = ?, legal_basis = ?, "
                                "result_delivery = ?, active = 1, catalog_version = ? "
                                "WHERE local_id = ?")},
             std::pair{&m_deleteDocuments, QStringLiteral("DELETE FROM procedure_documents WHERE procedure_code = ?")},
             std::pair{&m_insertDocument,
                 QStringLiteral("INSERT INTO procedure_documents (procedure_code, position, title, kind, count, "
                                "required, note) VALUES (?, ?, ?, ?, ?, ?, ?)")},
             std::pair{&m_deleteAliases, QStringLiteral("DELETE FROM procedure_aliases WHERE procedure_code = ?")},
             std::pair{&m_insertAlias,
                 QStringLiteral("INSERT OR REPLACE INTO procedure_aliases (alias, procedure_code) VALUES (?, ?)")},
             std::pair{&m_deleteAlias, QStringLiteral("DELETE FROM procedure_aliases WHERE alias = ?")},
             std::pair{&m_deactivate, QStringLiteral("UPDATE procedures SET active = 0 WHERE local_id = ?")},
         }) {
        if (auto prepared = prepare(*statement, sql); !prepared)
            return prepared;
    }
    return {};
}

Status CatalogWriter::apply(const QList<Procedure> &procedures, int version, ImportSummary &summary)
{
    QSet<QString> codes;
    QHash<QString, QString> claimedAliases; // alias → code, as this catalog gives them
    for (const Procedure &procedure : procedures) {
        codes.insert(procedure.code);
        for (const QString &alias : procedure.aliases)
            claimedAliases.insert(alias, procedure.code);
    }

    // A code the province has taken back into use stops being a legacy code.
    for (auto alias = m_storedAliases.cbegin(); alias != m_storedAliases.cend(); ++alias) {
        if (!codes.contains(alias.key()))
            continue;
        m_deleteAlias.addBindValue(alias.key());
        if (!m_deleteAlias.exec())
            return writeError(m_deleteAlias);
    }

    for (Procedure procedure : procedures) {
        const auto stored = m_stored.constFind(procedure.code);
        qint64 localId = stored == m_stored.cend() ? 0 : stored->localId;
        // Legacy codes are kept once known (old records still carry them) unless this catalog
        // gives them to another procedure or uses them as codes.
        if (localId != 0) {
            for (const QString &alias : stored->procedure.aliases) {
                if (!codes.contains(alias) && claimedAliases.value(alias, procedure.code) == procedure.code
                    && !procedure.aliases.contains(alias)) {
                    procedure.aliases.append(alias);
                }
            }
            std::sort(procedure.aliases.begin(), procedure.aliases.end());
        }

        if (localId != 0 && sameContent(stored->procedure, procedure)) {
            ++summary.unchanged;
            continue;
        }
        if (auto written = write(procedure, localId, version); !written)
            return written;
        ++(stored == m_stored.cend() ? summary.added : summary.updated);
    }

    for (const StoredProcedure &stored : std::as_const(m_stored)) {
        if (!stored.procedure.active || codes.contains(stored.procedure.code))
            continue;
        if (auto deactivated = deactivate(stored.localId); !deactivated)
            return deactivated;
        ++summary.deactivated;
    }
    return {};
}

Status CatalogWriter::write(const Procedure &procedure, qint64 &localId, int version)
{
    QSqlQuery &statement = localId == 0 ? m_insert : m_update;
    if (localId == 0)
        statement.addBindValue(procedure.code);
    for (const QVariant &value :
        {text(procedure.name), text(procedure.sector), text(procedure.level), QVariant(procedure.processingDays),
            QVariant(processingUnitKey(procedure.processingUnit)), text(procedure.fee),
            QVariant(legalBasisJson(procedure.legalBasis)), text(procedure.resultDelivery), QVariant(version)}) {
        statement.addBindValue(value);
    }
    if (localId != 0)
        statement.addBindValue(localId);
    if (!statement.exec())
        return writeError(statement);
    if (localId == 0)
        localId = statement.lastInsertId().toLongLong();

    m_deleteDocuments.addBindValue(procedure.code);
    if (!m_deleteDocuments.exec())
        return writeError(m_deleteDocuments);
    for (int position = 0; position < procedure.documents.size(); ++position) {
        const RequiredDocument &document = procedure.documents.at(position);
        for (const QVariant &value :
            {text(procedure.code), QVariant(position), text(document.title), QVariant(documentKindKey(document.kind)),
                QVariant(document.count), QVariant(document.required ? 1 : 0), text(document.note)}) {
            m_insertDocument.addBindValue(value);
        }
        if (!m_insertDocument.exec())
            return writeError(m_insertDocument);
    }

    m_deleteAliases.addBindValue(procedure.code);
    if (!m_deleteAliases.exec())
        return writeError(m_deleteAliases);
    for (const QString &alias : procedure.aliases) {
        m_insertAlias.addBindValue(alias);
        m_insertAlias.addBindValue(procedure.code);
        if (!m_insertAlias.exec())
            return writeError(m_insertAlias);
    }
    return {};
}

Status CatalogWriter::deactivate(qint64 localId)
{
    m_deactivate.addBindValue(localId);
    if (!m_deactivate.exec())
        return writeError(m_deactivate);
    return {};
}

} // namespace

ProcedureRepository::ProcedureRepository(Database &database)
    : m_database(database)
    , m_search(database)
{
}

int ProcedureRepository::installedVersion() const
{
    return m_database.meta(kCatalogVersionKey).toInt();
}

Result<ImportSummary> ProcedureRepository::importCatalog(const Catalog &catalog)
{
    QList<Procedure> procedures;
    procedures.reserve(catalog.procedures.size());
    for (const Procedure &procedure : catalog.procedures)
        procedures.append(normalized(procedure));
    if (auto valid = validate(procedures); !valid)
        return valid.error();

    ImportSummary summary;
    summary.version = catalog.version;
    const Status status = m_database.write([&]() -> Status {
        // Read inside the transaction: another connection may have installed a catalog meanwhile.
        const int installed = installedVersion();
        if (catalog.version < installed) {
            return makeError(QStringLiteral("catalog.older_version"),
                tr("This catalog is version %1, older than the installed version %2; nothing was "
                   "changed.")
                    .arg(catalog.version)
                    .arg(installed));
        }
        CatalogWriter writer(m_database.connection());
        if (auto loaded = writer.load(); !loaded)
            return loaded;
        if (auto applied = writer.apply(procedures, catalog.version, summary); !applied)
            return applied;
        // The index order depends on every name, so any change rewrites it whole (a fraction of
        // the import's own time, and imports are rare).
        if (summary.changes() > 0) {
            if (auto indexed = m_search.rebuild(); !indexed)
                return indexed;
        }
        if (m_database.meta(kCatalogVersionKey) != QString::number(catalog.version))
            return m_database.setMeta(kCatalogVersionKey, QString::number(catalog.version));
        return {};
    });
    if (!status) {
        qCWarning(lcCatalog) << "catalog import failed:" << status.error().code << status.error().message;
        return status.error();
    }
    qCInfo(lcCatalog) << "catalog version" << summary.version << "installed:" << summary.added << "added,"
                      << summary.updated << "updated," << summary.unchanged << "unchanged," << summary.deactivated
                      << "deactivated";
    return summary;
}

std::optional<Procedure> ProcedureRepository::find(const QString &codeOrAlias) const
{
    const QString wanted = codeOrAlias.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // A current code wins over the same text recorded as a legacy code of another procedure.
    query.prepare(QStringLiteral("SELECT %1 FROM procedures WHERE code = ? "
                                 "UNION ALL SELECT %1 FROM procedures WHERE code = "
                                 "(SELECT procedure_code FROM procedure_aliases WHERE alias = ?) "
                                 "LIMIT 1")
                      .arg(kProcedureColumns));
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Procedure procedure = procedureFromRow(query);
    query.finish();

    query.prepare(QStringLiteral("SELECT title, kind, count, required, note FROM procedure_documents "
                                 "WHERE procedure_code = ? ORDER BY position"));
    query.addBindValue(procedure.code);
    if (query.exec()) {
        while (query.next())
            procedure.documents.append(documentFromRow(query, 0));
    }
    query.prepare(QStringLiteral("SELECT alias FROM procedure_aliases WHERE procedure_code = ? ORDER BY alias"));
    query.addBindValue(procedure.code);
    if (query.exec()) {
        while (query.next())
            procedure.aliases.append(query.value(0).toString());
    }
    return procedure;
}

int ProcedureRepository::count() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM procedures")) && query.next() ? query.value(0).toInt() : 0;
}

int ProcedureRepository::activeCount() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM procedures WHERE active = 1")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

} // namespace motcua

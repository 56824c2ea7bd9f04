#pragma once

#include "DossierRepository.h"
#include "LegacyImporter.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace motcua {

// A dossier row that passed every check: the receipt, then the moves that replay its status.
struct PreparedDossier
{
    ReceiveRequest request;
    DossierStatus status = DossierStatus::Received;
    QDateTime doneAt;
    QDateTime returnedAt;
};

// A citizen row that passed every check.
struct PreparedCitizen
{
    QString citizenId;
    QString fullName;
    QString birthDate; // ISO date or empty
    QString gender; // "male", "female" or empty
    QString phone;
    QString address;
    QString email;
};

// Checks the rows of a legacy list against the rules of the store, naming the column of every
// problem (LegacyImporter's preview and run share it). The checks are those that
// DossierRepository::receive applies, done first so that a refused row can say which column is
// wrong; a procedure is found by code, legacy code (procedure_aliases) or exact name.
class LegacyImportRows final
{
public:
    LegacyImportRows(Database &database, LegacyListKind kind, QList<ColumnMapping> mapping);

    std::optional<PreparedDossier> dossier(const LegacyTableRow &row, QList<ImportRowError> &errors);
    std::optional<PreparedCitizen> citizen(const LegacyTableRow &row, QList<ImportRowError> &errors);

    // The mapped values of a row as the import reads them (preview).
    QList<std::pair<ImportField, QString>> values(const LegacyTableRow &row) const;

    // A row whose every cell is blank is no record at all.
    static bool isBlank(const LegacyTableRow &row);

private:
    struct ProcedureRef
    {
        QString code;
        bool active = true;
    };

    int columnOf(ImportField field) const;
    QString cell(const LegacyTableRow &row, ImportField field) const;
    bool numericCell(const LegacyTableRow &row, ImportField field) const;
    ImportRowError error(
        const LegacyTableRow &row, ImportField field, const QString &code, const QString &message) const;
    std::optional<ProcedureRef> procedure(const QString &typed);
    std::optional<QString> citizenId(
        const LegacyTableRow &row, int year, QList<ImportRowError> &errors, int *birthYear, bool *female);
    std::optional<QString> phone(const LegacyTableRow &row, QList<ImportRowError> &errors);
    bool email(const LegacyTableRow &row, QList<ImportRowError> &errors);
    std::optional<QDateTime> dateTime(const LegacyTableRow &row, ImportField field, QList<ImportRowError> &errors);

    Database &m_database;
    LegacyListKind m_kind;
    QList<ColumnMapping> m_mapping;
    QMap<ImportField, int> m_columns;
    QHash<QString, std::optional<ProcedureRef>> m_procedures; // by the text as typed
    QHash<QString, ProcedureRef> m_procedureNames; // by TextFold::searchKey(name); loaded once
    bool m_namesLoaded = false;
};

} // namespace motcua

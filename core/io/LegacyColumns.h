#pragma once

#include "domain/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// What a legacy list holds: old dossiers or a list of citizens.
enum class LegacyListKind { Dossiers, Citizens };

// The fields an import understands. Keys (for --map) in the comments.
enum class ImportField {
    Ignore, // "ignore": a column left out
    ProcedureCode, // "procedure": the code, a legacy code, or the procedure's exact name
    ApplicantName, // "applicant"
    FullName, // "name" (citizens)
    CitizenId, // "citizen_id"
    Phone, // "phone"
    Address, // "address"
    Email, // "email"
    ReceivedAt, // "received_at"
    DossierState, // "status"
    DoneAt, // "done_at"
    ReturnedAt, // "returned_at"
    BirthDate, // "birth_date"
    Gender, // "gender"
};

QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
// The fields of a kind of list, and those a file must provide.
QList<ImportField> importFields(LegacyListKind kind);
QList<ImportField> requiredImportFields(LegacyListKind kind);

// Which column feeds which field.
struct ColumnMapping
{
    int column = -1; // 0-based
    QString header; // as the file has it
    ImportField field = ImportField::Ignore;
    bool guessed = true; // from the header name, not from an override
};

// "A", "B", … "AA" for a 0-based column.
QString columnLetter(int column);

// Guesses the field of every column from its header, in Vietnamese with or without diacritics
// or in English ("Số CCCD/CMND", "so cccd", "Ngày tiếp nhận", "Mã TTHC"), then applies the
// overrides: each maps a column — by its header text (compared folded), its 1-based number or
// its letter — to a field key, "ignore" dropping it. A field goes to one column at most.
// Errors: "import.unknown_column", "import.unknown_field", "import.field_twice",
// "import.missing_field" (a required field has no column; the message lists the headers).
Result<QList<ColumnMapping>> mapColumns(
    const QStringList &header, LegacyListKind kind, const QMap<QString, QString> &overrides = {});

} // namespace motcua

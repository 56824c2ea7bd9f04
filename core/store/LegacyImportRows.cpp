#include "LegacyImportRows.h"

#include "Database.h"
#include "ProcedureRepository.h"
#include "domain/CitizenId.h"
#include "domain/TextFold.h"
#include "domain/VietnamTime.h"
#include "io/LegacyValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::LegacyImportRows", text);
}

// A spreadsheet that took a number for text dropped its leading zeros and may show it as
// 6.6190000123E+10: the digits as typed, when the cell was numeric.
QString digitsOfNumber(const QString &text)
{
    bool isNumber = false;
    const double value = text.toDouble(&isNumber);
    if (!isNumber || value < 0 || value >= 1e15 || value != static_cast<double>(static_cast<qint64>(value)))
        return text;
    return QString::number(static_cast<qint64>(value));
}

} // namespace

LegacyImportRows::LegacyImportRows(Database &database, LegacyListKind kind, QList<ColumnMapping> mapping)
    : m_database(database)
    , m_kind(kind)
    , m_mapping(std::move(mapping))
{
    for (const ColumnMapping &column : std::as_const(m_mapping)) {
        if (column.field != ImportField::Ignore)
            m_columns.insert(column.field, column.column);
    }
}

bool LegacyImportRows::isBlank(const LegacyTableRow &row)
{
    for (const QString &cell : row.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

int LegacyImportRows::columnOf(ImportField field) const
{
    return m_columns.value(field, -1);
}

QString LegacyImportRows::cell(const LegacyTableRow &row, ImportField field) const
{
    const int column = columnOf(field);
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

bool LegacyImportRows::numericCell(const LegacyTableRow &row, ImportField field) const
{
    const int column = columnOf(field);
    return column >= 0 && column < row.numeric.size() && row.numeric.at(column);
}

ImportRowError LegacyImportRows::error(
    const LegacyTableRow &row, ImportField field, const QString &code, const QString &message) const
{
    ImportRowError e;
    e.row = row.number;
    e.column = columnOf(field);
    if (e.column >= 0) {
        const QString header = e.column < m_mapping.size() ? m_mapping.at(e.column).header : QString();
        e.columnName
            = header.isEmpty() ? columnLetter(e.column) : QStringLiteral("%1 (%2)").arg(columnLetter(e.column), header);
    }
    e.field = importFieldKey(field);
    e.code = code;
    e.message = message;
    return e;
}

std::optional<LegacyImportRows::ProcedureRef> LegacyImportRows::procedure(const QString &typed)
{
    if (const auto cached = m_procedures.constFind(typed); cached != m_procedures.constEnd())
        return cached.value();
    std::optional<ProcedureRef> found;
    if (const auto byCode = ProcedureRepository(m_database).find(typed))
        found = ProcedureRef{byCode->code, byCode->active};
    if (!found) {
        if (!m_namesLoaded) {
            QSqlQuery query(m_database.connection());
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT code, name, active FROM procedures ORDER BY active"))) {
                // Active last: when an old and a current procedure share a name, the current one wins.
                while (query.next()) {
                    m_procedureNames.insert(TextFold::searchKey(query.value(1).toString()),
                        ProcedureRef{query.value(0).toString(), query.value(2).toBool()});
                }
            }
            m_namesLoaded = true;
        }
        const auto byName = m_procedureNames.constFind(TextFold::searchKey(typed));
        if (byName != m_procedureNames.constEnd())
            found = byName.value();
    }
    m_procedures.insert(typed, found);
    return found;
}

std::optional<QString> LegacyImportRows::citizenId(
    const LegacyTableRow &row, int year, QList<ImportRowError> &errors, int *birthYear, bool *female)
{
    QString typed = cell(row, ImportField::CitizenId);
    if (numericCell(row, ImportField::CitizenId)) {
        typed = digitsOfNumber(typed);
        if (typed.size() == 10 || typed.size() == 11)
            typed = typed.rightJustified(12, QLatin1Char('0'));
    }
    auto parsed = CitizenId::parse(typed, year);
    if (!parsed) {
        QString message = parsed.error().message;
        static const QRegularExpression shortNumber(QStringLiteral("^\\d{10,11}$"));
        if (shortNumber.match(typed).hasMatch()) {
            message += QLatin1Char(' ')
                + tr("(A spreadsheet may have dropped its leading zeros: format the column as text.)");
        }
        errors.append(error(row, ImportField::CitizenId, parsed.error().code, message));
        return std::nullopt;
    }
    if (birthYear)
        *birthYear = parsed->birthYear;
    if (female)
        *female = parsed->gender == CitizenIdInfo::Gender::Female;
    return parsed->number;
}

std::optional<QString> LegacyImportRows::phone(const LegacyTableRow &row, QList<ImportRowError> &errors)
{
    QString typed = cell(row, ImportField::Phone);
    if (typed.isEmpty())
        return QString();
    if (numericCell(row, ImportField::Phone)) {
        typed = digitsOfNumber(typed);
        if (typed.size() == 9)
            typed.prepend(QLatin1Char('0'));
    }
    // The shape DossierRepository accepts.
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
    static const QRegularExpression phoneShape(QStringLiteral("^(\\+84|84|0)[0-9]{8,10}$"));
    QString compact = typed;
    compact.remove(separators);
    if (!phoneShape.match(compact).hasMatch()) {
        errors.append(error(row, ImportField::Phone, QStringLiteral("dossier.invalid_phone"),
            tr("\"%1\" is not a phone number: expect 10 digits starting with 0, or +84.").arg(typed)));
        return std::nullopt;
    }
    return compact;
}

bool LegacyImportRows::email(const LegacyTableRow &row, QList<ImportRowError> &errors)
{
    const QString typed = cell(row, ImportField::Email);
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (typed.isEmpty() || emailShape.match(typed).hasMatch())
        return true;
    errors.append(error(row, ImportField::Email, QStringLiteral("dossier.invalid_email"),
        tr("\"%1\" is not an e-mail address.").arg(typed)));
    return false;
}

std::optional<QDateTime> LegacyImportRows::dateTime(
    const LegacyTableRow &row, ImportField field, QList<ImportRowError> &errors)
{
    const QString typed = cell(row, field);
    if (typed.isEmpty())
        return QDateTime();
    const auto parsed = LegacyValues::parseDateTime(typed, numericCell(row, field));
    if (!parsed) {
        errors.append(error(row, field, QStringLiteral("import.bad_date"),
            tr("\"%1\" is not a date: write it day first, as 12/03/2021 or 12/03/2021 08:30.").arg(typed)));
        return std::nullopt;
    }
    if (*parsed > VietnamTime::now().addSecs(60)) {
        errors.append(error(row, field, QStringLiteral("import.future_date"),
            tr("%1 is in the future.").arg(VietnamTime::toIso(*parsed))));
        return std::nullopt;
    }
    return parsed;
}

std::optional<PreparedDossier> LegacyImportRows::dossier(const LegacyTableRow &row, QList<ImportRowError> &errors)
{
    const qsizetype before = errors.size();
    PreparedDossier prepared;
    ReceiveRequest &request = prepared.request;

    QString code = cell(row, ImportField::ProcedureCode);
    if (numericCell(row, ImportField::ProcedureCode)) {
        // 1.001640 typed into a number cell reads back as 1.00164.
        bool isNumber = false;
        const double value = code.toDouble(&isNumber);
        if (isNumber)
            code = QString::number(value, 'f', 6);
    }
    if (code.isEmpty()) {
        errors.append(
            error(row, ImportField::ProcedureCode, QStringLiteral("import.required"), tr("The procedure is missing.")));
    } else if (const auto found = procedure(code); !found) {
        errors.append(error(row, ImportField::ProcedureCode, QStringLiteral("import.unknown_procedure"),
            tr("\"%1\" is neither a procedure code, an old code of one, nor a procedure's name in the catalog.")
                .arg(code)));
    } else if (!found->active) {
        errors.append(error(row, ImportField::ProcedureCode, QStringLiteral("import.inactive_procedure"),
            tr("The procedure %1 is no longer in force: it cannot receive dossiers.").arg(found->code)));
    } else {
        request.procedureCode = found->code;
    }

    request.applicantName = TextFold::normalize(cell(row, ImportField::ApplicantName));
    if (request.applicantName.isEmpty()) {
        errors.append(error(row, ImportField::ApplicantName, QStringLiteral("import.required"),
            tr("The applicant's name is missing.")));
    }

    const auto receivedAt = dateTime(row, ImportField::ReceivedAt, errors);
    if (receivedAt && !receivedAt->isValid()) {
        errors.append(error(
            row, ImportField::ReceivedAt, QStringLiteral("import.required"), tr("The date of receipt is missing.")));
    }
    const int year = receivedAt && receivedAt->isValid() ? receivedAt->date().year() : VietnamTime::now().date().year();
    if (const auto id = citizenId(row, year, errors, nullptr, nullptr))
        request.citizenId = *id;
    if (const auto number = phone(row, errors))
        request.phone = *number;
    if (email(row, errors))
        request.email = cell(row, ImportField::Email);
    request.address = cell(row, ImportField::Address);
    if (receivedAt)
        request.receivedAt = *receivedAt;

    const auto doneAt = dateTime(row, ImportField::DoneAt, errors);
    const auto returnedAt = dateTime(row, ImportField::ReturnedAt, errors);
    const QString statusText = cell(row, ImportField::DossierState);
    if (!statusText.isEmpty()) {
        const auto status = LegacyValues::parseStatus(statusText);
        const bool supported = status
            && (*status == DossierStatus::Received || *status == DossierStatus::InProcess
                || *status == DossierStatus::Done || *status == DossierStatus::Returned);
        if (!supported) {
            errors.append(error(row, ImportField::DossierState, QStringLiteral("import.unsupported_status"),
                tr("\"%1\" is not a status an import can take: use received, in process, done or returned.")
                    .arg(statusText)));
        } else {
            prepared.status = *status;
        }
    } else if (returnedAt && returnedAt->isValid()) {
        prepared.status = DossierStatus::Returned;
    } else if (doneAt && doneAt->isValid()) {
        prepared.status = DossierStatus::Done;
    }
    if (doneAt && returnedAt && errors.size() == before) {
        prepared.doneAt = *doneAt;
        prepared.returnedAt = *returnedAt;
        const bool finished = prepared.status == DossierStatus::Done || prepared.status == DossierStatus::Returned;
        if (finished && !prepared.doneAt.isValid()) {
            // A returned dossier whose list gives only the return date was done by then at the latest.
            if (prepared.status == DossierStatus::Returned && prepared.returnedAt.isValid()) {
                prepared.doneAt = prepared.returnedAt;
            } else {
                errors.append(error(row, ImportField::DoneAt, QStringLiteral("import.required"),
                    tr("A dossier that is done needs the date of its result.")));
            }
        }
        if (prepared.status == DossierStatus::Returned && !prepared.returnedAt.isValid()) {
            errors.append(error(row, ImportField::ReturnedAt, QStringLiteral("import.required"),
                tr("A returned dossier needs the date it was returned.")));
        }
        if (prepared.doneAt.isValid() && prepared.doneAt < request.receivedAt) {
            errors.append(error(row, ImportField::DoneAt, QStringLiteral("import.date_order"),
                tr("The result date is before the date of receipt.")));
        }
        if (prepared.returnedAt.isValid() && prepared.doneAt.isValid() && prepared.returnedAt < prepared.doneAt) {
            errors.append(error(row, ImportField::ReturnedAt, QStringLiteral("import.date_order"),
                tr("The return date is before the result date.")));
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return prepared;
}

std::optional<PreparedCitizen> LegacyImportRows::citizen(const LegacyTableRow &row, QList<ImportRowError> &errors)
{
    const qsizetype before = errors.size();
    PreparedCitizen prepared;
    prepared.fullName = TextFold::normalize(cell(row, ImportField::FullName));
    if (prepared.fullName.isEmpty()) {
        errors.append(
            error(row, ImportField::FullName, QStringLiteral("import.required"), tr("The citizen's name is missing.")));
    }
    int birthYear = 0;
    bool female = false;
    const int year = VietnamTime::now().date().year();
    if (const auto id = citizenId(row, year, errors, &birthYear, &female))
        prepared.citizenId = *id;

    const QString birthText = cell(row, ImportField::BirthDate);
    if (!birthText.isEmpty()) {
        static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
        const bool isYear = yearOnly.match(birthText).hasMatch();
        const auto birth = isYear ? std::optional<QDateTime>(QDateTime(QDate(birthText.toInt(), 1, 1), QTime(0, 0)))
                                  : LegacyValues::parseDateTime(birthText, numericCell(row, ImportField::BirthDate));
        if (!birth) {
            errors.append(error(row, ImportField::BirthDate, QStringLiteral("import.bad_date"),
                tr("\"%1\" is not a date of birth: write it day first, as 05/09/1990.").arg(birthText)));
        } else if (birthYear != 0 && birth->date().year() != birthYear) {
            errors.append(error(row, ImportField::BirthDate, QStringLiteral("import.birth_year_mismatch"),
                tr("Born in %1 by this date, but in %2 by the citizen ID.").arg(birth->date().year()).arg(birthYear)));
        } else {
            prepared.birthDate = isYear ? birthText : birth->date().toString(Qt::ISODate);
        }
    }
    const QString genderText = cell(row, ImportField::Gender);
    if (!genderText.isEmpty()) {
        prepared.gender = LegacyValues::parseGender(genderText);
        if (prepared.gender.isEmpty()) {
            errors.append(error(row, ImportField::Gender, QStringLiteral("import.bad_gender"),
                tr("\"%1\" is not a gender: write Nam or Nữ.").arg(genderText)));
        } else if (birthYear != 0 && (prepared.gender == QLatin1String("female")) != female) {
            errors.append(error(row, ImportField::Gender, QStringLiteral("import.gender_mismatch"),
                tr("The gender \"%1\" contradicts the citizen ID.").arg(genderText)));
        }
    }
    if (const auto number = phone(row, errors))
        prepared.phone = *number;
    if (email(row, errors))
        prepared.email = cell(row, ImportField::Email);
    prepared.address = TextFold::normalize(cell(row, ImportField::Address));
    if (errors.size() != before)
        return std::nullopt;
    return prepared;
}

QList<std::pair<ImportField, QString>> LegacyImportRows::values(const LegacyTableRow &row) const
{
    QList<std::pair<ImportField, QString>> out;
    for (ImportField field : importFields(m_kind)) {
        if (columnOf(field) >= 0)
            out.append({field, cell(row, field)});
    }
    return out;
}

} // namespace motcua

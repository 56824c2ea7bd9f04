#include "LegacyColumns.h"

#include "domain/TextFold.h"

#include <QCoreApplication>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::LegacyColumns", text);
}

struct FieldInfo
{
    ImportField field;
    const char *key;
    // Header names seen on provincial exports and hand-made lists, folded (TextFold::searchKey).
    QList<const char *> names;
};

const QList<FieldInfo> &fieldInfos()
{
    static const QList<FieldInfo> infos = {
        {ImportField::Ignore, "ignore", {}},
        {ImportField::ProcedureCode, "procedure",
            {"ma thu tuc", "ma tthc", "ma thu tuc hanh chinh", "ma tt", "thu tuc", "thu tuc hanh chinh", "tthc",
                "procedure", "procedure code", "ma dich vu", "linh vuc thu tuc"}},
        {ImportField::ApplicantName, "applicant",
            {"ho ten", "ho va ten", "ho ten nguoi nop", "nguoi nop", "nguoi nop ho so", "ten nguoi nop", "chu ho so",
                "nguoi dung ten", "to chuc ca nhan", "ten to chuc ca nhan", "cong dan", "ten cong dan", "applicant",
                "applicant name", "nguoi yeu cau", "ho ten nguoi yeu cau"}},
        {ImportField::FullName, "name",
            {"ho ten", "ho va ten", "ten", "ho ten cong dan", "cong dan", "ten cong dan", "name", "full name"}},
        {ImportField::CitizenId, "citizen_id",
            {"cccd", "so cccd", "can cuoc", "so can cuoc", "can cuoc cong dan", "so can cuoc cong dan", "so dinh danh",
                "so dinh danh ca nhan", "ma dinh danh", "cmnd", "so cmnd", "cmnd cccd", "so cmnd cccd", "cccd cmnd",
                "so cccd cmnd", "giay to tuy than", "so giay to", "citizen id"}},
        {ImportField::Phone, "phone", {"dien thoai", "so dien thoai", "sdt", "dt", "phone", "so dt", "di dong"}},
        {ImportField::Address, "address",
            {"dia chi", "noi cu tru", "dia chi thuong tru", "dia chi lien he", "noi o", "address", "thuong tru"}},
        {ImportField::Email, "email", {"email", "e-mail", "thu dien tu", "dia chi email", "dia chi thu dien tu"}},
        {ImportField::ReceivedAt, "received_at",
            {"ngay nhan", "ngay tiep nhan", "thoi gian tiep nhan", "ngay nhan ho so", "ngay gio tiep nhan", "received",
                "received at", "ngay nop", "ngay tiep nhan ho so", "thoi diem tiep nhan"}},
        {ImportField::DossierState, "status",
            {"trang thai", "tinh trang", "status", "trang thai ho so", "ket qua xu ly"}},
        {ImportField::DoneAt, "done_at",
            {"ngay co ket qua", "ngay hoan thanh", "ngay giai quyet", "ngay xu ly xong", "ngay ket qua", "done at",
                "ngay giai quyet xong", "ngay hoan thanh xu ly"}},
        {ImportField::ReturnedAt, "returned_at",
            {"ngay tra", "ngay tra ket qua", "returned at", "ngay tra kq", "thoi gian tra ket qua"}},
        {ImportField::BirthDate, "birth_date",
            {"ngay sinh", "ngay thang nam sinh", "birth date", "date of birth", "sinh ngay"}},
        {ImportField::Gender, "gender", {"gioi tinh", "gender", "gioi", "nam nu"}},
    };
    return infos;
}

const FieldInfo *info(ImportField field)
{
    for (const FieldInfo &candidate : fieldInfos()) {
        if (candidate.field == field)
            return &candidate;
    }
    return nullptr;
}

// How well a folded header names a field: 2 for an exact synonym, 1 when a synonym appears in
// it as whole words ("so cccd cmnd cua nguoi nop"), weighted by the synonym's length.
int matchScore(const QString &folded, const FieldInfo &candidate)
{
    int best = 0;
    const QString padded = QLatin1Char(' ') + folded + QLatin1Char(' ');
    for (const char *name : candidate.names) {
        const QString synonym = QString::fromUtf8(name);
        if (folded == synonym)
            return 100000;
        if (padded.contains(QLatin1Char(' ') + synonym + QLatin1Char(' ')))
            best = qMax(best, 100 + static_cast<int>(synonym.size()));
    }
    return best;
}

QString fieldList(LegacyListKind kind)
{
    QStringList keys;
    for (ImportField field : importFields(kind))
        keys << importFieldKey(field);
    keys << importFieldKey(ImportField::Ignore);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString importFieldKey(ImportField field)
{
    const FieldInfo *found = info(field);
    return found ? QString::fromLatin1(found->key) : QString();
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const FieldInfo &candidate : fieldInfos()) {
        if (wanted == QLatin1String(candidate.key))
            return candidate.field;
    }
    return std::nullopt;
}

QList<ImportField> importFields(LegacyListKind kind)
{
    if (kind == LegacyListKind::Citizens) {
        return {ImportField::FullName, ImportField::CitizenId, ImportField::BirthDate, ImportField::Gender,
            ImportField::Phone, ImportField::Address, ImportField::Email};
    }
    return {ImportField::ProcedureCode, ImportField::ApplicantName, ImportField::CitizenId, ImportField::Phone,
        ImportField::Address, ImportField::Email, ImportField::ReceivedAt, ImportField::DossierState,
        ImportField::DoneAt, ImportField::ReturnedAt};
}

QList<ImportField> requiredImportFields(LegacyListKind kind)
{
    if (kind == LegacyListKind::Citizens)
        return {ImportField::FullName, ImportField::CitizenId};
    return {ImportField::ProcedureCode, ImportField::ApplicantName, ImportField::CitizenId, ImportField::ReceivedAt};
}

QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QLatin1Char(static_cast<char>('A' + (n - 1) % 26)));
    return letters;
}

Result<QList<ColumnMapping>> mapColumns(
    const QStringList &header, LegacyListKind kind, const QMap<QString, QString> &overrides)
{
    const QList<ImportField> fields = importFields(kind);
    QList<ColumnMapping> mapping;
    for (int column = 0; column < header.size(); ++column)
        mapping.append(ColumnMapping{column, header.at(column), ImportField::Ignore, true});

    // Overrides first: they win over any guess.
    QList<ImportField> taken;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const QString wanted = it.key().trimmed();
        int column = -1;
        for (int c = 0; c < header.size() && column < 0; ++c) {
            if (TextFold::searchKey(header.at(c)) == TextFold::searchKey(wanted))
                column = c;
        }
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (column < 0 && isNumber && number >= 1 && number <= header.size())
            column = number - 1;
        for (int c = 0; c < header.size() && column < 0; ++c) {
            if (columnLetter(c).compare(wanted, Qt::CaseInsensitive) == 0)
                column = c;
        }
        if (column < 0) {
            return makeError(QStringLiteral("import.unknown_column"),
                tr("The file has no column \"%1\": give a header as written, a column number or a letter. "
                   "Columns: %2")
                    .arg(wanted, header.join(QStringLiteral(", "))));
        }
        const auto field = importFieldFromKey(it.value());
        if (!field || (*field != ImportField::Ignore && !fields.contains(*field))) {
            return makeError(QStringLiteral("import.unknown_field"),
                tr("\"%1\" is not a field of this import; use one of: %2").arg(it.value(), fieldList(kind)));
        }
        if (*field != ImportField::Ignore && taken.contains(*field)) {
            return makeError(
                QStringLiteral("import.field_twice"), tr("Two columns are mapped to %1.").arg(importFieldKey(*field)));
        }
        mapping[column].field = *field;
        mapping[column].guessed = false;
        if (*field != ImportField::Ignore)
            taken.append(*field);
    }

    // Then the best remaining column for each remaining field.
    for (ImportField field : fields) {
        if (taken.contains(field))
            continue;
        const FieldInfo *candidate = info(field);
        int bestColumn = -1;
        int bestScore = 0;
        for (const ColumnMapping &column : std::as_const(mapping)) {
            if (!column.guessed || column.field != ImportField::Ignore)
                continue;
            const int score = matchScore(TextFold::searchKey(column.header), *candidate);
            if (score > bestScore) {
                bestScore = score;
                bestColumn = column.column;
            }
        }
        if (bestColumn >= 0) {
            mapping[bestColumn].field = field;
            taken.append(field);
        }
    }

    QStringList missing;
    for (ImportField field : requiredImportFields(kind)) {
        if (!taken.contains(field))
            missing << importFieldKey(field);
    }
    if (!missing.isEmpty()) {
        return makeError(QStringLiteral("import.missing_field"),
            tr("No column was recognized for %1. Map one with --map COLUMN=FIELD; the columns are: %2")
                .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    }
    return mapping;
}

} // namespace motcua

#include "LegacyImporter.h"

#include "domain/SystemErrorText.h"

#include "Database.h"
#include "DossierRepository.h"
#include "LegacyImportRows.h"
#include "LegacyStatusReplay.h"
#include "domain/TextFold.h"
#include "domain/TimeOrderedUuid.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::LegacyImporter", text);
}

Error sqlError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"), query.lastError().text());
}

// The code LegacyImporter::run returns from inside the transaction to roll a refused file back.
const QString kRefused = QStringLiteral("import.refused");

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("table.open_failed"),
            tr("%1 cannot be opened: %2").arg(path, SystemErrorText::file(file.errorString())));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(QStringLiteral("table.open_failed"), tr("%1 cannot be read.").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

struct OpenedTable
{
    std::unique_ptr<LegacyTable> table;
    QList<ColumnMapping> mapping;
};

Result<OpenedTable> openTable(const QString &path, const LegacyImportOptions &options)
{
    auto table = LegacyTable::open(path, options.table);
    if (!table)
        return table.error();
    auto mapping = mapColumns((*table)->header(), options.kind, options.mapping);
    if (!mapping)
        return mapping.error();
    return OpenedTable{std::move(table).value(), std::move(mapping).value()};
}

QString formatKey(const LegacyTable &table)
{
    return table.format() == LegacyTable::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

Status execText(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return sqlError(query);
    return {};
}

} // namespace

LegacyImporter::LegacyImporter(Database &database, const WorkCalendar &calendar, QString actor)
    : m_database(database)
    , m_calendar(calendar)
    , m_actor(std::move(actor))
{
}

LegacyImporter::~LegacyImporter() = default;

Result<LegacyImportPreview> LegacyImporter::preview(const QString &path, const LegacyImportOptions &options, int rows)
{
    auto opened = openTable(path, options);
    if (!opened)
        return opened.error();
    LegacyTable &table = *opened->table;
    LegacyImportPreview preview;
    preview.format = formatKey(table);
    preview.encoding = LegacyEncoding::key(table.encoding());
    preview.guess = table.guess();
    if (table.format() == LegacyTable::Format::Csv)
        preview.delimiter = QString(QLatin1Char(table.delimiter()));
    preview.header = table.header();
    preview.mapping = opened->mapping;
    LegacyImportRows checker(m_database, options.kind, opened->mapping);
    LegacyTableRow row;
    while (preview.rows.size() < rows) {
        auto more = table.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (LegacyImportRows::isBlank(row))
            continue;
        ImportPreviewRow shown;
        shown.row = row.number;
        shown.values = checker.values(row);
        if (options.kind == LegacyListKind::Dossiers)
            checker.dossier(row, shown.errors);
        else
            checker.citizen(row, shown.errors);
        preview.rows.append(shown);
    }
    return preview;
}

Result<LegacyImportReport> LegacyImporter::run(const QString &path, const LegacyImportOptions &options)
{
    const QString kindKey
        = options.kind == LegacyListKind::Dossiers ? QStringLiteral("dossiers") : QStringLiteral("citizens");
    auto sha256 = fileSha256(path);
    if (!sha256)
        return sha256.error();
    if (!options.allowReimport) {
        QSqlQuery previous(m_database.connection());
        previous.prepare(QStringLiteral("SELECT finished_at, actor, rows_imported FROM import_batches "
                                        "WHERE file_sha256 = ? AND kind = ? ORDER BY finished_at DESC LIMIT 1"));
        previous.addBindValue(*sha256);
        previous.addBindValue(kindKey);
        if (!previous.exec())
            return sqlError(previous);
        if (previous.next()) {
            return makeError(QStringLiteral("import.already_imported"),
                tr("This file was already imported on %1 by %2 (%3 rows). Importing it again would "
                   "duplicate them; insist only if that is what you want.")
                    .arg(previous.value(0).toString(), previous.value(1).toString())
                    .arg(previous.value(2).toLongLong()));
        }
    }

    auto opened = openTable(path, options);
    if (!opened)
        return opened.error();
    LegacyTable &table = *opened->table;
    LegacyImportReport report;
    report.format = formatKey(table);
    report.encoding = LegacyEncoding::key(table.encoding());
    report.guess = table.guess();
    report.mapping = opened->mapping;

    const QString importId = TimeOrderedUuid::next().toString(QUuid::WithoutBraces);
    const QString startedAt = VietnamTime::toIso(VietnamTime::now());
    LegacyImportRows checker(m_database, options.kind, opened->mapping);
    DossierRepository dossiers(m_database, m_calendar, m_actor);
    LegacyStatusReplay replay(m_database, m_actor);
    const int batchSize = qMax(1, options.batchSize);
    qint64 errorCount = 0;
    QSet<QString> citizensSeen;

    auto keepErrors = [&](const QList<ImportRowError> &errors) {
        for (const ImportRowError &e : errors) {
            if (report.errors.size() < options.keepErrors)
                report.errors.append(e);
        }
        errorCount += errors.size();
    };

    // A batch that receiveMany refuses (a check the rows missed) goes again row by row, each
    // in a savepoint, so that only the guilty rows are refused.
    auto writeDossiers = [&](QList<std::pair<qint64, PreparedDossier>> &batch) -> Status {
        if (batch.isEmpty())
            return {};
        QList<ReceiveRequest> requests;
        requests.reserve(batch.size());
        for (const auto &item : std::as_const(batch))
            requests.append(item.second.request);
        QList<Dossier> received;
        received.reserve(batch.size());
        QList<qint64> rowsOfReceived;
        auto status = dossiers.receiveMany(requests, [&](const Dossier &dossier) { received.append(dossier); });
        if (status) {
            for (const auto &item : std::as_const(batch))
                rowsOfReceived.append(item.first);
        } else if (status.error().code.startsWith(QLatin1String("store."))) {
            return status;
        } else {
            received.clear();
            for (const auto &item : std::as_const(batch)) {
                if (auto s = execText(m_database, QStringLiteral("SAVEPOINT import_row")); !s)
                    return s;
                auto one = dossiers.receive(item.second.request);
                if (one) {
                    received.append(*one);
                    rowsOfReceived.append(item.first);
                    if (auto s = execText(m_database, QStringLiteral("RELEASE import_row")); !s)
                        return s;
                    continue;
                }
                if (auto s = execText(m_database, QStringLiteral("ROLLBACK TO import_row")); !s)
                    return s;
                if (auto s = execText(m_database, QStringLiteral("RELEASE import_row")); !s)
                    return s;
                keepErrors({ImportRowError{item.first, -1, {}, {}, one.error().code, one.error().message}});
                ++report.refused;
            }
        }
        QSqlQuery link(m_database.connection());
        link.prepare(
            QStringLiteral("INSERT INTO import_dossiers (import_id, row_number, dossier_id) VALUES (?, ?, ?)"));
        qsizetype index = 0;
        for (const auto &item : std::as_const(batch)) {
            if (index >= received.size() || rowsOfReceived.at(index) != item.first)
                continue;
            const Dossier &dossier = received.at(index++);
            const PreparedDossier &prepared = item.second;
            // The legacy status, replayed through the legal moves at the file's dates.
            const QString id = dossier.id.toString(QUuid::WithoutBraces);
            const QString note = tr("Imported from an old list");
            if (auto s = replay.replay(dossier, prepared.status, prepared.doneAt, prepared.returnedAt, note); !s)
                return s;
            link.addBindValue(importId);
            link.addBindValue(item.first);
            link.addBindValue(id);
            if (auto s = exec(link); !s)
                return s;
            ++report.imported;
        }
        batch.clear();
        return {};
    };

    auto writeCitizens = [&](QList<std::pair<qint64, PreparedCitizen>> &batch) -> Status {
        if (batch.isEmpty())
            return {};
        QSqlQuery known(m_database.connection());
        known.prepare(QStringLiteral("SELECT 1 FROM citizens WHERE citizen_id = ?"));
        QSqlQuery upsert(m_database.connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO citizens (id, citizen_id, full_name, name_key, birth_date, gender, phone, address, email, "
            "import_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (citizen_id) DO UPDATE SET full_name = excluded.full_name, name_key = excluded.name_key, "
            "birth_date = coalesce(excluded.birth_date, birth_date), "
            "gender = CASE excluded.gender WHEN '' THEN gender ELSE excluded.gender END, "
            "phone = CASE excluded.phone WHEN '' THEN phone ELSE excluded.phone END, "
            "address = CASE excluded.address WHEN '' THEN address ELSE excluded.address END, "
            "email = CASE excluded.email WHEN '' THEN email ELSE excluded.email END, "
            "import_id = excluded.import_id, updated_at = excluded.updated_at"));
        const QString now = VietnamTime::toIso(VietnamTime::now());
        for (const auto &[row, citizen] : std::as_const(batch)) {
            known.addBindValue(citizen.citizenId);
            if (auto s = exec(known); !s)
                return s;
            const bool existed = known.next();
            known.finish();
            upsert.addBindValue(TimeOrderedUuid::next().toString(QUuid::WithoutBraces));
            upsert.addBindValue(citizen.citizenId);
            upsert.addBindValue(citizen.fullName);
            upsert.addBindValue(TextFold::searchKey(citizen.fullName));
            upsert.addBindValue(citizen.birthDate.isEmpty() ? QVariant() : QVariant(citizen.birthDate));
            upsert.addBindValue(citizen.gender.isNull() ? QStringLiteral("") : citizen.gender);
            upsert.addBindValue(citizen.phone.isNull() ? QStringLiteral("") : citizen.phone);
            upsert.addBindValue(citizen.address.isNull() ? QStringLiteral("") : citizen.address);
            upsert.addBindValue(citizen.email.isNull() ? QStringLiteral("") : citizen.email);
            upsert.addBindValue(importId);
            upsert.addBindValue(now);
            upsert.addBindValue(now);
            if (auto s = exec(upsert); !s)
                return s;
            ++(existed ? report.updated : report.imported);
        }
        batch.clear();
        return {};
    };

    const Status written = m_database.write([&]() -> Status {
        // The batch row first: import_dossiers and citizens refer to it. Its counts come at the end.
        QSqlQuery batchRow(m_database.connection());
        batchRow.prepare(QStringLiteral(
            "INSERT INTO import_batches (id, kind, file_name, file_sha256, file_format, encoding, mode, actor, "
            "device, started_at, finished_at, rows_read, rows_imported, rows_refused) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)"));
        for (const QVariant &value : {QVariant(importId), QVariant(kindKey), QVariant(QFileInfo(path).fileName()),
                 QVariant(*sha256), QVariant(report.format), QVariant(report.encoding),
                 QVariant(options.mode == ImportMode::AllOrNothing ? QStringLiteral("all_or_nothing")
                                                                   : QStringLiteral("valid_rows")),
                 QVariant(m_actor), QVariant(m_database.deviceId()), QVariant(startedAt), QVariant(startedAt)})
            batchRow.addBindValue(value);
        if (auto s = exec(batchRow); !s)
            return s;

        QList<std::pair<qint64, PreparedDossier>> dossierBatch;
        QList<std::pair<qint64, PreparedCitizen>> citizenBatch;
        LegacyTableRow row;
        QList<ImportRowError> rowErrors;
        // In all-or-nothing mode, writing stops at the first refused row; reading goes on so that
        // the officer sees every problem of the file at once.
        auto writing = [&]() { return options.mode == ImportMode::ValidRows || errorCount == 0; };
        while (true) {
            auto more = table.next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (LegacyImportRows::isBlank(row))
                continue;
            ++report.rowsRead;
            rowErrors.clear();
            if (options.kind == LegacyListKind::Dossiers) {
                auto prepared = checker.dossier(row, rowErrors);
                if (prepared && writing())
                    dossierBatch.append({row.number, std::move(*prepared)});
            } else {
                auto prepared = checker.citizen(row, rowErrors);
                if (prepared && citizensSeen.contains(prepared->citizenId)) {
                    rowErrors.append(ImportRowError{row.number, -1, {}, importFieldKey(ImportField::CitizenId),
                        QStringLiteral("import.duplicate_in_file"),
                        tr("The citizen ID %1 is already on an earlier row of this file.").arg(prepared->citizenId)});
                    prepared.reset();
                }
                if (prepared) {
                    citizensSeen.insert(prepared->citizenId);
                    if (writing())
                        citizenBatch.append({row.number, std::move(*prepared)});
                }
            }
            if (!rowErrors.isEmpty()) {
                ++report.refused;
                keepErrors(rowErrors);
            }
            if (!writing()) {
                dossierBatch.clear();
                citizenBatch.clear();
            }
            if (dossierBatch.size() >= batchSize || citizenBatch.size() >= batchSize
                || (report.rowsRead % batchSize == 0)) {
                if (auto s = writeDossiers(dossierBatch); !s)
                    return s;
                if (auto s = writeCitizens(citizenBatch); !s)
                    return s;
                if (options.progress
                    && !options.progress(ImportProgress{report.rowsRead, table.bytesRead(), table.totalBytes()})) {
                    return makeError(
                        QStringLiteral("import.cancelled"), tr("The import was cancelled: nothing of it was saved."));
                }
            }
        }
        if (writing()) {
            if (auto s = writeDossiers(dossierBatch); !s)
                return s;
            if (auto s = writeCitizens(citizenBatch); !s)
                return s;
        }
        if (options.progress)
            options.progress(ImportProgress{report.rowsRead, table.bytesRead(), table.totalBytes()});
        if (options.mode == ImportMode::AllOrNothing && errorCount > 0)
            return makeError(kRefused, QString());
        QSqlQuery finish(m_database.connection());
        finish.prepare(QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_read = ?, rows_imported = ?, "
                                      "rows_refused = ? WHERE id = ?"));
        finish.addBindValue(VietnamTime::toIso(VietnamTime::now()));
        finish.addBindValue(report.rowsRead);
        finish.addBindValue(report.imported + report.updated);
        finish.addBindValue(report.refused);
        finish.addBindValue(importId);
        return exec(finish);
    });
    if (!written && written.error().code != kRefused)
        return written.error();
    report.committed = written.ok();
    if (report.committed) {
        report.importId = importId;
    } else {
        report.imported = 0;
        report.updated = 0;
    }
    return report;
}

} // namespace motcua

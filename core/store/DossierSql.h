#pragma once

#include "IsoTime.h"
#include "domain/Result.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

#include <optional>

// Small helpers shared by the DossierRepository sources (not a public interface).
namespace motcua::DossierSql {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::DossierRepository", text);
}

inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// QtSql binds a null QString as SQL NULL: optional texts (phone, note, …) are stored as ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

inline QVariant timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(VietnamTime::toIso(at)) : nullText();
}

inline QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return VietnamTime::parseIso(value.toString()).value_or(QDateTime());
}

// The store keeps seconds: a dossier handed back must equal the one read again later.
inline QDateTime toStoredPrecision(const QDateTime &at)
{
    return QDateTime::fromSecsSinceEpoch(IsoTime::floorSeconds(at), VietnamTime::zone());
}

inline Error writeError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.write_failed"),
                     tr("The dossier could not be saved: %1").arg(query.lastError().text()));
}

inline Error readError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.read_failed"),
                     tr("The dossier could not be read: %1").arg(query.lastError().text()));
}

// Runs a statement prepared once and kept for the repository's life.
inline Status run(std::optional<QSqlQuery> &slot, const QSqlDatabase &db, const QString &sql,
                  const QVariantList &values)
{
    if (!slot) {
        slot.emplace(db);
        slot->setForwardOnly(true);
        if (!slot->prepare(sql)) {
            Error error = writeError(*slot);
            slot.reset();
            return error;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        slot->bindValue(static_cast<int>(i), values.at(i));
    if (!slot->exec()) {
        Error error = writeError(*slot);
        slot->finish();
        return error;
    }
    return {};
}

// Reads the first row and resets the statement, so that no read stays open.
inline std::optional<QVariantList> firstRow(QSqlQuery &query, int columns)
{
    std::optional<QVariantList> row;
    if (query.next()) {
        row.emplace();
        for (int i = 0; i < columns; ++i)
            row->append(query.value(i));
    }
    query.finish();
    return row;
}

} // namespace motcua::DossierSql

#include "SyncAttention.h"

#include "Database.h"
#include "domain/VietnamTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::SyncAttention", text);
}

Error readError(const QSqlQuery &query)
{
    return makeError(QStringLiteral("store.read_failed"),
        tr("The list of changes the server refused could not be read: %1").arg(query.lastError().text()));
}

// Per dossier: its refused ops (the first one, in the order they were made, is the root cause:
// op ids are time-ordered) and its ops still waiting in the outbox; then the dossiers whose only
// trouble is a scan the sync refused to carry (ScanUploads::refuse), as long as a document of the
// dossier still holds that scan.
const char kAttentionSql[] = R"(
    WITH refused AS (
        SELECT entity_id, op_id, reason, message, rejected_at FROM sync_rejected_ops
        WHERE reason <> 'conflict.superseded' AND (? = '' OR entity_id = ?)),
    per_dossier AS (
        SELECT entity_id, count(*) AS refused_ops, min(op_id) AS first_op, min(rejected_at) AS first_at
        FROM refused GROUP BY entity_id),
    scans AS (
        SELECT dd.dossier_id AS entity_id, count(*) AS refused_scans, min(m.value) AS reason
        FROM meta m JOIN dossier_documents dd ON dd.attachment_sha256 = substr(m.key, length('sync_scan_refused:') + 1)
        WHERE m.key >= 'sync_scan_refused:' AND m.key < 'sync_scan_refused;'
            AND (? = '' OR dd.dossier_id = ?)
        GROUP BY dd.dossier_id)
    SELECT p.entity_id, coalesce(d.code, ''), coalesce(d.applicant_name, ''), p.refused_ops,
        (SELECT count(*) FROM outbox o WHERE o.entity_id = p.entity_id),
        r.reason, r.message, p.first_at, coalesce(s.refused_scans, 0)
    FROM per_dossier p
    JOIN refused r ON r.op_id = p.first_op
    LEFT JOIN dossiers d ON d.id = p.entity_id
    LEFT JOIN scans s ON s.entity_id = p.entity_id
    UNION ALL
    SELECT s.entity_id, coalesce(d.code, ''), coalesce(d.applicant_name, ''), 0, 0, s.reason, '', '',
        s.refused_scans
    FROM scans s
    LEFT JOIN dossiers d ON d.id = s.entity_id
    WHERE s.entity_id NOT IN (SELECT entity_id FROM per_dossier)
    ORDER BY 8, 1)";

} // namespace

SyncAttention::SyncAttention(Database &database)
    : m_database(database)
{
}

QString SyncAttention::supersededReason()
{
    return QStringLiteral("conflict.superseded");
}

Result<QList<DossierAttention>> SyncAttention::query(const QString &dossierId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(kAttentionSql)))
        return readError(query);
    // A null QString binds as NULL, and NULL = '' is not true: "all dossiers" is bound as "".
    const QString which = dossierId.isNull() ? QStringLiteral("") : dossierId;
    // The query's four "?": two in `refused`, two in `scans`.
    for (int bound = 0; bound < 4; ++bound)
        query.addBindValue(which);
    if (!query.exec())
        return readError(query);
    QList<DossierAttention> dossiers;
    while (query.next()) {
        DossierAttention attention;
        attention.dossierId = query.value(0).toString();
        attention.code = query.value(1).toString();
        attention.applicantName = query.value(2).toString();
        attention.rejectedOps = query.value(3).toInt();
        attention.heldOps = query.value(4).toInt();
        attention.reason = query.value(5).toString();
        attention.message = query.value(6).toString();
        attention.firstRejectedAt = VietnamTime::parseIso(query.value(7).toString()).value_or(QDateTime());
        attention.refusedScans = query.value(8).toInt();
        dossiers.append(attention);
    }
    return dossiers;
}

Result<QList<DossierAttention>> SyncAttention::list() const
{
    return query(QString());
}

Result<qint64> SyncAttention::dossierCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(DISTINCT entity_id) FROM sync_rejected_ops "
                                   "WHERE reason <> 'conflict.superseded'"))
        || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Result<std::optional<DossierAttention>> SyncAttention::forDossier(const QString &dossierId) const
{
    if (dossierId.isEmpty())
        return std::optional<DossierAttention>();
    auto found = query(dossierId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<DossierAttention>();
    return std::optional<DossierAttention>(found->first());
}

} // namespace motcua

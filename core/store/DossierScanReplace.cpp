// DossierRepository: a new scan for one document of a dossier, after the province server refused
// the old one or the officer scanned the wrong paper.
#include "DossierRepository.h"

#include "AttachmentStore.h"
#include "Database.h"
#include "DossierJson.h"
#include "DossierSql.h"
#include "ScanUploads.h"

#include <QJsonDocument>

namespace motcua {

using namespace DossierSql;

Result<Dossier> DossierRepository::replaceScan(
    const QString &idOrCode, int position, const QString &sourceFile, const QDateTime &at, const QString &actor)
{
    // The file reaches the disk before the row that names it can commit.
    AttachmentStore attachments(m_database);
    QStringList created;
    Dossier changed;
    auto status = m_database.write([&]() -> Status {
        auto found = find(idOrCode);
        if (!found)
            return found.error();
        Dossier dossier = std::move(found).value();
        if (position < 0 || position >= dossier.documents.size()) {
            return makeError(QStringLiteral("dossier.no_document"),
                tr("Dossier %1 has no document %2: its documents are numbered 1 to %3.")
                    .arg(dossier.code)
                    .arg(position + 1)
                    .arg(dossier.documents.size()));
        }
        auto stored = attachments.put(sourceFile);
        if (!stored)
            return stored.error();
        if (stored->created)
            created << stored->sha256;
        ReceivedDocument &document = dossier.documents[position];
        const QString title = document.title;
        const QString old
            = document.attachmentSha256.isEmpty() ? document.pendingScanSha256 : document.attachmentSha256;
        if (old == stored->sha256) {
            return makeError(QStringLiteral("scan.same"),
                tr("This file is the scan that \"%1\" has already: choose the new scan.").arg(title));
        }
        const QDateTime when = toStoredPrecision(at.isValid() ? at : VietnamTime::now());
        const int baseVersion = dossier.version;
        dossier.version = baseVersion + 1;
        document.attachmentSha256 = stored->sha256;
        document.pendingScanSha256.clear();

        QSqlQuery update(m_database.connection());
        update.prepare(
            QStringLiteral("UPDATE dossier_documents SET attachment_sha256 = ? WHERE dossier_id = ? AND position = ?"));
        update.addBindValue(stored->sha256);
        update.addBindValue(uuidText(dossier.id));
        update.addBindValue(position);
        if (!update.exec())
            return writeError(update);
        update.prepare(QStringLiteral("UPDATE dossiers SET version = ?, updated_at = ? WHERE id = ? AND version = ?"));
        update.addBindValue(dossier.version);
        update.addBindValue(VietnamTime::toIso(when));
        update.addBindValue(uuidText(dossier.id));
        update.addBindValue(baseVersion);
        if (!update.exec())
            return writeError(update);
        if (update.numRowsAffected() != 1) {
            return makeError(QStringLiteral("dossier.changed"),
                tr("Dossier %1 was changed by someone else meanwhile: open it again.").arg(dossier.code));
        }
        // The old scan's refusal is settled once no document of this desk names that scan.
        if (!old.isEmpty()) {
            update.prepare(QStringLiteral("DELETE FROM meta WHERE key = ? AND NOT EXISTS "
                                          "(SELECT 1 FROM dossier_documents WHERE attachment_sha256 = ?)"));
            update.addBindValue(ScanUploads::refusedKey(old));
            update.addBindValue(old);
            if (!update.exec())
                return writeError(update);
        }

        const DossierEvent event = sameStatusEvent(
            dossier, when, actor, QStringLiteral("replace_scan"), tr("New scan of \"%1\"").arg(title));
        QJsonObject fields;
        fields.insert(QStringLiteral("documents"), DossierJson::dossier(dossier).value(QStringLiteral("documents")));
        fields.insert(QStringLiteral("version"), dossier.version);
        fields.insert(QStringLiteral("updated_at"), VietnamTime::toIso(when));
        fields.insert(QStringLiteral("event"), DossierJson::event(event));
        if (auto s = insertEventAndOp(event, baseVersion, QJsonDocument(fields).toJson(QJsonDocument::Compact),
                {stored->sha256}, VietnamTime::now());
            !s)
            return s;
        changed = std::move(dossier);
        return {};
    });
    if (!status) {
        attachments.discardUnreferenced(created);
        return status.error();
    }
    return changed;
}

} // namespace motcua

#include "SyncReasons.h"

#include <QCoreApplication>

namespace motcua::SyncReasons {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::SyncReasons", text);
}

} // namespace

SyncAdvice explain(const QString &reason, const QString &message)
{
    const QString askAdmin = tr("Tell the province administrator the dossier code; the dossier is kept on this "
                                "computer meanwhile.");
    if (reason == QLatin1String("blob.too_large")) {
        return {tr("A scan of this dossier is larger than the 64 MiB that sync can carry, so the dossier was not "
                   "sent and its later changes were refused."),
            tr("Scan the paper again at a lower resolution or split it into several files, then tell the province "
               "administrator the dossier code.")};
    }
    if (reason == QLatin1String("scan.too_large")) {
        return {tr("A scan of this dossier is larger than the 64 MiB that sync can carry: the dossier's record "
                   "reached the province, but this scan never will."),
            tr("Scan the paper again at a lower resolution and attach the new file to the document with \"Replace "
               "scan…\" in the dossier; the next sync sends it.")};
    }
    if (reason == QLatin1String("attachment.missing") || reason == QLatin1String("attachment.corrupt")
        || reason == QLatin1String("attachment.invalid_hash")) {
        return {tr("A scan of this dossier is missing or damaged on this computer, so the dossier could not be "
                   "sent."),
            tr("Scan the paper again and attach it to the document with \"Replace scan…\" in the dossier. If the "
               "dossier's changes were refused too, tell the province administrator the dossier code.")};
    }
    if (reason == QLatin1String("record.unknown")) {
        return {tr("The province server does not have this dossier (its receipt did not reach the server), so it "
                   "refused the later changes."),
            askAdmin};
    }
    if (reason == QLatin1String("scope.commune")) {
        return {tr("This dossier belongs to another commune: the server refused the change."), askAdmin};
    }
    if (reason.startsWith(QLatin1String("lifecycle."))) {
        return {tr("The server refused a status change of this dossier: it breaks the legal workflow (%1).")
                    .arg(message.isEmpty() ? reason : message),
            tr("Check the dossier's status with the handling officer; %1").arg(askAdmin)};
    }
    if (reason == QLatin1String("request.malformed") || reason == QLatin1String("entity.unknown")
        || reason.startsWith(QLatin1String("fields."))) {
        return {
            tr("The server could not accept a change of this dossier (%1).").arg(message.isEmpty() ? reason : message),
            askAdmin};
    }
    return {tr("The server refused a change of this dossier: %1").arg(message.isEmpty() ? reason : message), askAdmin};
}

} // namespace motcua::SyncReasons

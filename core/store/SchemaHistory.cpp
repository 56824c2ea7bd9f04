#include "Schema.h"

namespace motcua::Schema {

// motcua-sync/2 on the desk (issue 9): the whole history and the scans still on their way, and the
// ops of USB bundles that this desk forwards to the province.
QStringList historyVersion6()
{
    return {
        // The scan a document's record names while its bytes are not on this desk yet (the server
        // has not received them, or the download has not happened): "scan pending". It cannot be
        // attachment_sha256, which references a stored attachment. Cleared when the scan arrives.
        QStringLiteral("ALTER TABLE dossier_documents ADD COLUMN pending_sha256 TEXT"),
        // The device that made an op this desk forwards (an op imported from a USB bundle); empty
        // for this desk's own ops. The server deduplicates on (origin, op id), so a forwarded op
        // and the origin's own push of it are applied once.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN origin_device TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace motcua::Schema

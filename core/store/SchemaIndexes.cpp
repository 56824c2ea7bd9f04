#include "Schema.h"

namespace motcua::Schema {

// Indexes for what the desk reads at every start (issue 11: an encrypted store decrypts each page
// a query reads, so a query that reads the whole table shows).
QStringList indexesVersion7()
{
    return {
        // The documents that hold a given scan, without reading every document: the dossiers whose
        // scan the sync refused (SyncAttention). Most documents have no scan: left out.
        QStringLiteral("CREATE INDEX dossier_documents_scan ON dossier_documents (attachment_sha256) "
                       "WHERE attachment_sha256 IS NOT NULL"),
        // The status index also covers the "late" count of the queue's tab, which compares a done
        // dossier's done_at with its due date: without done_at every done dossier's row was read.
        QStringLiteral("DROP INDEX dossiers_status_due"),
        QStringLiteral("CREATE INDEX dossiers_status_due ON dossiers (status, due_date, done_at)"),
    };
}

} // namespace motcua::Schema

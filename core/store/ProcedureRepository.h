#pragma once

#include "ProcedureSearch.h"
#include "domain/Procedure.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;
struct Catalog;

// What one catalog import did.
struct ImportSummary
{
    int version = 0; // the catalog version now installed
    int added = 0; // procedures new to this store
    int updated = 0; // procedures whose content changed (or that came back into the catalog)
    int unchanged = 0; // procedures already stored exactly as the catalog has them
    int deactivated = 0; // procedures the catalog no longer lists: kept, because dossiers refer to them

    int changes() const { return added + updated + deactivated; }
};

// The procedure catalog of the local store: installs the catalog that the province publishes,
// looks procedures up by code or legacy code, and searches them. Procedures are never deleted,
// because dossiers refer to them by code; a procedure the catalog drops becomes inactive.
// Belongs to the thread of its Database, which must outlive it.
class ProcedureRepository final
{
public:
    explicit ProcedureRepository(Database &database);
    ProcedureRepository(const ProcedureRepository &) = delete;
    ProcedureRepository &operator=(const ProcedureRepository &) = delete;

    // Installs catalog in one transaction: procedures matched by code are added or updated (their
    // documents replaced), the ones it no longer lists become inactive, legacy codes (aliases) are
    // recorded and kept, and the search index follows. Re-importing the installed version changes
    // nothing. Fails, changing nothing, with "catalog.older_version" (older than the installed
    // catalog), "catalog.invalid" (empty or duplicate code, empty name), "catalog.alias_is_code"
    // (a legacy code that is also the code of a procedure in the catalog), "catalog.duplicate_alias"
    // (one legacy code given to two procedures), or a store error.
    Result<ImportSummary> importCatalog(const Catalog &catalog);

    // The version of the installed catalog; 0 before the first import.
    int installedVersion() const;

    // The procedure with this code, else the one this legacy code now means; active or not, with
    // its documents (in catalog order) and aliases (sorted).
    std::optional<Procedure> find(const QString &codeOrAlias) const;

    // Procedures stored, active or not.
    int count() const;
    // Procedures of the installed catalog.
    int activeCount() const;

    // See ProcedureSearch::search.
    QList<ProcedureHit> search(const QString &text, int limit = 20) { return m_search.search(text, limit); }
    const std::optional<Error> &lastSearchFailure() const { return m_search.lastFailure(); }

private:
    Database &m_database;
    ProcedureSearch m_search;
};

} // namespace motcua

#pragma once

#include "domain/Result.h"
#include "io/BundleFormat.h"

#include <QString>

namespace motcua {

class Database;

// What importing one bundle did on this device (counts of ops).
struct BundleImportSummary
{
    BundleManifest manifest;
    int applied = 0; // written to the local tables as a pulled record would be
    int known = 0; // the store had the change already (e.g. pulled from the server)
    int conflicts = 0; // the record has pending local ops: a conflict for the data clerk
    int unapplied = 0; // kept, but its record or procedure is missing here
    int duplicates = 0; // imported before (this bundle or another one carrying the op)
    int blobs = 0; // attachments stored (already present ones included)
    QString keptFile; // the copy of the bundle kept under DATA/bundles/
};

// `motcua-cli bundle import FILE` at another enrolled device of the same commune
// (docs/bundle-format.md "Importing at a device"). The whole file is verified first (frame,
// province certificate, commune, signature, every checksum); then, in ONE transaction, the
// attachments are stored and each op is applied the way a pulled record is: a dossier this store
// does not have is created, one with pending local ops (or an open conflict) becomes a conflict
// and is never overwritten. Every op is kept in bundle_ops under (origin device, op id), and the
// file itself under DATA/bundles/, so nothing is lost; the importer never pushes these ops as its
// own: the origin device's own push, or the province's `import-bundle`, delivers them.
class BundleImport final
{
public:
    explicit BundleImport(Database &database);

    // Errors: "bundle.no_key" (this device has no province key: re-enroll), "bundle.own_bundle",
    // the reader's refusals (bundle.truncated, bundle.checksum_mismatch, bundle.bad_signature,
    // bundle.untrusted_certificate, bundle.foreign_commune, …), "store.write_failed". On any
    // error nothing was applied.
    Result<BundleImportSummary> importFile(const QString &path);

private:
    Database &m_database;
};

} // namespace motcua

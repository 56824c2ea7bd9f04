#pragma once

#include "domain/Result.h"

#include <QString>

namespace motcua {

class Database;

// Who this installation works for: the commune's official code (5 digits, the administrative
// unit code) and the names printed on the forms. Store-wide (meta table), so every officer, the
// desk and the CLI read the same values; the commune code is also the agency part of new dossier
// codes (DossierRepository), so it is set before the first dossier. Enrollment fills the code and
// the commune name from the province server (SyncState::saveEnrollment).
struct CommuneProfile
{
    QString communeCode; // "01234"
    QString communeName; // "Mường Phăng" (without "xã")
    QString agencyName; // "Trung tâm Phục vụ hành chính công xã Mường Phăng"; empty: the forms' default
    QString province; // "Điện Biên"
    QString returnPlace; // where results are handed back; empty: the forms' default

    bool isSet() const { return !communeCode.isEmpty(); }

    // Errors: "commune.invalid_code" (not 5 digits, or 00000), "commune.name_required". Names are
    // trimmed; a leading "xã"/"Xã" of the commune name is dropped (the forms add it).
    static Result<CommuneProfile> normalized(const CommuneProfile &typed);
    // The name without a leading "xã" (the server may send "Xã Minh Quang").
    static QString bareName(const QString &communeName);

    static Result<CommuneProfile> load(const Database &database);
    // Validates (normalized) and stores in one transaction.
    static Status save(Database &database, const CommuneProfile &profile);
};

} // namespace motcua

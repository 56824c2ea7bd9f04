#pragma once

#include "Result.h"

#include <QString>

namespace motcua {

// The applicant's phone and e-mail as the receipt stores them: one rule for the intake form,
// which checks them as they are typed, and for DossierRepository, which refuses them at saving.
namespace ContactDetails {

// Empty stays empty; separators (spaces, dots, dashes, brackets) are dropped. Error
// "dossier.invalid_phone": not 9–11 digits after 0, 84 or +84.
Result<QString> phone(const QString &typed);
// Trimmed; error "dossier.invalid_email".
Result<QString> email(const QString &typed);

} // namespace ContactDetails
} // namespace motcua

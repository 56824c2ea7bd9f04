#include "Schema.h"

namespace motcua::Schema {

// Tables of the the data clerk and mobile teams: duplicates, legacy imports, USB bundles.
QStringList clerkVersion4()
{
    return {};
}

} // namespace motcua::Schema

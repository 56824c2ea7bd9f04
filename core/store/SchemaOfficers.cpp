#include "Schema.h"

namespace motcua::Schema {

// Tables of the officer accounts, roles and sessions.
QStringList officersVersion3()
{
    return {};
}

} // namespace motcua::Schema

#include "Schema.h"

namespace motcua::Schema {

// Tables of the sync engine (sync/client): records pulled from the province, conflicts, sync state.
QStringList syncVersion2()
{
    return {};
}

} // namespace motcua::Schema

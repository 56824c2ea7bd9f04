#pragma once

#include <QStringList>

namespace motcua::Schema {

// The ordered migration steps: step N brings user_version N-1 to N. Never edit a released step;
// append a new one.
QList<QStringList> migrationSteps();

} // namespace motcua::Schema

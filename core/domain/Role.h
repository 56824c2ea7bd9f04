#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// What an officer does at the one-stop desk (docs/roles.md). An officer may hold several roles;
// Permissions says what each one allows.
enum class Role { Reception, Handling, Leader, Clerk, Admin };

QString roleKey(Role role); // "reception", "handling", "leader", "clerk", "admin"
std::optional<Role> roleFromKey(const QString &key);
QString roleTitle(Role role); // in the UI language
QList<Role> allRoles();

} // namespace motcua

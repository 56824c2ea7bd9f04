#include "Role.h"

#include <QCoreApplication>

namespace motcua {

QList<Role> allRoles()
{
    return {Role::Reception, Role::Handling, Role::Leader, Role::Clerk, Role::Admin};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Reception:
        return QStringLiteral("reception");
    case Role::Handling:
        return QStringLiteral("handling");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (Role role : allRoles()) {
        if (roleKey(role) == wanted)
            return role;
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Reception:
        return QCoreApplication::translate("Role", "Reception");
    case Role::Handling:
        return QCoreApplication::translate("Role", "Handling");
    case Role::Leader:
        return QCoreApplication::translate("Role", "Leader");
    case Role::Clerk:
        return QCoreApplication::translate("Role", "Data clerk");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

} // namespace motcua

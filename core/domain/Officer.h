#pragma once

#include "Role.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace motcua {

// A local officer account of this desk. The password hash never leaves OfficerRepository.
struct Officer
{
    QUuid id;
    QString username; // lower case, [a-z0-9._-]
    QString fullName; // NFC
    QList<Role> roles;
    bool active = true;

    bool has(Role r) const { return roles.contains(r); }
    // Who acted, as recorded in dossier events: "fullName (username)".
    QString actorLabel() const;
};

} // namespace motcua

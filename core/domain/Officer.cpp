#include "Officer.h"

namespace motcua {

QString Officer::actorLabel() const
{
    if (fullName.trimmed().isEmpty())
        return username;
    return QStringLiteral("%1 (%2)").arg(fullName.trimmed(), username);
}

} // namespace motcua

#include "Sodium.h"

#include <sodium.h>

namespace motcua::vault {

bool sodiumReady()
{
    // sodium_init is safe to call again and from several threads; the static runs it once.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace motcua::vault

#pragma once

namespace motcua::vault {

// sodium_init once; false when libsodium cannot start (then nothing may be encrypted).
bool sodiumReady();

} // namespace motcua::vault

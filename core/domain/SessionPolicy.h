#pragma once

namespace motcua {

// How long an unattended desk stays unlocked. Stored in the meta table under
// "session_idle_lock_minutes" (OfficerRepository::sessionPolicy / setSessionPolicy).
struct SessionPolicy
{
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 240;

    int idleLockMinutes = 10;
};

} // namespace motcua

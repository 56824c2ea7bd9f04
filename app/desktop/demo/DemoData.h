#pragma once

#include "domain/Officer.h"
#include "domain/Result.h"

#include <QString>

namespace motcua::desktop {

class DeskContext;

// A believable desk for demonstrations and the screenshots: the seed catalog (DeskContext already
// installed it), an administrator, a reception and a handling officer, and `dossiers` dossiers
// received over the last weeks in every status, some of them late.
namespace DemoData {

inline constexpr auto kAdminUsername = "admin";
inline constexpr auto kPassword = "motcua-demo"; // every demo account; never a real desk's

Result<Officer> populate(DeskContext &context, int dossiers);

} // namespace DemoData
} // namespace motcua::desktop

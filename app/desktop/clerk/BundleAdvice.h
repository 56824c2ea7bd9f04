#pragma once

#include <QString>

namespace motcua::clerk {

// What the officer can do about a refused USB bundle, in plain words, for the refusal's reason
// code ("bundle.nothing_pending"): the dialog shows this, never the code itself.
QString bundleAdvice(const QString &reasonCode);

} // namespace motcua::clerk

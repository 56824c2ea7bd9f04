#pragma once

#include <QUuid>

namespace motcua {

// UUIDs of version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter that keeps the
// ids of one process strictly increasing within a millisecond, then random bits. Records made
// one after another get neighbouring keys, so the store's unique indexes grow at their right
// edge instead of taking a random page per insert: that is what keeps bulk receipt fast on a
// million dossiers. The random part still makes ids of different devices distinct.
namespace TimeOrderedUuid {

QUuid next();

} // namespace TimeOrderedUuid
} // namespace motcua

#pragma once

#include <QString>

namespace motcua {

// What a refused change means for the officer: the problem in plain words and what to do.
struct SyncAdvice
{
    QString problem;
    QString action;
};

// The one table from the reason codes of refused ops (push "rejected", or set aside by the client
// before sending) to plain words. Every screen and the CLI explain a refusal through it, so they
// say the same thing. An unknown code keeps the server's own message.
namespace SyncReasons {

SyncAdvice explain(const QString &reason, const QString &message);

} // namespace SyncReasons
} // namespace motcua

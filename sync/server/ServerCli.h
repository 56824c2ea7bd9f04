#pragma once

#include <QStringList>

namespace motcua::server {

// The `motcua-server` command line: enroll (issue a one-time code), devices, revoke and serve.
// Exit codes: 0 success, 1 a refused request (unknown device, bad option), 2 usage error.
class ServerCli final
{
public:
    // arguments without the program name. serve runs the event loop until the process is stopped.
    static int run(const QStringList &arguments);
};

} // namespace motcua::server

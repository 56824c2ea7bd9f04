#pragma once

#include "domain/Result.h"

namespace motcua::server {

class ServerDatabase;

// The server's tables, created or upgraded in one transaction when the database is opened (by
// `serve` and by every admin command). A database written by a newer server is refused.
Status createServerSchema(ServerDatabase &db);

} // namespace motcua::server

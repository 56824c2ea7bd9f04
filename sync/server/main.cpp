#include "ServerCli.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // The database holds the province signing key and every commune's records: whatever the
    // server creates (folders, the SQLite file and its WAL, SHM and journal) is its user's alone.
    umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-server"));
    return motcua::server::ServerCli::run(app.arguments().mid(1));
}

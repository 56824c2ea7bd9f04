// motcua-cli: MotCua's core and sync from the command line, for scripts and for the desk when
// no window is at hand. Global options come before the command.

#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMap>

#include <functional>

using namespace motcua::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QString usage()
{
    return tr("Usage: motcua-cli [--data DIR] [--actor NAME] COMMAND [ARGS]\n"
              "\n"
              "Commands:\n"
              "  catalog import FILE | search TEXT | show CODE    the procedure catalog\n"
              "  dossier receive | list | show | move | replace-scan  citizens' dossiers\n"
              "  calendar lunar | holidays | due | import        the legal calendar\n"
              "  citizen-id NUMBER...                             check and decode citizen IDs\n"
              "  device [--commune CODE]                          this installation's identity\n"
              "  enroll --server URL --code CODE [--ca FILE]      enroll with the province server\n"
              "  sync [--json] [--watch]                          sync now (or keep syncing)\n"
              "  status [--json] [--offline]                      what waits to be synced, last sync, link\n"
              "  bundle export FILE | import FILE [--json]        carry pending work on a USB stick\n"
              "  officer add | list | passwd | roles | disable    the desk's officer accounts and roles\n"
              "  report statistics | register --from D --to D     the province's report, the register (form 06)\n"
              "  conflicts list | resolve ID --take mine|server   records changed here and on the server\n"
              "  duplicates list | merge KEEP OTHER | dismiss A B dossiers probably received twice\n"
              "  import dossiers|citizens FILE [--preview]        old lists (CSV, XLSX, legacy encodings)\n"
              "\n"
              "Options:\n"
              "  --data DIR    data folder (default: $MOTCUA_DATA, else the application-data folder)\n"
              "  --actor NAME  who acts, recorded in every event (default: $MOTCUA_ACTOR, else the login name);\n"
              "                an encrypted folder opens only for an officer ($MOTCUA_OFFICER and\n"
              "                $MOTCUA_PASSWORD, else asked), who is then the actor\n"
              "  --verbose     also print the store's progress messages\n"
              "  --version     print the version\n"
              "Each command accepts --help; most accept --json.\n");
}

QString defaultActor()
{
    QString actor = qEnvironmentVariable("MOTCUA_ACTOR");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER");
    return actor.isEmpty() ? QStringLiteral("officer") : actor;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QStringList args = app.arguments().mid(1);
    QString dataDir;
    QString actor = defaultActor();
    bool actorGiven = false;
    QTextStream err(stderr);
    bool verbose = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        auto takeValue = [&](const QString &name, QString *target) {
            if (option.startsWith(name + QLatin1Char('='))) {
                *target = option.mid(name.size() + 1);
                return true;
            }
            if (option == name && !args.isEmpty()) {
                *target = args.takeFirst();
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--data"), &dataDir))
            continue;
        if (takeValue(QStringLiteral("--actor"), &actor)) {
            actorGiven = true;
            continue;
        }
        if (option == QLatin1String("--verbose")) {
            verbose = true;
            continue;
        }
        if (option == QLatin1String("--help")) {
            QTextStream(stdout) << usage();
            return 0;
        }
        if (option == QLatin1String("--version")) {
            QTextStream(stdout) << QStringLiteral("motcua-cli %1\n").arg(QCoreApplication::applicationVersion());
            return 0;
        }
        err << tr("motcua-cli: unknown or incomplete option %1").arg(option) << Qt::endl << usage();
        return 1;
    }
    if (args.isEmpty()) {
        err << usage();
        return 1;
    }
    // Routine progress logs are for --verbose; warnings always reach stderr.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false\nmotcua.*.debug=false"));
    if (dataDir.isEmpty())
        dataDir = defaultDataDir();
    if (actor.trimmed().isEmpty()) {
        err << tr("motcua-cli: --actor needs a name") << Qt::endl;
        return 1;
    }

    const QMap<QString, std::function<int(CliContext &, const QStringList &)>> commands = {
        {QStringLiteral("catalog"), runCatalog},
        {QStringLiteral("dossier"), runDossier},
        {QStringLiteral("calendar"), runCalendar},
        {QStringLiteral("citizen-id"), runCitizenId},
        {QStringLiteral("device"), runDevice},
        {QStringLiteral("enroll"), runEnroll},
        {QStringLiteral("sync"), runSync},
        {QStringLiteral("status"), runStatus},
        {QStringLiteral("bundle"), runBundle},
        {QStringLiteral("officer"), runOfficer},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("conflicts"), runConflicts},
        {QStringLiteral("duplicates"), runDuplicates},
        {QStringLiteral("import"), runLegacyImport},
    };
    const QString command = args.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end()) {
        err << tr("motcua-cli: unknown command '%1'").arg(command) << Qt::endl << usage();
        return 1;
    }
    CliContext context(dataDir, actor.trimmed());
    if (auto login = context.logIn(actorGiven); !login)
        return context.fail(login.error());
    return found.value()(context, args);
}

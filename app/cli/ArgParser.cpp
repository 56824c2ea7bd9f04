#include "ArgParser.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::cli {

ArgParser::ArgParser(QString usage, QString description)
    : m_usage(std::move(usage))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(description);
    m_parser.addOption(QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("motcua::cli", "Show this help.")));
}

void ArgParser::addJsonOption()
{
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("motcua::cli", "Print one JSON document.")));
}

bool ArgParser::parse(CliContext &context, const QStringList &args, int *exitCode)
{
    QStringList argv = args;
    argv.prepend(QCoreApplication::applicationName());
    if (!m_parser.parse(argv)) {
        *exitCode = context.fail(m_parser.errorText() + QStringLiteral("\n")
            + QCoreApplication::translate("motcua::cli", "Usage: %1").arg(m_usage));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // Qt prints its own usage line with the program name only; show the subcommand's.
        help.replace(QRegularExpression(QStringLiteral("^Usage: [^\n]*")),
            QCoreApplication::translate("motcua::cli", "Usage: %1").arg(m_usage));
        context.out() << help;
        context.out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

} // namespace motcua::cli

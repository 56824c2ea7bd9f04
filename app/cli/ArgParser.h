#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace motcua::cli {

class CliContext;

// QCommandLineParser set up the way every subcommand wants it: "--long" options, an
// automatic --help, and errors reported through the context (exit 1).
class ArgParser final
{
public:
    ArgParser(QString usage, QString description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addJsonOption();

    // Parses args (the words after the subcommand). Returns false after printing help (exit 0
    // in *exitCode) or an error (exit 1 in *exitCode).
    bool parse(CliContext &context, const QStringList &args, int *exitCode);

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }

private:
    QCommandLineParser m_parser;
    QString m_usage;
};

} // namespace motcua::cli

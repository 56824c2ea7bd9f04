#pragma once

#include <QStringList>

namespace motcua::cli {

class CliContext;

// One function per top-level command. Each receives the words after the command name, prints
// its result (text, or one JSON document with --json) and returns the process exit code.
int runCatalog(CliContext &context, const QStringList &args);
int runDossier(CliContext &context, const QStringList &args);
int runCalendar(CliContext &context, const QStringList &args);
int runCitizenId(CliContext &context, const QStringList &args);
int runDevice(CliContext &context, const QStringList &args);
int runEnroll(CliContext &context, const QStringList &args); // SyncCommand.cpp
int runSync(CliContext &context, const QStringList &args);
int runStatus(CliContext &context, const QStringList &args);
int runReport(CliContext &context, const QStringList &args);

} // namespace motcua::cli

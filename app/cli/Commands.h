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
int runBundle(CliContext &context, const QStringList &args); // BundleCommand.cpp
int runOfficer(CliContext &context, const QStringList &args); // OfficerCommand.cpp
int runReport(CliContext &context, const QStringList &args); // ReportCommand.cpp
int runConflicts(CliContext &context, const QStringList &args); // ConflictCommand.cpp
int runDuplicates(CliContext &context, const QStringList &args); // DuplicateCommand.cpp
int runLegacyImport(CliContext &context, const QStringList &args); // ImportCommand.cpp

} // namespace motcua::cli

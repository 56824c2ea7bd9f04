#pragma once

#include <QStringList>

namespace motcua::Schema {

// The ordered migration steps: step N brings user_version N-1 to N. Never edit a released step;
// append a new one.
QList<QStringList> migrationSteps();

// Each part of MotCua owns the steps that create its tables, in its own file, so that the
// parts evolve without editing one another's SQL.
QStringList syncVersion2(); // SchemaSync.cpp: pulled records, conflicts, sync state
QStringList officersVersion3(); // SchemaOfficers.cpp: officer accounts and roles
QStringList clerkVersion4(); // SchemaClerk.cpp: duplicates, legacy imports, bundles
QStringList bundleVersion5(); // SchemaBundles.cpp: signing identity, imported bundle ops
QStringList historyVersion6(); // SchemaHistory.cpp: scans pending, forwarded bundle ops
QStringList indexesVersion7(); // SchemaIndexes.cpp: indexes for the desk's start

} // namespace motcua::Schema

#pragma once

#include <QStringList>

// The server bank's schema (docs/server.md, "Schema"): the steps that take a bank from one version
// to the next, written once for both backends. ServerStore runs them in order, each step in a
// transaction of its own with the version it reaches.
namespace Fb::ServerSchema {

// The version a bank this server writes has.
inline constexpr int Version = 7;

// The statements from version `from` to from + 1: the SQL SQLite and PostgreSQL both accept, then
// what needs the backend's own JSON functions (a backfill). Empty outside 0 ≤ from < Version.
QStringList step(int from, bool postgres);

} // namespace Fb::ServerSchema

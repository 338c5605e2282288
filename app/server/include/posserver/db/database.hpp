#pragma once
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "possdk/sql.hpp"

namespace posserver::db {

enum class Dialect { Sqlite, Postgres };

// Thrown by every Database call when the database cannot be reached (refused, lost, timed out).
// The HTTP layer answers 503 for it; the next call tries to connect again, so the server recovers
// by itself when the database is back.
class DatabaseUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where the server's data lives, from --db: a SQLite file path (the default) or a PostgreSQL
// connection string, either a URI ("postgresql://user@127.0.0.1:5432/pos") or key=value words
// ("host=127.0.0.1 port=5432 dbname=pos user=pos").
struct DatabaseSpec {
  Dialect dialect = Dialect::Sqlite;
  std::string target;  // the path or the connection string, as given

  static possdk::Result<DatabaseSpec> parse(const std::string& text);
  // The target with any password replaced by "***", for logs and error messages.
  std::string redacted() const;
};

// The server's database through Poco::Data, the same behaviour on SQLite and PostgreSQL.
//
// SQL uses `?` placeholders on both (rewritten to $n for PostgreSQL). exec() returns the number of
// rows changed; use INSERT ... ON CONFLICT DO NOTHING and RETURNING, which both dialects have.
// Each call borrows a pooled session; calls inside transaction(work) all run on work's session,
// and a nested transaction() joins the outer one. On SQLite concurrent transactions share commits:
// those that arrive while one commits run together in the next BEGIN IMMEDIATE ... COMMIT, each in
// its own savepoint, so each still commits or fails on its own (docs/server-database.md).
// SQL errors come back as a failed Result/Status naming the statement; an unreachable database
// throws DatabaseUnavailable.
class Database : public possdk::Sql {
 public:
  static std::unique_ptr<Database> open(const DatabaseSpec& spec, std::size_t maxSessions = 16);

  virtual Dialect dialect() const = 0;

  // Applies the steps of `owner` ("core" or a plugin id) not applied yet, in version order, each in
  // its own transaction, recorded in schema_migrations(owner, version). Migration SQL may use the
  // tokens {{id}} (an auto-numbered 64-bit integer primary key) and {{blob}} (a byte string column),
  // which become each dialect's own spelling; everything else must be SQL both dialects accept.
  virtual possdk::Status migrate(const std::string& owner, const std::vector<possdk::Migration>& steps) = 0;

  // True when a trivial query succeeds now (for /healthz and the 503 path); never throws.
  virtual bool reachable() = 0;
};

}  // namespace posserver::db

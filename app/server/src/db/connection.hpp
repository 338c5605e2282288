#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "possdk/sql.hpp"

// What the pooled database needs from each dialect: open a connection, and run SQL on one.
namespace posserver::db::detail {

// One open connection. SQL errors come back as failures; a lost connection throws
// DatabaseUnavailable and leaves usable() false, so the pool drops it instead of lending it again.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) = 0;
  virtual possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) = 0;
  // Several statements separated by `;`, without parameters (migration steps).
  virtual possdk::Status script(const std::string& sql) = 0;
  // False once the connection is known lost; checked before an idle connection is lent again, so a
  // database restarted meanwhile costs no failed call.
  virtual bool usable() = 0;
  // True while a transaction is open. SQLite rolls a whole transaction back by itself on some
  // errors (a full disk, out of memory), after which statements would run and commit one by one.
  virtual bool inTransaction() = 0;
};

// A dialect: how to connect and the few spellings that differ.
class Engine {
 public:
  virtual ~Engine() = default;
  // Throws DatabaseUnavailable, naming the redacted target, when the database cannot be opened.
  virtual std::unique_ptr<Connection> connect() = 0;
  // Starts a transaction (SQLite takes the write lock here, so writers queue instead of deadlocking).
  virtual std::string beginStatement() const = 0;
  // A statement, run first in a migration's transaction, that makes concurrent migrators wait for
  // each other; empty when beginning a transaction already does.
  virtual std::string migrationLockStatement() const = 0;
  virtual std::string idColumnType() const = 0;
  virtual std::string blobColumnType() const = 0;
};

}  // namespace posserver::db::detail

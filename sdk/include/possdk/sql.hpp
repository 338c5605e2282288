#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "possdk/status.hpp"

namespace possdk {

// Amounts and weights are integers (minor units, grams); there is deliberately no floating type.
using SqlValue = std::variant<std::nullptr_t, std::int64_t, std::string, std::vector<std::uint8_t>>;
using SqlRow = std::vector<SqlValue>;

// One versioned schema step. Steps run in version order, each in its own transaction, once.
// On pos-server a module's steps are recorded under its plugin id, and its SQL may use two tokens
// for what SQLite and PostgreSQL spell differently: {{id}} (an auto-numbered 64-bit integer primary
// key column type: "id {{id}}") and {{blob}} (a byte string column type). Everything else must be
// SQL both accept; prefix table names with the plugin id so modules never clash.
struct Migration {
  int version = 0;
  std::string name;
  std::string sql;  // one or more statements
};

// Parameterised SQL with `?` placeholders. Used for a plugin's lane tables and, on the server, for a
// server module's tables; the same code runs on SQLite and PostgreSQL when it keeps to common SQL.
class Sql {
 public:
  virtual ~Sql() = default;
  virtual Result<std::int64_t> exec(const std::string& sql, const SqlRow& params = {}) = 0;
  virtual Result<std::vector<SqlRow>> query(const std::string& sql, const SqlRow& params = {}) = 0;
  // Runs `work` in one transaction: committed when it returns ok, rolled back otherwise.
  // `work` must not wait for a transaction on another thread: on pos-server's SQLite the concurrent
  // transactions commit together, run one after another on one thread, so the one waited for
  // queues behind `work`. After a bounded wait (the database's busy timeout) that other
  // transaction fails instead of running.
  virtual Status transaction(const std::function<Status(Sql&)>& work) = 0;
};

}  // namespace possdk

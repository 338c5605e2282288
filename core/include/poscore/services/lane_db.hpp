#pragma once
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "possdk/sql.hpp"

struct sqlite3;

namespace poscore {
namespace sqlite {
class StatementCache;
}

// The lane's one SQLite database: WAL mode, synchronous=FULL, foreign keys on. Host tables are
// created by the host's own migrations on open. Calls are serialised; a transaction holds the
// connection until it ends, and a nested transaction() joins the outer one. Statements are kept
// prepared by their SQL text (the most recently used kStatementCacheSize of them), so code that
// runs the same text again pays for parsing and planning once.
class LaneDb final : public possdk::Sql {
 public:
  // Creates the file and its folder when missing. Throws std::runtime_error naming the file and
  // SQLite's reason when it cannot be opened.
  explicit LaneDb(const std::filesystem::path& file);
  ~LaneDb() override;
  LaneDb(const LaneDb&) = delete;
  LaneDb& operator=(const LaneDb&) = delete;

  // Runs one statement and returns how many rows it changed (sqlite3_changes), not the new rowid:
  // read an inserted id back with `SELECT last_insert_rowid()` or a RETURNING clause via query().
  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params = {}) override;
  // Rows with INTEGER as int64, TEXT as string, BLOB as bytes and NULL as nullptr. A REAL value is
  // refused, naming its column: amounts and weights are stored as integers.
  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql,
                                                    const possdk::SqlRow& params = {}) override;
  // BEGIN IMMEDIATE ... COMMIT; rolled back when `work` fails or throws (the exception is rethrown).
  // A failed nested transaction makes the outermost one roll back too.
  possdk::Status transaction(const std::function<possdk::Status(possdk::Sql&)>& work) override;

  // Applies the migrations of `scope` ("host" or a plugin id) not applied yet, in version order,
  // each in its own transaction together with its record in schema_migrations. Refuses versions
  // below 1 and versions listed twice before applying anything.
  possdk::Status migrate(const std::string& scope, const std::vector<possdk::Migration>& migrations);
  const std::filesystem::path& file() const { return file_; }

  static constexpr std::size_t kStatementCacheSize = 64;
  // kept: statements prepared and waiting for reuse; prepared: how many times SQL text was
  // prepared since open (a statement served from the cache does not count).
  struct StatementCacheStats {
    std::size_t kept = 0;
    std::size_t capacity = 0;
    std::size_t prepared = 0;
  };
  StatementCacheStats statementCacheStats();

 private:
  void openConnection();
  void prepareSchema();
  possdk::Status runScript(const std::string& sql);
  possdk::Status joinOuter(const std::function<possdk::Status(possdk::Sql&)>& work);
  void rollback();

  std::filesystem::path file_;
  sqlite3* db_ = nullptr;
  std::unique_ptr<sqlite::StatementCache> statements_;
  std::recursive_mutex mutex_;
  int depth_ = 0;
  // Set when a nested transaction failed: the outermost one must then roll back, whatever it returns.
  std::optional<std::string> nestedFailure_;
};

}  // namespace poscore

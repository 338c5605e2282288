#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

#include "possdk/sql.hpp"

namespace poscore::sqlite {

// The message every lane database failure carries: which SQL, which file, and SQLite's reason.
std::string describeFailure(const std::filesystem::path& file, std::string_view sql, std::string_view reason);

// One prepared statement with its `?` parameters bound. Failures come back as SQLite's reason;
// the caller adds the SQL and the file through describeFailure.
class Statement {
 public:
  // Refuses text holding more than one statement, since only the first would ever run.
  static possdk::Result<Statement> prepare(sqlite3* db, const std::string& sql);

  possdk::Status bind(const possdk::SqlRow& params);
  // Steps until the statement is done, ignoring any rows.
  possdk::Status run();
  possdk::Result<std::vector<possdk::SqlRow>> rows();
  // Ready to run again: stepping ended and every parameter unbound, so a statement kept for reuse
  // neither holds a read open nor points into a caller's strings that are gone.
  void reset();

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };

  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  possdk::Status bindOne(int index, const possdk::SqlValue& value);
  possdk::Result<possdk::SqlValue> column(int index) const;
  possdk::Status failure() const;

  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
};

}  // namespace poscore::sqlite

#include "sqlite_statement.hpp"

#include "poscore/services/sqlite_values.hpp"

#include <cstdint>
#include <type_traits>

namespace poscore::sqlite {
namespace {

constexpr std::size_t kSqlShown = 80;

// True when `tail` (what follows the first statement) holds another statement, not just
// whitespace, semicolons or comments. SQLite decides, so its own comment syntax is honoured.
bool holdsAnotherStatement(sqlite3* db, const char* tail) {
  sqlite3_stmt* next = nullptr;
  int rc = sqlite3_prepare_v2(db, tail, -1, &next, nullptr);
  sqlite3_finalize(next);
  return rc != SQLITE_OK || next != nullptr;
}

}  // namespace

std::string describeFailure(const std::filesystem::path& file, std::string_view sql, std::string_view reason) {
  std::string shown(sql.substr(0, kSqlShown));
  if (sql.size() > kSqlShown) shown += "...";
  return "SQL \"" + shown + "\" failed on lane database " + file.string() + ": " + std::string(reason);
}

possdk::Result<Statement> Statement::prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size() + 1), &raw, &tail);
  Statement statement(db, raw);
  if (rc != SQLITE_OK) return possdk::Result<Statement>::fail(sqlite3_errmsg(db));
  if (raw == nullptr) return possdk::Result<Statement>::fail("there is no statement in the text; pass one SQL statement");
  if (tail != nullptr && holdsAnotherStatement(db, tail)) {
    return possdk::Result<Statement>::fail(
        "the text holds more than one statement; pass one per call, or put a script in a migration");
  }
  return statement;
}

possdk::Status Statement::bind(const possdk::SqlRow& params) {
  int expected = sqlite3_bind_parameter_count(stmt_.get());
  if (static_cast<std::size_t>(expected) != params.size()) {
    return possdk::Status::fail("the statement has " + std::to_string(expected) + " '?' placeholders but " +
                                std::to_string(params.size()) + " values were given");
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (auto bound = bindOne(static_cast<int>(i + 1), params[i]); !bound) return bound;
  }
  return possdk::Status::ok();
}

// Text and blobs are bound without a copy (SQLITE_STATIC): the caller's row
// outlives the statement's execution.
possdk::Status Statement::bindOne(int index, const possdk::SqlValue& value) {
  int rc = bindValue(stmt_.get(), index, value, SQLITE_STATIC);
  if (rc == SQLITE_OK) return possdk::Status::ok();
  return possdk::Status::fail("cannot bind parameter " + std::to_string(index) + ": " + sqlite3_errmsg(db_));
}

possdk::Status Statement::run() {
  for (;;) {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_DONE) return possdk::Status::ok();
    if (rc != SQLITE_ROW) return failure();
  }
}

possdk::Result<std::vector<possdk::SqlRow>> Statement::rows() {
  using Rows = possdk::Result<std::vector<possdk::SqlRow>>;
  std::vector<possdk::SqlRow> rows;
  for (;;) {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_DONE) return rows;
    if (rc != SQLITE_ROW) return Rows::fail(failure().error());
    // Counted after the step: a kept statement SQLite re-prepared after a schema change may now
    // have more or fewer columns ("SELECT *" after ALTER TABLE).
    const int columns = sqlite3_column_count(stmt_.get());
    possdk::SqlRow row;
    row.reserve(static_cast<std::size_t>(columns));
    for (int i = 0; i < columns; ++i) {
      auto value = column(i);
      if (!value) return Rows::fail(value.error());
      row.push_back(std::move(value.value()));
    }
    rows.push_back(std::move(row));
  }
}

possdk::Result<possdk::SqlValue> Statement::column(int index) const { return columnValue(stmt_.get(), index); }

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

possdk::Status Statement::failure() const { return possdk::Status::fail(sqlite3_errmsg(db_)); }

}  // namespace poscore::sqlite

#include "sqlite_statement.hpp"

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

// Text and blobs are bound without a copy (a null destructor is SQLITE_STATIC): the caller's row
// outlives the statement's execution.
possdk::Status Statement::bindOne(int index, const possdk::SqlValue& value) {
  sqlite3_stmt* stmt = stmt_.get();
  int rc = std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return sqlite3_bind_null(stmt, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(stmt, index, v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return sqlite3_bind_text64(stmt, index, v.data(), v.size(), nullptr, SQLITE_UTF8);
        } else if (v.empty()) {
          // An empty blob bound from a null pointer would read back as NULL.
          return sqlite3_bind_zeroblob(stmt, index, 0);
        } else {
          return sqlite3_bind_blob64(stmt, index, v.data(), v.size(), nullptr);
        }
      },
      value);
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

possdk::Result<possdk::SqlValue> Statement::column(int index) const {
  sqlite3_stmt* stmt = stmt_.get();
  switch (sqlite3_column_type(stmt, index)) {
    case SQLITE_INTEGER:
      return possdk::SqlValue{static_cast<std::int64_t>(sqlite3_column_int64(stmt, index))};
    case SQLITE_TEXT: {
      const auto* text = sqlite3_column_text(stmt, index);
      auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, index));
      return possdk::SqlValue{std::string(reinterpret_cast<const char*>(text), size)};
    }
    case SQLITE_BLOB: {
      const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt, index));
      auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, index));
      return possdk::SqlValue{std::vector<std::uint8_t>(data, data + size)};
    }
    case SQLITE_NULL:
      return possdk::SqlValue{nullptr};
    default:
      return possdk::Result<possdk::SqlValue>::fail(
          std::string("column '") + sqlite3_column_name(stmt, index) +
          "' holds a floating-point value; store amounts and weights as integers (minor units, grams)");
  }
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

possdk::Status Statement::failure() const { return possdk::Status::fail(sqlite3_errmsg(db_)); }

}  // namespace poscore::sqlite

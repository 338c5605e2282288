#include "sqlite_engine.hpp"

#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Data/Session.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <string_view>

#include "posserver/db/database.hpp"
#include "sql_text.hpp"
#include "sqlite_values.hpp"

namespace posserver::db::detail {
namespace {

// How long Poco keeps retrying to open the file (it is a login timeout, in seconds).
constexpr std::chrono::seconds openTimeout{5};

using StatementPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

bool meansUnavailable(int code) {
  const int primary = code & 0xff;
  return primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_NOTADB ||
         primary == SQLITE_CORRUPT;
}

class SqliteConnection : public Connection {
 public:
  SqliteConnection(Poco::Data::Session session, std::string shownTarget)
      : session_(std::move(session)), db_(Poco::Data::SQLite::Utility::dbHandle(session_)),
        shownTarget_(std::move(shownTarget)) {}

  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) override {
    auto stmt = prepare(sql, params);
    if (!stmt) return possdk::Result<std::int64_t>::fail(stmt.error());
    const auto before = sqlite3_total_changes64(db_);
    for (;;) {
      const int rc = sqlite3_step(stmt.value().get());
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return possdk::Result<std::int64_t>::fail(failure(sql, rc));
    }
    // The total counts the rows triggers changed too, and PostgreSQL reports only the statement's
    // own; sqlite3_changes64 is the statement's own but keeps the previous statement's count after
    // one that changes nothing (CREATE, BEGIN), hence asked only once the total moved.
    return sqlite3_total_changes64(db_) == before ? 0 : sqlite3_changes64(db_);
  }

  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) override {
    using Rows = possdk::Result<std::vector<possdk::SqlRow>>;
    auto stmt = prepare(sql, params);
    if (!stmt) return Rows::fail(stmt.error());
    std::vector<possdk::SqlRow> rows;
    for (;;) {
      const int rc = sqlite3_step(stmt.value().get());
      if (rc == SQLITE_DONE) return rows;
      if (rc != SQLITE_ROW) return Rows::fail(failure(sql, rc));
      auto row = readSqliteRow(stmt.value().get());
      if (!row) return Rows::fail(statementHead(sql) + ": " + row.error());
      rows.push_back(std::move(row.value()));
    }
  }

  possdk::Status script(const std::string& sql) override {
    const char* rest = sql.c_str();
    while (*rest != '\0') {
      sqlite3_stmt* raw = nullptr;
      const char* tail = nullptr;
      const int rc = sqlite3_prepare_v2(db_, rest, -1, &raw, &tail);
      StatementPtr stmt(raw, &sqlite3_finalize);
      if (rc != SQLITE_OK) return possdk::Status::fail(failure(rest, rc));
      rest = tail;
      if (!stmt) continue;  // only blanks or a comment were left
      int step = SQLITE_ROW;
      while (step == SQLITE_ROW) step = sqlite3_step(stmt.get());
      if (step != SQLITE_DONE) return possdk::Status::fail(failure(sqlite3_sql(stmt.get()), step));
    }
    return possdk::Status::ok();
  }

  bool usable() override { return !broken_; }

  bool inTransaction() override { return sqlite3_get_autocommit(db_) == 0; }

  void configure() {
    sqlite3_busy_timeout(db_, static_cast<int>(sqliteBusyTimeout.count()));
    // Points are money: every commit reaches the disk before the call returns.
    const auto set = script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    if (!set) throw DatabaseUnavailable("cannot set up the SQLite database " + shownTarget_ + ": " + set.error());
  }

 private:
  possdk::Result<StatementPtr> prepare(const std::string& sql, const possdk::SqlRow& params) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &raw, &tail);
    StatementPtr stmt(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK) return possdk::Result<StatementPtr>::fail(failure(sql, rc));
    if (!stmt) return possdk::Result<StatementPtr>::fail("the SQL statement is empty");
    // SQLite would quietly ignore what follows the first statement; PostgreSQL refuses it too.
    if (std::string_view(tail).find_first_not_of(" \t\r\n;") != std::string_view::npos) {
      return possdk::Result<StatementPtr>::fail(statementHead(sql) +
                                                ": holds more than one statement; run one per call");
    }
    if (sqlite3_bind_parameter_count(stmt.get()) != static_cast<int>(params.size())) {
      return possdk::Result<StatementPtr>::fail(
          statementHead(sql) + ": has " + std::to_string(sqlite3_bind_parameter_count(stmt.get())) +
          " parameters but " + std::to_string(params.size()) + " values were given");
    }
    if (const auto bound = bindSqliteParams(stmt.get(), params); !bound) {
      return possdk::Result<StatementPtr>::fail(statementHead(sql) + ": " + bound.error());
    }
    return stmt;
  }

  // The database's message for a failed call; a lost file or disk also throws.
  std::string failure(const std::string& sql, int rc) {
    const std::string message = statementHead(sql) + ": " + sqlite3_errmsg(db_);
    if (meansUnavailable(rc)) {
      broken_ = true;
      throw DatabaseUnavailable("the SQLite database " + shownTarget_ + " is unavailable: " + message);
    }
    return message;
  }

  Poco::Data::Session session_;
  sqlite3* db_;
  std::string shownTarget_;
  bool broken_ = false;
};

class SqliteEngine : public Engine {
 public:
  SqliteEngine(std::string path, std::string shownTarget) : path_(std::move(path)), shownTarget_(std::move(shownTarget)) {}

  std::unique_ptr<Connection> connect() override {
    // Poco retries a failed open until its login timeout; a missing folder will not appear meanwhile.
    const auto folder = std::filesystem::absolute(path_).parent_path();
    if (!std::filesystem::is_directory(folder)) {
      throw DatabaseUnavailable("cannot open the SQLite database " + shownTarget_ + ": its folder " + folder.string() +
                                " does not exist; create it or give another --db path");
    }
    try {
      auto connection = std::make_unique<SqliteConnection>(
          Poco::Data::Session("SQLite", path_, static_cast<std::size_t>(openTimeout.count())), shownTarget_);
      connection->configure();
      return connection;
    } catch (const Poco::Exception& e) {
      throw DatabaseUnavailable("cannot open the SQLite database " + shownTarget_ + ": " + e.displayText() +
                                "; check that its folder exists and is writable");
    }
  }
  std::string beginStatement() const override { return "BEGIN IMMEDIATE"; }
  std::string migrationLockStatement() const override { return {}; }
  std::string idColumnType() const override { return "INTEGER PRIMARY KEY AUTOINCREMENT"; }
  std::string blobColumnType() const override { return "BLOB"; }

 private:
  std::string path_;
  std::string shownTarget_;
};

}  // namespace

std::unique_ptr<Engine> makeSqliteEngine(const std::string& path, const std::string& shownTarget) {
  return std::make_unique<SqliteEngine>(path, shownTarget);
}

}  // namespace posserver::db::detail

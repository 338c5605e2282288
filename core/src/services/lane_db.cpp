#include "poscore/services/lane_db.hpp"

#include <sqlite3.h>

#include <stdexcept>

#include "host_migrations.hpp"
#include "poscore/services/log.hpp"
#include "sqlite_statement.hpp"
#include "statement_cache.hpp"

namespace poscore {
namespace {

// Another process on the lane (posctl, the sync client) may hold the write lock for a moment;
// waiting for it beats failing a sale.
constexpr int kBusyTimeoutMs = 5000;

void createParentFolder(const std::filesystem::path& file) {
  const auto folder = file.parent_path();
  if (folder.empty()) return;
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    throw std::runtime_error("cannot create the folder " + folder.string() + " for lane database " +
                             file.string() + ": " + error.message() + "; check the data folder's permissions");
  }
}

using Lease = sqlite::StatementCache::Lease;

possdk::Result<Lease> prepareBound(sqlite::StatementCache& cache, const std::filesystem::path& file,
                                   const std::string& sql, const possdk::SqlRow& params) {
  using Prepared = possdk::Result<Lease>;
  auto prepared = cache.acquire(sql);
  if (!prepared) return Prepared::fail(sqlite::describeFailure(file, sql, prepared.error()));
  if (auto bound = prepared.value()->bind(params); !bound) {
    return Prepared::fail(sqlite::describeFailure(file, sql, bound.error()));
  }
  return prepared;
}

std::string describeException() {
  try {
    throw;
  } catch (const std::exception& e) {
    return std::string("it threw: ") + e.what();
  } catch (...) {
    return "it threw an exception that is not a std::exception";
  }
}

}  // namespace

LaneDb::LaneDb(const std::filesystem::path& file) : file_(file) {
  createParentFolder(file_);
  openConnection();
  try {
    prepareSchema();
  } catch (...) {
    statements_.reset();
    sqlite3_close_v2(db_);
    throw;
  }
}

LaneDb::~LaneDb() {
  statements_.reset();
  sqlite3_close_v2(db_);
}

void LaneDb::openConnection() {
  int rc = sqlite3_open_v2(file_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    throw std::runtime_error("cannot open lane database " + file_.string() + ": " + reason +
                             "; check that the data folder is writable and the file is a SQLite database");
  }
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  statements_ = std::make_unique<sqlite::StatementCache>(db_, kStatementCacheSize);
}

void LaneDb::prepareSchema() {
  auto unusable = [this](const std::string& reason) {
    return std::runtime_error("lane database " + file_.string() + " cannot be used: " + reason +
                              "; check that the file is a lane database and its folder is writable");
  };
  auto mode = query("PRAGMA journal_mode=WAL");
  if (!mode) throw unusable(mode.error());
  // An in-memory database has no journal file to switch, and SQLite answers "memory".
  const auto* journal = mode.value().empty() ? nullptr : std::get_if<std::string>(&mode.value()[0][0]);
  if (journal == nullptr || (*journal != "wal" && *journal != "memory")) {
    throw unusable("SQLite refused to switch the journal to WAL mode");
  }
  // temp_store=MEMORY keeps statement journals off disk: otherwise each statement of a long
  // transaction (a catalog import) writes the pages it touches to a temporary file first.
  // mmap_size lets reads (a barcode lookup in a million-product catalog) touch the file's pages in
  // memory instead of a read() call per page; writes still go through the WAL as before.
  for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                             "PRAGMA mmap_size=268435456"}) {
    if (auto set = runScript(pragma); !set) throw unusable(set.error());
  }
  if (auto migrated = migrate("host", hostMigrations()); !migrated) throw unusable(migrated.error());
}

possdk::Status LaneDb::runScript(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return possdk::Status::ok();
  std::string reason = message != nullptr ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return possdk::Status::fail(sqlite::describeFailure(file_, sql, reason));
}

possdk::Result<std::int64_t> LaneDb::exec(const std::string& sql, const possdk::SqlRow& params) {
  using Changed = possdk::Result<std::int64_t>;
  std::lock_guard lock(mutex_);
  auto prepared = prepareBound(*statements_, file_, sql, params);
  if (!prepared) return Changed::fail(prepared.error());
  const auto totalBefore = sqlite3_total_changes64(db_);
  if (auto ran = prepared.value()->run(); !ran) {
    return Changed::fail(sqlite::describeFailure(file_, sql, ran.error()));
  }
  // sqlite3_changes keeps the count of the last INSERT, UPDATE or DELETE, so a statement that
  // changed nothing (DDL, SELECT) would otherwise report someone else's count.
  if (sqlite3_total_changes64(db_) == totalBefore) return std::int64_t{0};
  return static_cast<std::int64_t>(sqlite3_changes64(db_));
}

possdk::Result<std::vector<possdk::SqlRow>> LaneDb::query(const std::string& sql, const possdk::SqlRow& params) {
  using Rows = possdk::Result<std::vector<possdk::SqlRow>>;
  std::lock_guard lock(mutex_);
  auto prepared = prepareBound(*statements_, file_, sql, params);
  if (!prepared) return Rows::fail(prepared.error());
  auto rows = prepared.value()->rows();
  if (!rows) return Rows::fail(sqlite::describeFailure(file_, sql, rows.error()));
  return rows;
}

possdk::Status LaneDb::transaction(const std::function<possdk::Status(possdk::Sql&)>& work) {
  std::lock_guard lock(mutex_);
  if (depth_ > 0) return joinOuter(work);
  if (auto begun = runScript("BEGIN IMMEDIATE"); !begun) return begun;
  depth_ = 1;
  nestedFailure_.reset();
  possdk::Status outcome = possdk::Status::ok();
  try {
    outcome = work(*this);
  } catch (...) {
    depth_ = 0;
    rollback();
    throw;
  }
  depth_ = 0;
  if (outcome && nestedFailure_) {
    outcome = possdk::Status::fail("the transaction was rolled back because a nested one failed: " + *nestedFailure_);
  }
  if (!outcome) {
    rollback();
    return outcome;
  }
  if (auto committed = runScript("COMMIT"); !committed) {
    rollback();
    return committed;
  }
  return outcome;
}

possdk::Status LaneDb::joinOuter(const std::function<possdk::Status(possdk::Sql&)>& work) {
  auto remember = [this](std::string reason) {
    if (!nestedFailure_) nestedFailure_ = std::move(reason);
  };
  ++depth_;
  possdk::Status outcome = possdk::Status::ok();
  try {
    outcome = work(*this);
  } catch (...) {
    --depth_;
    remember(describeException());
    throw;
  }
  --depth_;
  if (!outcome) remember(outcome.error());
  return outcome;
}

LaneDb::StatementCacheStats LaneDb::statementCacheStats() {
  std::lock_guard lock(mutex_);
  return {statements_->size(), statements_->capacity(), statements_->prepared()};
}

void LaneDb::rollback() {
  // SQLite rolls back by itself on some errors (a full disk, an I/O error); then nothing is left.
  if (sqlite3_get_autocommit(db_) != 0) return;
  if (auto undone = runScript("ROLLBACK"); !undone) {
    LogSink::instance().write(possdk::LogLevel::Error, "lane-db", undone.error());
  }
}

}  // namespace poscore

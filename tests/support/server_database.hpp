#pragma once
#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

#include "posserver/db/database.hpp"
#include "postgres.hpp"
#include "temp_dir.hpp"

namespace posserver::db {

// Names the parameter in test listings and ctest names ("Sqlite" rather than its bytes).
inline void PrintTo(Dialect dialect, std::ostream* out) { *out << (dialect == Dialect::Sqlite ? "Sqlite" : "Postgres"); }

}  // namespace posserver::db

namespace postest {

// A server database of its own for one test: a SQLite file in a temp folder, or a fresh database on
// the PostgreSQL test cluster (postgres.hpp), dropped afterwards. For PostgreSQL, call
// POSTEST_REQUIRE_POSTGRES() first, so a missing cluster skips or fails the test instead of throwing.
class ScratchDatabase {
 public:
  explicit ScratchDatabase(posserver::db::Dialect dialect, std::size_t maxSessions = 16) : maxSessions_(maxSessions) {
    if (dialect == posserver::db::Dialect::Postgres) {
      postgres_ = std::make_unique<FreshPostgresDatabase>(*postgresConnInfo());
      spec_ = {dialect, postgres_->connInfo()};
    } else {
      spec_ = {dialect, (dir_ / "server.db").string()};
    }
    database_ = posserver::db::Database::open(spec_, maxSessions_);
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  posserver::db::Database& operator*() { return *database_; }
  posserver::db::Database* operator->() { return database_.get(); }
  // A second server on the same database, as another process would open it.
  std::unique_ptr<posserver::db::Database> openAnother() const { return posserver::db::Database::open(spec_, maxSessions_); }

 private:
  std::size_t maxSessions_;
  TempDir dir_;
  std::unique_ptr<FreshPostgresDatabase> postgres_;  // outlives database_, which is declared after it
  posserver::db::DatabaseSpec spec_;
  std::unique_ptr<posserver::db::Database> database_;
};

inline std::string dialectName(const ::testing::TestParamInfo<posserver::db::Dialect>& info) {
  return info.param == posserver::db::Dialect::Sqlite ? "Sqlite" : "Postgres";
}

}  // namespace postest

// Runs a TEST_P suite parameterised by Dialect on both databases.
#define POS_DATABASE_TEST_SUITE(suite)                                                                          \
  INSTANTIATE_TEST_SUITE_P(Dialects, suite,                                                                     \
                           ::testing::Values(posserver::db::Dialect::Sqlite, posserver::db::Dialect::Postgres), \
                           postest::dialectName)

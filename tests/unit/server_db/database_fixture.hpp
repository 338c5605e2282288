#pragma once
#include <gtest/gtest.h>

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

namespace posserver::db::test {

// Each test gets an empty database of the dialect it is instantiated for: a SQLite file in a temp
// folder, or a fresh database on the PostgreSQL test cluster.
class DatabaseTest : public ::testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::Postgres) {
      POSTEST_REQUIRE_POSTGRES();
      fresh_ = std::make_unique<postest::FreshPostgresDatabase>(*postest::postgresConnInfo());
      spec_ = {Dialect::Postgres, fresh_->connInfo()};
    } else {
      spec_ = {Dialect::Sqlite, (dir_ / "server.db").string()};
    }
    db_ = Database::open(spec_);
  }

  Database& db() { return *db_; }
  std::unique_ptr<Database> openAnother() { return Database::open(spec_); }
  std::string blobType() const { return GetParam() == Dialect::Sqlite ? "BLOB" : "BYTEA"; }

  void run(const std::string& sql, const possdk::SqlRow& params = {}) {
    auto done = db_->exec(sql, params);
    ASSERT_TRUE(done.isOk()) << done.error();
  }
  std::int64_t count(const std::string& table) {
    auto rows = db_->query("SELECT count(*) FROM " + table);
    EXPECT_TRUE(rows.isOk()) << rows.error();
    return rows.isOk() ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  }

  postest::TempDir dir_;
  std::unique_ptr<postest::FreshPostgresDatabase> fresh_;  // outlives db_, which is declared after it
  DatabaseSpec spec_;
  std::unique_ptr<Database> db_;
};

inline std::string dialectName(const ::testing::TestParamInfo<Dialect>& info) {
  return info.param == Dialect::Sqlite ? "Sqlite" : "Postgres";
}

}  // namespace posserver::db::test

#define POS_DATABASE_TEST_SUITE(suite)                                                                  \
  INSTANTIATE_TEST_SUITE_P(Dialects, suite,                                                             \
                           ::testing::Values(posserver::db::Dialect::Sqlite, posserver::db::Dialect::Postgres), \
                           posserver::db::test::dialectName)

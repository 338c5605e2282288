#pragma once
#include <gtest/gtest.h>

#include "server_database.hpp"

namespace posserver::db::test {

// Each test gets an empty database of the dialect it is instantiated for (postest::ScratchDatabase).
// Instantiate with POS_DATABASE_TEST_SUITE.
class DatabaseTest : public ::testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::Postgres) POSTEST_REQUIRE_POSTGRES();
    scratch_ = std::make_unique<postest::ScratchDatabase>(GetParam());
  }

  Database& db() { return **scratch_; }
  std::unique_ptr<Database> openAnother() { return scratch_->openAnother(); }
  std::string blobType() const { return GetParam() == Dialect::Sqlite ? "BLOB" : "BYTEA"; }

  void run(const std::string& sql, const possdk::SqlRow& params = {}) {
    auto done = db().exec(sql, params);
    ASSERT_TRUE(done.isOk()) << done.error();
  }
  std::int64_t count(const std::string& table) {
    auto rows = db().query("SELECT count(*) FROM " + table);
    EXPECT_TRUE(rows.isOk()) << rows.error();
    return rows.isOk() ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  }

  postest::TempDir dir_;  // a folder of the test's own, beside the database
  std::unique_ptr<postest::ScratchDatabase> scratch_;
};

}  // namespace posserver::db::test

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

#include "poscore/services/lane_db.hpp"
#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;
using possdk::Sql;
using possdk::Status;
using postest::TempDir;

class LaneDbTransaction : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(db.exec("CREATE TABLE sales(total INTEGER)")); }

  std::int64_t count() {
    auto rows = db.query("SELECT count(*) FROM sales");
    EXPECT_TRUE(rows) << rows.error();
    return rows ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  }

  static Status insert(Sql& sql, std::int64_t total) {
    auto done = sql.exec("INSERT INTO sales VALUES(?)", {total});
    return done ? Status::ok() : Status::fail(done.error());
  }

  TempDir dir;
  LaneDb db{dir / "lane.db"};
};

TEST_F(LaneDbTransaction, CommitsWhenWorkSucceeds) {
  auto result = db.transaction([](Sql& sql) {
    if (auto s = insert(sql, 100); !s) return s;
    return insert(sql, 250);
  });
  ASSERT_TRUE(result) << result.error();
  EXPECT_EQ(count(), 2);
  LaneDb other(dir / "lane.db");
  auto seen = other.query("SELECT count(*) FROM sales");
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen.value()[0][0], possdk::SqlValue{std::int64_t{2}}) << "committed rows are visible to another connection";
}

TEST_F(LaneDbTransaction, RollsBackWhenWorkFails) {
  auto result = db.transaction([](Sql& sql) {
    EXPECT_TRUE(insert(sql, 100));
    return Status::fail("tender declined");
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error(), "tender declined");
  EXPECT_EQ(count(), 0);
}

TEST_F(LaneDbTransaction, RollsBackAndRethrowsWhenWorkThrows) {
  EXPECT_THROW(db.transaction([](Sql& sql) -> Status {
    EXPECT_TRUE(insert(sql, 100));
    throw std::runtime_error("printer on fire");
  }),
               std::runtime_error);
  EXPECT_EQ(count(), 0);
  ASSERT_TRUE(db.transaction([](Sql& sql) { return insert(sql, 5); })) << "the next transaction starts cleanly";
  EXPECT_EQ(count(), 1);
}

TEST_F(LaneDbTransaction, NestedTransactionJoinsTheOuterOne) {
  auto result = db.transaction([&](Sql& sql) {
    if (auto s = insert(sql, 1); !s) return s;
    return sql.transaction([](Sql& inner) { return insert(inner, 2); });
  });
  ASSERT_TRUE(result) << result.error();
  EXPECT_EQ(count(), 2);
}

TEST_F(LaneDbTransaction, NestedFailureRollsBackTheWhole) {
  auto result = db.transaction([&](Sql& sql) {
    EXPECT_TRUE(insert(sql, 1));
    auto inner = sql.transaction([](Sql& in) {
      EXPECT_TRUE(insert(in, 2));
      return Status::fail("coupon expired");
    });
    EXPECT_FALSE(inner);
    EXPECT_TRUE(insert(sql, 3));
    return Status::ok();  // the outer work ignores the inner failure
  });
  ASSERT_FALSE(result);
  EXPECT_THAT(result.error(), HasSubstr("coupon expired"));
  EXPECT_EQ(count(), 0);
}

TEST_F(LaneDbTransaction, NestedThrowCaughtByTheOuterStillRollsBack) {
  auto result = db.transaction([&](Sql& sql) {
    EXPECT_TRUE(insert(sql, 1));
    try {
      (void)sql.transaction([](Sql&) -> Status { throw std::runtime_error("scale unplugged"); });
    } catch (const std::runtime_error&) {
    }
    return Status::ok();
  });
  ASSERT_FALSE(result);
  EXPECT_THAT(result.error(), HasSubstr("scale unplugged"));
  EXPECT_EQ(count(), 0);
}

TEST_F(LaneDbTransaction, FailedNestingDoesNotLeakIntoTheNextTransaction) {
  (void)db.transaction([](Sql& sql) { return sql.transaction([](Sql&) { return Status::fail("no"); }); });
  ASSERT_TRUE(db.transaction([](Sql& sql) { return insert(sql, 1); }));
  EXPECT_EQ(count(), 1);
}

}  // namespace
}  // namespace poscore

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/services/lane_db.hpp"
#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;
using possdk::Migration;
using postest::TempDir;

class LaneDbMigration : public ::testing::Test {
 protected:
  std::vector<possdk::SqlRow> rows(const std::string& sql, const possdk::SqlRow& params = {}) {
    auto found = db.query(sql, params);
    EXPECT_TRUE(found) << found.error();
    return found ? found.value() : std::vector<possdk::SqlRow>{};
  }
  std::vector<possdk::SqlRow> recorded(const std::string& scope) {
    return rows("SELECT version, name FROM schema_migrations WHERE scope = ? ORDER BY version", {scope});
  }
  bool tableExists(const std::string& name) {
    return !rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", {name}).empty();
  }

  TempDir dir;
  LaneDb db{dir / "lane.db"};
};

// v2 fills the table v1 creates, so applying them out of order would fail.
const std::vector<Migration> kDemo{
    {2, "seed rewards", "INSERT INTO demo_rewards(points) VALUES(100)"},
    {1, "rewards table", "CREATE TABLE demo_rewards(points INTEGER NOT NULL)"},
};

TEST_F(LaneDbMigration, AppliesInVersionOrderOnce) {
  ASSERT_TRUE(db.migrate("demo", kDemo));
  ASSERT_TRUE(db.migrate("demo", kDemo));
  EXPECT_EQ(rows("SELECT count(*) FROM demo_rewards")[0][0], possdk::SqlValue{std::int64_t{1}});
  EXPECT_EQ(recorded("demo"), (std::vector<possdk::SqlRow>{{std::int64_t{1}, std::string("rewards table")},
                                                           {std::int64_t{2}, std::string("seed rewards")}}));
  auto at = rows("SELECT applied_at FROM schema_migrations WHERE scope = 'demo' AND version = 1");
  EXPECT_THAT(std::get<std::string>(at[0][0]), ::testing::MatchesRegex(R"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z)"));
}

TEST_F(LaneDbMigration, AppliesOnlyTheNewStepsLater) {
  ASSERT_TRUE(db.migrate("demo", {kDemo[1]}));
  auto extended = kDemo;
  extended.push_back({3, "more", "INSERT INTO demo_rewards(points) VALUES(5)"});
  ASSERT_TRUE(db.migrate("demo", extended));
  EXPECT_EQ(rows("SELECT sum(points) FROM demo_rewards")[0][0], possdk::SqlValue{std::int64_t{105}});
  EXPECT_EQ(recorded("demo").size(), 3u);
}

TEST_F(LaneDbMigration, ScriptsWithSeveralStatementsRun) {
  ASSERT_TRUE(db.migrate("demo", {{1, "two tables", "CREATE TABLE demo_a(x); CREATE TABLE demo_b(y);"}}));
  EXPECT_TRUE(tableExists("demo_a"));
  EXPECT_TRUE(tableExists("demo_b"));
}

TEST_F(LaneDbMigration, FailingStepRollsBackAndLeavesTheRecordUnchanged) {
  ASSERT_TRUE(db.migrate("demo", {kDemo[1]}));
  const std::vector<Migration> broken{
      kDemo[1],
      {2, "broken", "CREATE TABLE demo_half(x); INSERT INTO demo_missing VALUES(1)"},
      {3, "after", "CREATE TABLE demo_after(x)"},
  };
  auto result = db.migrate("demo", broken);
  ASSERT_FALSE(result);
  EXPECT_THAT(result.error(), HasSubstr("migration demo v2 'broken' failed: "));
  EXPECT_THAT(result.error(), HasSubstr("no such table: demo_missing"));
  EXPECT_FALSE(tableExists("demo_half"));
  EXPECT_FALSE(tableExists("demo_after"));
  EXPECT_EQ(recorded("demo").size(), 1u);
}

TEST_F(LaneDbMigration, DuplicateVersionIsRefusedBeforeAnythingRuns) {
  auto result = db.migrate("demo", {{1, "first", "CREATE TABLE demo_one(x)"}, {1, "second", "CREATE TABLE demo_two(x)"}});
  ASSERT_FALSE(result);
  EXPECT_THAT(result.error(), HasSubstr("migration demo v1 'second' reuses the version of 'first'"));
  EXPECT_FALSE(tableExists("demo_one"));
  EXPECT_TRUE(recorded("demo").empty());
}

TEST_F(LaneDbMigration, VersionsBelowOneAreRefused) {
  for (int version : {0, -3}) {
    auto result = db.migrate("demo", {{version, "zero", "CREATE TABLE demo_zero(x)"}});
    ASSERT_FALSE(result);
    EXPECT_THAT(result.error(), HasSubstr("version below 1"));
  }
  EXPECT_FALSE(tableExists("demo_zero"));
}

TEST_F(LaneDbMigration, ScopesAreIndependent) {
  ASSERT_TRUE(db.migrate("alpha", {{1, "a", "CREATE TABLE alpha_t(x)"}}));
  ASSERT_TRUE(db.migrate("beta", {{1, "b", "CREATE TABLE beta_t(x)"}}));
  EXPECT_TRUE(tableExists("alpha_t"));
  EXPECT_TRUE(tableExists("beta_t"));
}

}  // namespace
}  // namespace poscore

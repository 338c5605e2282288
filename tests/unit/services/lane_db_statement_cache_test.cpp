#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/services/lane_db.hpp"
#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;
using postest::TempDir;

class LaneDbStatementCache : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(db.exec("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT)")); }
  std::size_t prepared() { return db.statementCacheStats().prepared; }
  std::int64_t count() {
    auto rows = db.query("SELECT count(*) FROM items");
    EXPECT_TRUE(rows) << rows.error();
    return rows ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  }

  TempDir dir;
  LaneDb db{dir / "lane.db"};
};

TEST_F(LaneDbStatementCache, TheSameSqlIsPreparedOnceAndRunsWithNewValuesEachTime) {
  const std::string insert = "INSERT INTO items(name) VALUES(?)";
  const auto before = prepared();
  for (const char* name : {"rice", "tea", "soy sauce"}) ASSERT_TRUE(db.exec(insert, {std::string(name)}));
  EXPECT_EQ(prepared(), before + 1);
  auto rows = db.query("SELECT name FROM items ORDER BY id");
  ASSERT_TRUE(rows) << rows.error();
  ASSERT_EQ(rows.value().size(), 3u);
  EXPECT_EQ(std::get<std::string>(rows.value()[2][0]), "soy sauce");
}

TEST_F(LaneDbStatementCache, AStatementThatFailedIsResetAndWorksNextTime) {
  ASSERT_TRUE(db.exec("CREATE UNIQUE INDEX items_name ON items(name)"));
  const std::string insert = "INSERT INTO items(name) VALUES(?)";
  ASSERT_TRUE(db.exec(insert, {std::string("rice")}));
  auto duplicate = db.exec(insert, {std::string("rice")});
  ASSERT_FALSE(duplicate);
  EXPECT_THAT(duplicate.error(), HasSubstr("UNIQUE"));
  EXPECT_TRUE(db.exec(insert, {std::string("tea")}));
  EXPECT_EQ(count(), 2);
}

TEST_F(LaneDbStatementCache, AKeptStatementSeesTheSchemaAfterAMigration) {
  const std::string all = "SELECT * FROM items";
  ASSERT_TRUE(db.exec("INSERT INTO items(name) VALUES('rice')"));
  auto before = db.query(all);
  ASSERT_TRUE(before) << before.error();
  EXPECT_EQ(before.value().at(0).size(), 2u);
  ASSERT_TRUE(db.migrate("demo", {{1, "price column", "ALTER TABLE items ADD COLUMN price INTEGER NOT NULL DEFAULT 250"}}));
  auto after = db.query(all);
  ASSERT_TRUE(after) << after.error();
  ASSERT_EQ(after.value().at(0).size(), 3u);
  EXPECT_EQ(after.value()[0][2], possdk::SqlValue{std::int64_t{250}});
}

TEST_F(LaneDbStatementCache, AKeptStatementOnADroppedTableFailsClearlyAndRecoversWhenItIsBack) {
  const std::string names = "SELECT name FROM items";
  ASSERT_TRUE(db.query(names));
  ASSERT_TRUE(db.exec("DROP TABLE items"));
  auto gone = db.query(names);
  ASSERT_FALSE(gone);
  EXPECT_THAT(gone.error(), HasSubstr("no such table: items"));
  ASSERT_TRUE(db.exec("CREATE TABLE items(name TEXT)"));
  ASSERT_TRUE(db.exec("INSERT INTO items(name) VALUES('tea')"));
  auto back = db.query(names);
  ASSERT_TRUE(back) << back.error();
  EXPECT_EQ(back.value().size(), 1u);
}

TEST_F(LaneDbStatementCache, StaysWithinItsBoundAndPreparesEvictedStatements) {
  const auto capacity = db.statementCacheStats().capacity;
  ASSERT_GT(capacity, 0u);
  auto distinct = [](std::size_t i) { return "SELECT " + std::to_string(i) + " FROM items"; };
  for (std::size_t i = 0; i < capacity + 10; ++i) ASSERT_TRUE(db.query(distinct(i)));
  EXPECT_EQ(db.statementCacheStats().kept, capacity);

  // The most recent ones are kept, the oldest were finalised and are prepared again.
  const auto before = prepared();
  ASSERT_TRUE(db.query(distinct(capacity + 9)));
  EXPECT_EQ(prepared(), before);
  ASSERT_TRUE(db.query(distinct(0)));
  EXPECT_EQ(prepared(), before + 1);
  EXPECT_EQ(db.statementCacheStats().kept, capacity);
}

TEST_F(LaneDbStatementCache, KeptStatementsWorkAcrossNestedTransactionsAndRollbacks) {
  const std::string insert = "INSERT INTO items(name) VALUES(?)";
  auto failed = db.transaction([&](possdk::Sql& outer) {
    if (auto added = outer.exec(insert, {std::string("rice")}); !added) return possdk::Status::fail(added.error());
    return outer.transaction([&](possdk::Sql& inner) {
      if (auto added = inner.exec(insert, {std::string("tea")}); !added) return possdk::Status::fail(added.error());
      return possdk::Status::fail("the cashier cancelled");
    });
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(count(), 0);
  ASSERT_TRUE(db.transaction([&](possdk::Sql& outer) {
    return outer.transaction([&](possdk::Sql& inner) {
      auto added = inner.exec(insert, {std::string("noodles")});
      return added ? possdk::Status::ok() : possdk::Status::fail(added.error());
    });
  }));
  EXPECT_EQ(count(), 1);
}

}  // namespace
}  // namespace poscore

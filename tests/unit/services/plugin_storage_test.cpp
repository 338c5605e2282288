#include "poscore/services/plugin_storage.hpp"

#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace poscore {
namespace {

TEST(PluginStorage, MigrationsAreRecordedUnderThePluginId) {
  postest::TempDir dir;
  LaneDb db(dir / "lane.db");
  PluginStorage storage(db, "weighing");
  ASSERT_TRUE(storage.migrate({{1, "orders", "CREATE TABLE weighing_orders(code TEXT, grams INTEGER)"}}));
  auto scopes = db.query("SELECT version, name FROM schema_migrations WHERE scope = 'weighing'");
  ASSERT_TRUE(scopes);
  EXPECT_EQ(scopes.value(), (std::vector<possdk::SqlRow>{{std::int64_t{1}, std::string("orders")}}));
}

TEST(PluginStorage, ForwardsStatementsAndTransactions) {
  postest::TempDir dir;
  LaneDb db(dir / "lane.db");
  PluginStorage storage(db, "weighing");
  ASSERT_TRUE(storage.exec("CREATE TABLE weighing_bags(grams INTEGER)"));
  auto committed = storage.transaction([](possdk::Sql& sql) {
    auto done = sql.exec("INSERT INTO weighing_bags VALUES(?)", {std::int64_t{1250}});
    return done ? possdk::Status::ok() : possdk::Status::fail(done.error());
  });
  ASSERT_TRUE(committed) << committed.error();
  auto rolledBack = storage.transaction([](possdk::Sql& sql) {
    (void)sql.exec("INSERT INTO weighing_bags VALUES(1)");
    return possdk::Status::fail("bag too heavy");
  });
  EXPECT_FALSE(rolledBack);
  auto rows = storage.query("SELECT grams FROM weighing_bags");
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows.value(), (std::vector<possdk::SqlRow>{{std::int64_t{1250}}}));
}

}  // namespace
}  // namespace poscore

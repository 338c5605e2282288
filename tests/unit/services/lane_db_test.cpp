#include "poscore/services/lane_db.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>

#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using postest::TempDir;
using Bytes = std::vector<std::uint8_t>;

class LaneDbTest : public ::testing::Test {
 protected:
  possdk::SqlValue scalar(const std::string& sql) {
    auto rows = db.query(sql);
    EXPECT_TRUE(rows) << rows.error();
    return rows ? rows.value().at(0).at(0) : possdk::SqlValue{};
  }

  TempDir dir;
  LaneDb db{dir / "data/lane.db"};
};

TEST_F(LaneDbTest, CreatesTheFileAndItsFolder) {
  EXPECT_TRUE(std::filesystem::exists(dir / "data/lane.db"));
  EXPECT_EQ(db.file(), dir / "data/lane.db");
}

TEST_F(LaneDbTest, PragmasAreSet) {
  EXPECT_EQ(scalar("PRAGMA journal_mode"), possdk::SqlValue{std::string("wal")});
  EXPECT_EQ(scalar("PRAGMA synchronous"), possdk::SqlValue{std::int64_t{2}});  // FULL
  EXPECT_EQ(scalar("PRAGMA foreign_keys"), possdk::SqlValue{std::int64_t{1}});
  EXPECT_GT(std::get<std::int64_t>(scalar("PRAGMA busy_timeout")), 0);
  EXPECT_EQ(scalar("PRAGMA temp_store"), possdk::SqlValue{std::int64_t{2}});  // MEMORY
  EXPECT_GT(std::get<std::int64_t>(scalar("PRAGMA mmap_size")), 0);
}

TEST_F(LaneDbTest, HostTablesAreCreatedOnceByTheHostMigrations) {
  for (const char* table : {"settings_overrides", "audit", "outbox", "schema_migrations"}) {
    auto found = db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", {std::string(table)});
    ASSERT_TRUE(found) << found.error();
    EXPECT_EQ(found.value().size(), 1u) << table;
  }
  auto applied = scalar("SELECT count(*) FROM schema_migrations WHERE scope = 'host'");
  LaneDb reopened(dir / "data/lane.db");
  auto again = reopened.query("SELECT count(*) FROM schema_migrations WHERE scope = 'host'");
  ASSERT_TRUE(again) << again.error();
  EXPECT_EQ(again.value().at(0).at(0), applied);
}

TEST_F(LaneDbTest, OutboxAttemptsDefaultToZero) {
  ASSERT_TRUE(db.exec("INSERT INTO outbox(plugin, path, body, idempotency_key, created_at) VALUES('p', '/x', '{}', 'k', 't')"));
  EXPECT_EQ(scalar("SELECT attempts FROM outbox"), possdk::SqlValue{std::int64_t{0}});
}

TEST_F(LaneDbTest, EveryValueTypeRoundTrips) {
  ASSERT_TRUE(db.exec("CREATE TABLE kinds(n, i INTEGER, t TEXT, b BLOB, e BLOB, z TEXT)"));
  const possdk::SqlRow row{nullptr, std::numeric_limits<std::int64_t>::min(), std::string("h\xC3\xA9llo\0world", 12),
                           Bytes{0, 1, 2, 255, 0}, Bytes{}, std::string()};
  auto inserted = db.exec("INSERT INTO kinds VALUES(?, ?, ?, ?, ?, ?)", row);
  ASSERT_TRUE(inserted) << inserted.error();
  EXPECT_EQ(inserted.value(), 1);
  ASSERT_TRUE(db.exec("INSERT INTO kinds(i) VALUES(?)", {std::numeric_limits<std::int64_t>::max()}));

  auto rows = db.query("SELECT n, i, t, b, e, z FROM kinds ORDER BY rowid");
  ASSERT_TRUE(rows) << rows.error();
  ASSERT_EQ(rows.value().size(), 2u);
  EXPECT_EQ(rows.value()[0], row);
  EXPECT_EQ(rows.value()[1][1], possdk::SqlValue{std::numeric_limits<std::int64_t>::max()});
  EXPECT_EQ(scalar("SELECT typeof(e) FROM kinds WHERE rowid = 1"), possdk::SqlValue{std::string("blob")});
}

TEST_F(LaneDbTest, ParametersFilterQueries) {
  ASSERT_TRUE(db.exec("CREATE TABLE items(code TEXT, grams INTEGER)"));
  for (std::int64_t g : {100, 250, 500}) ASSERT_TRUE(db.exec("INSERT INTO items VALUES('x', ?)", {g}));
  auto rows = db.query("SELECT grams FROM items WHERE grams > ? ORDER BY grams", {std::int64_t{200}});
  ASSERT_TRUE(rows) << rows.error();
  EXPECT_EQ(rows.value(), (std::vector<possdk::SqlRow>{{std::int64_t{250}}, {std::int64_t{500}}}));
}

TEST_F(LaneDbTest, ExecReturnsTheRowsChanged) {
  ASSERT_TRUE(db.exec("CREATE TABLE t(x INTEGER)"));
  for (std::int64_t i = 0; i < 3; ++i) ASSERT_TRUE(db.exec("INSERT INTO t VALUES(?)", {i}));
  auto updated = db.exec("UPDATE t SET x = x + 1");
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated.value(), 3);
  auto created = db.exec("CREATE TABLE u(y)");
  ASSERT_TRUE(created);
  EXPECT_EQ(created.value(), 0) << "a statement that changes no rows must not report the previous count";
}

TEST_F(LaneDbTest, RealColumnIsRefusedByName) {
  ASSERT_TRUE(db.exec("CREATE TABLE prices(amount)"));
  ASSERT_TRUE(db.exec("INSERT INTO prices VALUES(1.5)"));
  auto rows = db.query("SELECT amount AS price_eur FROM prices");
  ASSERT_FALSE(rows);
  EXPECT_THAT(rows.error(), HasSubstr("'price_eur'"));
  EXPECT_THAT(rows.error(), HasSubstr("floating-point"));
}

TEST_F(LaneDbTest, ErrorsNameTheSqlTheFileAndSqlitesReason) {
  const std::string sql = "INSERT INTO no_such_table(a_rather_long_column_name, another_long_column_name) VALUES(1, 2)";
  auto failed = db.exec(sql);
  ASSERT_FALSE(failed);
  EXPECT_THAT(failed.error(), HasSubstr(sql.substr(0, 80)));
  EXPECT_THAT(failed.error(), Not(HasSubstr(sql.substr(0, 81))));
  EXPECT_THAT(failed.error(), HasSubstr(db.file().string()));
  EXPECT_THAT(failed.error(), HasSubstr("no such table: no_such_table"));

  auto queried = db.query("SELEC 1");
  ASSERT_FALSE(queried);
  EXPECT_THAT(queried.error(), HasSubstr("SELEC 1"));
  EXPECT_THAT(queried.error(), HasSubstr("syntax error"));
}

TEST_F(LaneDbTest, ConstraintViolationIsReported) {
  ASSERT_TRUE(db.exec("CREATE TABLE once(k TEXT PRIMARY KEY)"));
  ASSERT_TRUE(db.exec("INSERT INTO once VALUES('a')"));
  auto again = db.exec("INSERT INTO once VALUES('a')");
  ASSERT_FALSE(again);
  EXPECT_THAT(again.error(), HasSubstr("UNIQUE constraint failed"));
}

TEST_F(LaneDbTest, ForeignKeysAreEnforced) {
  ASSERT_TRUE(db.exec("CREATE TABLE parent(id INTEGER PRIMARY KEY)"));
  ASSERT_TRUE(db.exec("CREATE TABLE child(parent_id INTEGER REFERENCES parent(id))"));
  auto orphan = db.exec("INSERT INTO child VALUES(7)");
  ASSERT_FALSE(orphan);
  EXPECT_THAT(orphan.error(), HasSubstr("FOREIGN KEY constraint failed"));
}

TEST_F(LaneDbTest, WrongNumberOfParametersIsRefused) {
  auto failed = db.query("SELECT ?, ?", {std::int64_t{1}});
  ASSERT_FALSE(failed);
  EXPECT_THAT(failed.error(), HasSubstr("2 '?' placeholders but 1 values"));
}

TEST_F(LaneDbTest, MoreThanOneStatementIsRefused) {
  ASSERT_TRUE(db.exec("CREATE TABLE t(x)"));
  auto failed = db.exec("INSERT INTO t VALUES(1); INSERT INTO t VALUES(2)");
  ASSERT_FALSE(failed);
  EXPECT_THAT(failed.error(), HasSubstr("more than one statement"));
  EXPECT_EQ(scalar("SELECT count(*) FROM t"), possdk::SqlValue{std::int64_t{0}});
  EXPECT_TRUE(db.exec("INSERT INTO t VALUES(3);  -- trailing comment\n"));
}

TEST(LaneDbOpen, UnusableFileIsReportedWithItsName) {
  TempDir dir;
  auto file = dir.write("lane.db", "this is not a database, just some text that is long enough to matter.....");
  try {
    LaneDb db(file);
    FAIL() << "opened a file that is not a database";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr(file.string()));
    EXPECT_THAT(e.what(), HasSubstr("not a database"));
  }
}

}  // namespace
}  // namespace poscore

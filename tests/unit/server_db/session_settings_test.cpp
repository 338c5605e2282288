#include "database_fixture.hpp"

namespace posserver::db::test {
namespace {

using possdk::SqlRow;

std::vector<SqlRow> rowsOf(Database& db, const std::string& sql) {
  auto rows = db.query(sql);
  EXPECT_TRUE(rows.isOk()) << rows.error();
  return rows.isOk() ? rows.value() : std::vector<SqlRow>{};
}

// Points are money: SQLite commits reach the disk (synchronous=FULL) in WAL mode, and foreign keys
// are enforced on every pooled session.
TEST(SessionSettings, SqliteIsDurableAndEnforcesForeignKeys) {
  postest::TempDir dir;
  auto db = Database::open({Dialect::Sqlite, (dir / "server.db").string()});
  EXPECT_EQ(rowsOf(*db, "PRAGMA journal_mode"), (std::vector<SqlRow>{{std::string("wal")}}));
  EXPECT_EQ(rowsOf(*db, "PRAGMA synchronous"), (std::vector<SqlRow>{{std::int64_t{2}}}));  // FULL
  EXPECT_EQ(rowsOf(*db, "PRAGMA foreign_keys"), (std::vector<SqlRow>{{std::int64_t{1}}}));
  ASSERT_TRUE(db->exec("CREATE TABLE members (id INTEGER PRIMARY KEY)").isOk());
  ASSERT_TRUE(db->exec("CREATE TABLE entries (member_id INTEGER NOT NULL REFERENCES members (id))").isOk());
  EXPECT_FALSE(db->exec("INSERT INTO entries (member_id) VALUES (7)").isOk());
}

TEST(SessionSettings, SqliteWaitsForTheWriteLockInsteadOfFailing) {
  postest::TempDir dir;
  auto db = Database::open({Dialect::Sqlite, (dir / "server.db").string()});
  auto timeout = rowsOf(*db, "PRAGMA busy_timeout");
  ASSERT_EQ(timeout.size(), 1u);
  EXPECT_GE(std::get<std::int64_t>(timeout[0][0]), 5000) << "several seconds";
}

TEST(SessionSettings, PostgresTransactionsAreReadCommitted) {
  POSTEST_REQUIRE_POSTGRES();
  postest::FreshPostgresDatabase fresh(*postest::postgresConnInfo());
  auto db = Database::open({Dialect::Postgres, fresh.connInfo()});
  std::vector<SqlRow> level;
  ASSERT_TRUE(db->transaction([&](possdk::Sql& tx) {
                  auto rows = tx.query("SHOW transaction_isolation");
                  if (!rows) return possdk::Status::fail(rows.error());
                  level = rows.value();
                  return possdk::Status::ok();
                }).isOk());
  EXPECT_EQ(level, (std::vector<SqlRow>{{std::string("read committed")}}));
}

// A statement stuck on a lock or a runaway query gives its session back to the pool in bounded time.
TEST(SessionSettings, PostgresStatementsTimeOut) {
  POSTEST_REQUIRE_POSTGRES();
  postest::FreshPostgresDatabase fresh(*postest::postgresConnInfo());
  auto db = Database::open({Dialect::Postgres, fresh.connInfo()});
  EXPECT_EQ(rowsOf(*db, "SHOW statement_timeout"), (std::vector<SqlRow>{{std::string("30s")}}));
}

}  // namespace
}  // namespace posserver::db::test

#include "database_fixture.hpp"

namespace posserver::db::test {
namespace {

using possdk::SqlRow;

class Statements : public DatabaseTest {};

TEST_P(Statements, ExecReturnsRowsChanged) {
  run("CREATE TABLE c (k INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
  auto inserted = db().exec("INSERT INTO c (k, n) VALUES (1, 0), (2, 0), (3, 5)");
  ASSERT_TRUE(inserted.isOk()) << inserted.error();
  EXPECT_EQ(inserted.value(), 3);
  auto updated = db().exec("UPDATE c SET n = n + 1 WHERE n = ?", {std::int64_t{0}});
  ASSERT_TRUE(updated.isOk()) << updated.error();
  EXPECT_EQ(updated.value(), 2);
  auto none = db().exec("DELETE FROM c WHERE k = ?", {std::int64_t{42}});
  ASSERT_TRUE(none.isOk()) << none.error();
  EXPECT_EQ(none.value(), 0);
  auto created = db().exec("CREATE TABLE d (k INTEGER)");
  ASSERT_TRUE(created.isOk()) << created.error();
  EXPECT_EQ(created.value(), 0);
}

TEST_P(Statements, OnConflictDoNothingChangesNothing) {
  run("CREATE TABLE keys (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
  const std::string insert = "INSERT INTO keys (k, v) VALUES (?, ?) ON CONFLICT (k) DO NOTHING";
  auto first = db().exec(insert, {std::string("sale-1"), std::int64_t{10}});
  auto again = db().exec(insert, {std::string("sale-1"), std::int64_t{99}});
  ASSERT_TRUE(first.isOk() && again.isOk()) << first.error() << again.error();
  EXPECT_EQ(first.value(), 1);
  EXPECT_EQ(again.value(), 0);
  auto rows = db().query("SELECT v FROM keys WHERE k = ?", {std::string("sale-1")});
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(rows.value(), (std::vector<SqlRow>{{std::int64_t{10}}}));
}

TEST_P(Statements, ReturningComesBackThroughQuery) {
  ASSERT_TRUE(db().migrate("core", {{1, "ledger", "CREATE TABLE ledger (id {{id}}, points BIGINT NOT NULL)"}}).isOk());
  auto first = db().query("INSERT INTO ledger (points) VALUES (?) RETURNING id, points", {std::int64_t{50}});
  auto second = db().query("INSERT INTO ledger (points) VALUES (?) RETURNING id, points", {std::int64_t{-20}});
  ASSERT_TRUE(first.isOk() && second.isOk()) << first.error() << second.error();
  EXPECT_EQ(first.value(), (std::vector<SqlRow>{{std::int64_t{1}, std::int64_t{50}}}));
  EXPECT_EQ(second.value(), (std::vector<SqlRow>{{std::int64_t{2}, std::int64_t{-20}}}));
  auto conflict = db().query("INSERT INTO ledger (id, points) VALUES (1, 5) ON CONFLICT (id) DO NOTHING RETURNING id");
  ASSERT_TRUE(conflict.isOk()) << conflict.error();
  EXPECT_TRUE(conflict.value().empty());
}

TEST_P(Statements, OneStatementPerCall) {
  run("CREATE TABLE c (k INTEGER)");
  auto two = db().exec("INSERT INTO c VALUES (1); INSERT INTO c VALUES (2)");
  EXPECT_FALSE(two.isOk());
  EXPECT_EQ(count("c"), 0) << "neither statement may run";
  EXPECT_TRUE(db().exec("INSERT INTO c VALUES (3);").isOk()) << "a closing semicolon is fine";
}

// SQLite's running total of changes counts what triggers wrote too; PostgreSQL reports only the
// statement's own rows, and so must SQLite.
TEST_P(Statements, ExecCountsOnlyTheStatementsOwnRowsNotATriggersWrites) {
  run("CREATE TABLE items (k INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
  run("CREATE TABLE audit (k INTEGER NOT NULL)");
  if (GetParam() == Dialect::Sqlite) {
    run("CREATE TRIGGER items_audit AFTER UPDATE ON items "
        "BEGIN INSERT INTO audit VALUES (NEW.k); INSERT INTO audit VALUES (NEW.k); END");
  } else {
    run("CREATE FUNCTION items_audit() RETURNS trigger LANGUAGE plpgsql AS "
        "'BEGIN INSERT INTO audit VALUES (NEW.k); INSERT INTO audit VALUES (NEW.k); RETURN NEW; END'");
    run("CREATE TRIGGER items_audit AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION items_audit()");
  }
  run("INSERT INTO items (k, n) VALUES (1, 0), (2, 0), (3, 7)");
  auto updated = db().exec("UPDATE items SET n = n + 1 WHERE n = 0");
  ASSERT_TRUE(updated.isOk()) << updated.error();
  EXPECT_EQ(updated.value(), 2);
  EXPECT_EQ(count("audit"), 4) << "the trigger did run";
  auto none = db().exec("UPDATE items SET n = 0 WHERE k = 42");
  ASSERT_TRUE(none.isOk()) << none.error();
  EXPECT_EQ(none.value(), 0);
  auto created = db().exec("CREATE TABLE later (k INTEGER)");
  ASSERT_TRUE(created.isOk()) << created.error();
  EXPECT_EQ(created.value(), 0) << "not the count of the statement before";
}

POS_DATABASE_TEST_SUITE(Statements);

}  // namespace
}  // namespace posserver::db::test

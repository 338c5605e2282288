#include <limits>

#include "database_fixture.hpp"

namespace posserver::db::test {
namespace {

using possdk::SqlRow;
using possdk::SqlValue;
using Bytes = std::vector<std::uint8_t>;

class Values : public DatabaseTest {};

TEST_P(Values, EveryTypeComesBackAsStored) {
  run("CREATE TABLE v (k INTEGER NOT NULL, i BIGINT, t TEXT, b " + blobType() + ")");
  const std::vector<SqlRow> stored = {
      {std::int64_t{1}, nullptr, nullptr, nullptr},
      {std::int64_t{2}, std::numeric_limits<std::int64_t>::max(), std::string("plain"), Bytes{}},
      {std::int64_t{3}, std::numeric_limits<std::int64_t>::min(), std::string(""), Bytes{0x00, 0xff, 0x5c, 0x27}},
      // Poco 1.11 reads this one through a double on PostgreSQL; it must survive exactly.
      {std::int64_t{4}, std::int64_t{-9223372036854775807}, std::string("it's ? \"quoted\" 积分"), Bytes{0x00}},
      {std::int64_t{5}, std::int64_t{-9223372036854775000}, std::string("\\x41"), Bytes(1000, 0x7f)},
  };
  for (const auto& row : stored) run("INSERT INTO v (k, i, t, b) VALUES (?, ?, ?, ?)", row);
  auto rows = db().query("SELECT k, i, t, b FROM v ORDER BY k");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(rows.value(), stored);
}

TEST_P(Values, IntegersCountsAndExpressionsAreInt64) {
  run("CREATE TABLE n (small INTEGER, big BIGINT)");
  run("INSERT INTO n VALUES (?, ?)", {std::int64_t{2}, std::int64_t{4'000'000'000'000}});
  run("INSERT INTO n VALUES (?, ?)", {std::int64_t{3}, std::int64_t{5'000'000'000'000}});
  auto rows = db().query(
      "SELECT count(*), sum(small), sum(big), max(big), min(small) + 1, CASE WHEN 1 = 1 THEN 7 END, (1 = 1), "
      "(1 = 2) FROM n");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  const SqlRow expected = {std::int64_t{2}, std::int64_t{5}, std::int64_t{9'000'000'000'000},
                           std::int64_t{5'000'000'000'000}, std::int64_t{3}, std::int64_t{7}, std::int64_t{1},
                           std::int64_t{0}};
  EXPECT_EQ(rows.value().at(0), expected);
}

TEST_P(Values, SumBeyondDoublePrecisionIsExact) {
  run("CREATE TABLE s (a BIGINT)");
  run("INSERT INTO s VALUES (?)", {std::int64_t{9007199254740993}});
  run("INSERT INTO s VALUES (?)", {std::int64_t{0}});
  auto rows = db().query("SELECT sum(a) FROM s");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(rows.value().at(0).at(0), SqlValue{std::int64_t{9007199254740993}});
}

TEST_P(Values, FloatingPointIsRefusedWithAHint) {
  auto rows = db().query("SELECT CAST(1.5 AS REAL) AS ratio");
  ASSERT_FALSE(rows.isOk());
  EXPECT_NE(rows.error().find("ratio"), std::string::npos) << rows.error();
  EXPECT_NE(rows.error().find("integers"), std::string::npos) << rows.error();
}

TEST_P(Values, QuestionMarksInQuotesAndCommentsAreNotParameters) {
  auto rows = db().query(
      "SELECT '?', 'it''s ?', \"?\", ? /* ? */ FROM (SELECT 1 AS \"?\") AS q -- ?\n WHERE ? = 1",
      {std::int64_t{5}, std::int64_t{1}});
  ASSERT_TRUE(rows.isOk()) << rows.error();
  const SqlRow expected = {std::string("?"), std::string("it's ?"), std::int64_t{1}, std::int64_t{5}};
  EXPECT_EQ(rows.value().at(0), expected);
}

TEST_P(Values, SqlErrorsNameTheStatementAndTheReason) {
  auto bad = db().query("SELEKT 1 FROM nowhere");
  ASSERT_FALSE(bad.isOk());
  EXPECT_EQ(bad.error().rfind("SELEKT 1 FROM", 0), 0u) << bad.error();
  EXPECT_NE(bad.error().find("syntax error"), std::string::npos) << bad.error();

  run("CREATE TABLE u (k INTEGER PRIMARY KEY)");
  run("INSERT INTO u VALUES (1)");
  auto duplicate = db().exec("INSERT INTO u VALUES (1)");
  ASSERT_FALSE(duplicate.isOk());
  EXPECT_EQ(duplicate.error().rfind("INSERT INTO u", 0), 0u) << duplicate.error();
  EXPECT_TRUE(duplicate.error().find("UNIQUE") != std::string::npos ||
              duplicate.error().find("unique") != std::string::npos)
      << duplicate.error();
}

TEST_P(Values, TooFewParametersIsAnError) {
  auto rows = db().query("SELECT ?, ?", {std::int64_t{1}});
  EXPECT_FALSE(rows.isOk());
}

POS_DATABASE_TEST_SUITE(Values);

}  // namespace
}  // namespace posserver::db::test

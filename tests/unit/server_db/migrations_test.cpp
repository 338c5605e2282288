#include <thread>

#include "database_fixture.hpp"

namespace posserver::db::test {
namespace {

using possdk::Migration;
using possdk::SqlRow;

class Migrations : public DatabaseTest {
 protected:
  std::vector<SqlRow> applied(const std::string& owner) {
    auto rows = db().query("SELECT version, name FROM schema_migrations WHERE owner = ? ORDER BY version", {owner});
    EXPECT_TRUE(rows.isOk()) << rows.error();
    return rows.isOk() ? rows.value() : std::vector<SqlRow>{};
  }
};

const std::vector<Migration> memberSteps = {
    {1, "members", "CREATE TABLE members (id {{id}}, card TEXT NOT NULL UNIQUE, photo {{blob}})"},
    {2, "first member", "INSERT INTO members (card) VALUES ('0001'); INSERT INTO members (card) VALUES ('0002')"},
};

TEST_P(Migrations, StepsRunOnceInOrder) {
  ASSERT_TRUE(db().migrate("points", memberSteps).isOk());
  auto again = db().migrate("points", memberSteps);
  ASSERT_TRUE(again.isOk()) << again.error();
  EXPECT_EQ(count("members"), 2);
  EXPECT_EQ(applied("points"), (std::vector<SqlRow>{{std::int64_t{1}, std::string("members")},
                                                    {std::int64_t{2}, std::string("first member")}}));
}

TEST_P(Migrations, LaterStepsApplyOnTopOfEarlierOnes) {
  ASSERT_TRUE(db().migrate("points", {memberSteps[0]}).isOk());
  auto more = memberSteps;
  more.push_back({3, "level", "ALTER TABLE members ADD COLUMN level INTEGER NOT NULL DEFAULT 0"});
  ASSERT_TRUE(db().migrate("points", more).isOk());
  EXPECT_EQ(applied("points").size(), 3u);
  EXPECT_TRUE(db().query("SELECT level FROM members").isOk());
}

TEST_P(Migrations, TokensBecomeTheDialectsTypes) {
  ASSERT_TRUE(db().migrate("points", memberSteps).isOk());
  const std::vector<std::uint8_t> photo{0x00, 0xff};
  ASSERT_TRUE(db().exec("UPDATE members SET photo = ? WHERE card = '0001'", {photo}).isOk());
  auto rows = db().query("SELECT id, photo FROM members ORDER BY id");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(rows.value(), (std::vector<SqlRow>{{std::int64_t{1}, photo}, {std::int64_t{2}, nullptr}}));
  // The id is numbered by the database, 64 bits wide.
  ASSERT_TRUE(db().exec("INSERT INTO members (id, card) VALUES (?, '0003')", {std::int64_t{1} << 40}).isOk());
  auto next = db().query("INSERT INTO members (card) VALUES ('0004') RETURNING id");
  ASSERT_TRUE(next.isOk()) << next.error();
  EXPECT_GT(std::get<std::int64_t>(next.value().at(0).at(0)), 2);
}

TEST_P(Migrations, OwnersHaveTheirOwnVersions) {
  ASSERT_TRUE(db().migrate("points", memberSteps).isOk());
  ASSERT_TRUE(db().migrate("stamp", {{1, "stamps", "CREATE TABLE stamps (id {{id}})"}}).isOk());
  EXPECT_EQ(applied("points").size(), 2u);
  EXPECT_EQ(applied("stamp"), (std::vector<SqlRow>{{std::int64_t{1}, std::string("stamps")}}));
}

TEST_P(Migrations, VersionsOutOfOrderOrRepeatedAreRefusedBeforeAnythingRuns) {
  const std::vector<Migration> repeated = {{1, "a", "CREATE TABLE a (k INTEGER)"}, {1, "b", "CREATE TABLE b (k INTEGER)"}};
  auto refused = db().migrate("coupon_kiosk", repeated);
  ASSERT_FALSE(refused.isOk());
  EXPECT_NE(refused.error().find("'coupon_kiosk'"), std::string::npos) << refused.error();
  EXPECT_NE(refused.error().find("version 1"), std::string::npos) << refused.error();

  const std::vector<Migration> backwards = {{2, "a", "CREATE TABLE a (k INTEGER)"}, {1, "b", "CREATE TABLE b (k INTEGER)"}};
  auto refusedToo = db().migrate("coupon_kiosk", backwards);
  ASSERT_FALSE(refusedToo.isOk());
  EXPECT_NE(refusedToo.error().find("version 1 comes after version 2"), std::string::npos) << refusedToo.error();
  EXPECT_FALSE(db().query("SELECT k FROM a").isOk()) << "no step may run from a refused list";
}

TEST_P(Migrations, UnknownTokenIsRefused) {
  auto refused = db().migrate("points", {{1, "odd", "CREATE TABLE odd (id {{uuid}})"}});
  ASSERT_FALSE(refused.isOk());
  EXPECT_NE(refused.error().find("{{uuid}}"), std::string::npos) << refused.error();
}

TEST_P(Migrations, AFailingStepLeavesNothingOfItself) {
  auto steps = memberSteps;
  steps.push_back({3, "broken", "CREATE TABLE half (k INTEGER); INSERT INTO nowhere VALUES (1)"});
  auto failed = db().migrate("points", steps);
  ASSERT_FALSE(failed.isOk());
  EXPECT_NE(failed.error().find("migration 3 (broken) of 'points'"), std::string::npos) << failed.error();
  EXPECT_FALSE(db().query("SELECT k FROM half").isOk());
  EXPECT_EQ(applied("points").size(), 2u);
}

TEST_P(Migrations, TwoServersMigratingAtOnceApplyEachStepOnce) {
  // No unique key: a step applied twice would leave two rows.
  const std::vector<Migration> steps = {
      {1, "log", "CREATE TABLE log (line TEXT NOT NULL)"},
      {2, "first line", "INSERT INTO log (line) VALUES ('started')"},
  };
  for (int round = 0; round < 5; ++round) {
    auto other = openAnother();
    const std::string owner = "race" + std::to_string(round);
    auto ownSteps = steps;
    ownSteps[0].sql = "CREATE TABLE log" + std::to_string(round) + " (line TEXT NOT NULL)";
    ownSteps[1].sql = "INSERT INTO log" + std::to_string(round) + " (line) VALUES ('started')";
    possdk::Status first = possdk::Status::ok();
    possdk::Status second = possdk::Status::ok();
    std::thread a([&] { first = db().migrate(owner, ownSteps); });
    std::thread b([&] { second = other->migrate(owner, ownSteps); });
    a.join();
    b.join();
    ASSERT_TRUE(first.isOk()) << first.error();
    ASSERT_TRUE(second.isOk()) << second.error();
    EXPECT_EQ(count("log" + std::to_string(round)), 1);
  }
}

POS_DATABASE_TEST_SUITE(Migrations);

}  // namespace
}  // namespace posserver::db::test

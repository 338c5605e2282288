#include <atomic>
#include <stdexcept>
#include <thread>

#include "database_fixture.hpp"

namespace posserver::db::test {
namespace {

using possdk::Sql;
using possdk::Status;

class Transactions : public DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    run("CREATE TABLE t (k INTEGER PRIMARY KEY)");
  }
  Status insert(Sql& sql, std::int64_t k) {
    auto done = sql.exec("INSERT INTO t (k) VALUES (?)", {k});
    return done ? Status::ok() : Status::fail(done.error());
  }
};

TEST_P(Transactions, CommitsWhenWorkSucceeds) {
  ASSERT_TRUE(db().transaction([&](Sql& tx) {
                    if (auto s = insert(tx, 1); !s) return s;
                    return insert(tx, 2);
                  }).isOk());
  EXPECT_EQ(count("t"), 2);
}

TEST_P(Transactions, FailureRollsEverythingBack) {
  auto done = db().transaction([&](Sql& tx) {
    if (auto s = insert(tx, 1); !s) return s;
    return insert(tx, 1);  // duplicate key: the first insert must go too
  });
  EXPECT_FALSE(done.isOk());
  EXPECT_EQ(count("t"), 0);
}

TEST_P(Transactions, ExceptionRollsBackAndPropagates) {
  EXPECT_THROW((void)db().transaction([&](Sql& tx) -> Status {
    if (auto s = insert(tx, 1); !s) return s;
    throw std::runtime_error("printer on fire");
  }),
               std::runtime_error);
  EXPECT_EQ(count("t"), 0);
  ASSERT_TRUE(db().transaction([&](Sql& tx) { return insert(tx, 3); }).isOk()) << "the session was given back clean";
  EXPECT_EQ(count("t"), 1);
}

TEST_P(Transactions, NestedCallsJoinTheOuterTransaction) {
  auto done = db().transaction([&](Sql& outer) {
    if (auto s = insert(outer, 1); !s) return s;
    // Through the Database itself, on the same thread: the same session, so it sees row 1 ...
    auto inner = db().transaction([&](Sql& tx) { return insert(tx, 2); });
    if (!inner) return inner;
    auto seen = db().query("SELECT count(*) FROM t");
    EXPECT_EQ(std::get<std::int64_t>(seen.value().at(0).at(0)), 2);
    return Status::fail("the outer work gives up");  // ... and the inner one's row goes with it
  });
  EXPECT_FALSE(done.isOk());
  EXPECT_EQ(done.error(), "the outer work gives up");
  EXPECT_EQ(count("t"), 0);
}

TEST_P(Transactions, OtherThreadsDoNotSeeUncommittedWork) {
  std::int64_t seenFromOutside = -1;
  ASSERT_TRUE(db().transaction([&](Sql& tx) {
                    if (auto s = insert(tx, 1); !s) return s;
                    std::thread reader([&] { seenFromOutside = count("t"); });
                    reader.join();
                    return Status::ok();
                  }).isOk());
  EXPECT_EQ(seenFromOutside, 0);
  EXPECT_EQ(count("t"), 1);
}

// 32 threads race 200 conditional increments each against a cap: exactly the cap lands, and exactly
// that many calls report one row changed. Half the threads go through transactions.
TEST_P(Transactions, ConcurrentConditionalUpdatesAreExact) {
  constexpr int threads = 32;
  constexpr int perThread = 200;
  constexpr std::int64_t cap = 5000;
  run("CREATE TABLE counter (id INTEGER PRIMARY KEY, n BIGINT NOT NULL)");
  run("INSERT INTO counter (id, n) VALUES (1, 0)");
  std::atomic<std::int64_t> changed{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (int i = 0; i < perThread; ++i) {
        const std::string bump = "UPDATE counter SET n = n + 1 WHERE id = 1 AND n < ?";
        if (t % 2 == 0) {
          auto done = db().exec(bump, {cap});
          done ? void(changed += done.value()) : void(++failures);
        } else {
          auto done = db().transaction([&](Sql& tx) {
            auto bumped = tx.exec(bump, {cap});
            if (!bumped) return Status::fail(bumped.error());
            changed += bumped.value();
            return Status::ok();
          });
          if (!done) ++failures;
        }
      }
    });
  }
  for (auto& w : workers) w.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(changed.load(), cap);
  auto rows = db().query("SELECT n FROM counter WHERE id = 1");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(0)), cap);
}

// Many writers at once, as under load (on SQLite they share commits): a transaction whose work
// fails, throws or whose nested transaction fails leaves nothing; every other one is written whole,
// its nested part included, and each caller gets its own answer.
TEST_P(Transactions, ConcurrentWritersEachGetTheirOwnAnswer) {
  constexpr int threads = 16;
  constexpr int perThread = 40;
  run("CREATE TABLE nested (k INTEGER PRIMARY KEY)");
  std::atomic<int> wrongAnswers{0};
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (int i = 0; i < perThread; ++i) {
        const std::int64_t k = t * perThread + i;
        const auto kind = k % 4;  // 0 commits, 1 fails, 2 throws, 3 its nested transaction fails
        try {
          auto done = db().transaction([&](Sql& tx) -> Status {
            if (auto s = insert(tx, k); !s) return s;
            auto inner = db().transaction([&](Sql& nestedTx) {
              auto added = nestedTx.exec("INSERT INTO nested (k) VALUES (?)", {k});
              if (!added) return Status::fail(added.error());
              return kind == 3 ? Status::fail("nested " + std::to_string(k)) : Status::ok();
            });
            if (!inner) return inner;
            if (kind == 1) return Status::fail("failed " + std::to_string(k));
            if (kind == 2) throw std::runtime_error("threw " + std::to_string(k));
            return Status::ok();
          });
          const auto expected = kind == 0 ? std::string() : (kind == 1 ? "failed " : "nested ") + std::to_string(k);
          if (done.error() != expected) ++wrongAnswers;
        } catch (const std::runtime_error& e) {
          if (kind != 2 || e.what() != "threw " + std::to_string(k)) ++wrongAnswers;
        }
      }
    });
  }
  for (auto& w : workers) w.join();
  EXPECT_EQ(wrongAnswers.load(), 0);
  auto rows = db().query("SELECT count(*), sum(k % 4) FROM t");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(0)), threads * perThread / 4);
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(1)), 0) << "only the committing kind is written";
  EXPECT_EQ(count("nested"), threads * perThread / 4);
  auto orphans = db().query("SELECT count(*) FROM nested WHERE k NOT IN (SELECT k FROM t)");
  ASSERT_TRUE(orphans.isOk()) << orphans.error();
  EXPECT_EQ(std::get<std::int64_t>(orphans.value().at(0).at(0)), 0);
}

POS_DATABASE_TEST_SUITE(Transactions);

}  // namespace
}  // namespace posserver::db::test

// The batching rules of SQLite's group commit, driven directly so a batch's make-up is certain: the
// first batch is held open until the works of the test are queued behind it, and they then share
// the next one.
#include <Poco/Data/SQLite/Connector.h>
#include <gtest/gtest.h>

#include <future>
#include <set>
#include <stdexcept>
#include <thread>

#include "group_commit.hpp"
#include "posserver/db/database.hpp"
#include "sqlite_engine.hpp"
#include "temp_dir.hpp"

namespace posserver::db::detail {
namespace {

using possdk::Status;

// Longer than any of these batches takes: none of their callers is meant to give up.
constexpr std::chrono::milliseconds patience{60000};

struct Outcome {
  Status status = Status::ok();
  std::string thrown;  // the exception's message, "" when none
  bool unavailable = false;
};

class GroupCommitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Poco::Data::SQLite::Connector::registerConnector();  // Database::open does it for the server
    auto made = pool_.borrow()->exec("CREATE TABLE t (k INTEGER PRIMARY KEY)", {});
    ASSERT_TRUE(made.isOk()) << made.error();
  }

  static Status insert(Connection& connection, std::int64_t k) {
    auto done = connection.exec("INSERT INTO t (k) VALUES (?)", {k});
    return done ? Status::ok() : Status::fail(done.error());
  }

  std::set<std::int64_t> keys() {
    std::set<std::int64_t> found;
    auto rows = pool_.borrow()->query("SELECT k FROM t", {});
    EXPECT_TRUE(rows.isOk()) << rows.error();
    if (rows) {
      for (const auto& row : rows.value()) found.insert(std::get<std::int64_t>(row.at(0)));
    }
    return found;
  }

  static Outcome outcomeOf(GroupCommit& commit, const GroupCommit::Work& work) {
    Outcome outcome;
    try {
      outcome.status = commit.run(work);
    } catch (const DatabaseUnavailable& e) {
      outcome.unavailable = true;
      outcome.thrown = e.what();
    } catch (const std::exception& e) {
      outcome.thrown = e.what();
    }
    return outcome;
  }

  // Runs works[i] on threads of their own, all in one batch: the batch before it (one insert of
  // k = 0) is held open until every one of them is queued.
  std::vector<Outcome> runTogether(GroupCommit& commit, const std::vector<GroupCommit::Work>& works) {
    std::promise<void> started;
    std::promise<void> release;
    std::thread holder([&] {
      auto held = commit.run([&](Connection& connection) {
        started.set_value();
        release.get_future().wait();
        return insert(connection, 0);
      });
      EXPECT_TRUE(held.isOk()) << held.error();
    });
    started.get_future().wait();
    std::vector<Outcome> outcomes(works.size());
    std::vector<std::thread> callers;
    for (std::size_t i = 0; i < works.size(); ++i) {
      callers.emplace_back([&, i] { outcomes[i] = outcomeOf(commit, works[i]); });
    }
    while (commit.waiting() < works.size()) std::this_thread::yield();
    release.set_value();
    holder.join();
    for (auto& caller : callers) caller.join();
    return outcomes;
  }

  postest::TempDir dir_;
  std::unique_ptr<Engine> engine_ = makeSqliteEngine((dir_ / "server.db").string(), "server.db");
  SessionPool pool_{*engine_, 8, patience};
};

TEST_F(GroupCommitTest, EachWorkOfABatchGetsItsOwnAnswerAndOnlyTheSuccessfulOnesAreWritten) {
  constexpr int count = 24;
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", patience);
  std::vector<GroupCommit::Work> works;
  for (int i = 1; i <= count; ++i) {
    works.emplace_back([i](Connection& connection) -> Status {
      if (auto s = insert(connection, i); !s) return s;
      switch (i % 4) {
        case 0:
          return Status::fail("work " + std::to_string(i) + " gives up");
        case 1:
          throw std::runtime_error("work " + std::to_string(i) + " throws");
        case 2:
          return insert(connection, 0);  // k = 0 is the held batch's, committed already: a SQL error
        default:
          return Status::ok();
      }
    });
  }
  const auto outcomes = runTogether(commit, works);

  std::set<std::int64_t> expected{0};
  for (int i = 1; i <= count; ++i) {
    const auto& outcome = outcomes[static_cast<std::size_t>(i - 1)];
    switch (i % 4) {
      case 0:
        EXPECT_EQ(outcome.status.error(), "work " + std::to_string(i) + " gives up");
        break;
      case 1:
        EXPECT_EQ(outcome.thrown, "work " + std::to_string(i) + " throws");
        break;
      case 2:
        EXPECT_NE(outcome.status.error().find("UNIQUE"), std::string::npos) << outcome.status.error();
        break;
      default:
        EXPECT_TRUE(outcome.status.isOk()) << outcome.status.error();
        EXPECT_TRUE(outcome.thrown.empty()) << outcome.thrown;
        expected.insert(i);
    }
  }
  EXPECT_EQ(keys(), expected);
  EXPECT_EQ(commit.batches(), 2u) << "the held batch, then all the queued works in one";
  EXPECT_EQ(commit.works(), static_cast<std::uint64_t>(count + 1));
}

TEST_F(GroupCommitTest, AWorkSeesTheEarlierWorksOfItsBatch) {
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", patience);
  // The second insert of k = 7 fails on the first one's row, not yet committed but in the batch.
  const std::vector<GroupCommit::Work> works{[](Connection& c) { return insert(c, 7); },
                                             [](Connection& c) { return insert(c, 7); }};
  const auto outcomes = runTogether(commit, works);
  EXPECT_EQ(outcomes[0].status.isOk(), !outcomes[1].status.isOk()) << "exactly one of them inserts k = 7";
  EXPECT_EQ(keys(), (std::set<std::int64_t>{0, 7}));
  EXPECT_EQ(commit.batches(), 2u);
}

TEST_F(GroupCommitTest, AFailedCommitFailsEveryWorkOfTheBatchAndWritesNothing) {
  // A deferred foreign key is checked at COMMIT: one orphan sinks the whole batch there.
  auto made = pool_.borrow()->exec(
      "CREATE TABLE child (k INTEGER PRIMARY KEY, parent INTEGER REFERENCES t (k) DEFERRABLE INITIALLY DEFERRED)", {});
  ASSERT_TRUE(made.isOk()) << made.error();
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", patience);
  const std::vector<GroupCommit::Work> works{
      [](Connection& c) { return insert(c, 1); },
      [](Connection& c) {
        auto orphan = c.exec("INSERT INTO child (k, parent) VALUES (1, 999)", {});
        return orphan ? Status::ok() : Status::fail(orphan.error());
      },
      [](Connection& c) { return insert(c, 2); }};
  const auto outcomes = runTogether(commit, works);
  for (const auto& outcome : outcomes) {
    EXPECT_NE(outcome.status.error().find("FOREIGN KEY"), std::string::npos) << outcome.status.error();
    EXPECT_NE(outcome.status.error().find("2 other transactions"), std::string::npos) << outcome.status.error();
  }
  EXPECT_EQ(keys(), (std::set<std::int64_t>{0}));
  EXPECT_TRUE(commit.run([](Connection& c) { return insert(c, 3); }).isOk()) << "the connection went back clean";
  EXPECT_EQ(keys(), (std::set<std::int64_t>{0, 3}));
}

TEST_F(GroupCommitTest, AnUnavailableDatabaseFailsEveryWorkOfTheBatchWithTheException) {
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", patience);
  const std::vector<GroupCommit::Work> works{
      [](Connection& c) { return insert(c, 1); },
      [](Connection&) -> Status { throw DatabaseUnavailable("the disk went away"); },
      [](Connection& c) { return insert(c, 2); }};
  const auto outcomes = runTogether(commit, works);
  for (const auto& outcome : outcomes) {
    EXPECT_TRUE(outcome.unavailable);
    EXPECT_EQ(outcome.thrown, "the disk went away");
  }
  EXPECT_EQ(keys(), (std::set<std::int64_t>{0}));
}

TEST_F(GroupCommitTest, ABatchHoldsAtMostItsCap) {
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", patience, 4);
  std::vector<GroupCommit::Work> works;
  for (int i = 1; i <= 10; ++i) works.emplace_back([i](Connection& c) { return insert(c, i); });
  const auto outcomes = runTogether(commit, works);
  for (const auto& outcome : outcomes) EXPECT_TRUE(outcome.status.isOk()) << outcome.status.error();
  EXPECT_EQ(keys().size(), 11u);
  EXPECT_EQ(commit.batches(), 4u) << "the held one, then 4 + 4 + 2";
  EXPECT_EQ(commit.works(), 11u);
}

TEST_F(GroupCommitTest, AFailedBeginFailsTheBatch) {
  GroupCommit commit(pool_, "BEGIN SOMETHING WRONG", patience);
  const auto done = commit.run([](Connection& c) { return insert(c, 1); });
  EXPECT_NE(done.error().find("BEGIN"), std::string::npos) << done.error();
  EXPECT_TRUE(keys().empty());
}

// The rule a work must keep, broken: it waits for a transaction that can only run after it. The
// queued one gives up after the bound, which frees the work, instead of every writer hanging.
TEST_F(GroupCommitTest, AWorkWaitingForAQueuedTransactionIsFreedWhenThatOneGivesUp) {
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", std::chrono::milliseconds(200));
  Status queued = Status::ok();
  const auto waiting = commit.run([&](Connection& c) {
    std::thread other([&] { queued = commit.run([](Connection& mine) { return insert(mine, 2); }); });
    other.join();
    return insert(c, 1);
  });
  EXPECT_TRUE(waiting.isOk()) << waiting.error();
  EXPECT_NE(queued.error().find("waited 200 ms"), std::string::npos) << queued.error();
  EXPECT_EQ(keys(), (std::set<std::int64_t>{1}));
  EXPECT_EQ(commit.waiting(), 0u) << "the one that gave up left the queue";
  EXPECT_TRUE(commit.run([](Connection& c) { return insert(c, 3); }).isOk());
}

// On a full disk SQLite rolls the whole transaction back, the batch's earlier works with it. A work
// that carries on regardless must not have its next statement run, and commit, on its own.
TEST_F(GroupCommitTest, ATransactionTheDatabaseRolledBackFailsTheBatchAndWritesNothing) {
  auto made = pool_.borrow()->exec("CREATE TABLE big (b BLOB)", {});
  ASSERT_TRUE(made.isOk()) << made.error();
  GroupCommit commit(pool_, "BEGIN IMMEDIATE", patience);
  std::string full;
  const std::vector<GroupCommit::Work> works{
      [](Connection& c) { return insert(c, 1); },
      [&](Connection& c) -> Status {
        auto pages = c.query("PRAGMA page_count", {});
        if (!pages) return Status::fail(pages.error());
        const auto limit = std::get<std::int64_t>(pages.value().at(0).at(0)) + 1;
        if (auto capped = c.query("PRAGMA max_page_count = " + std::to_string(limit), {}); !capped) {
          return Status::fail(capped.error());
        }
        auto big = c.exec("INSERT INTO big (b) VALUES (zeroblob(1000000))", {});
        full = big ? std::string("written") : big.error();
        (void)insert(c, 2);
        return Status::ok();
      },
      [](Connection& c) { return insert(c, 3); }};
  const auto outcomes = runTogether(commit, works);
  EXPECT_NE(full.find("full"), std::string::npos) << full;
  for (const auto& outcome : outcomes) {
    EXPECT_NE(outcome.status.error().find("rolled the transaction back"), std::string::npos) << outcome.status.error();
  }
  EXPECT_EQ(keys(), (std::set<std::int64_t>{0}));
}

}  // namespace
}  // namespace posserver::db::detail

// Many clients earning and redeeming points at once, with replays, while a reader watches the
// balances: no balance is ever negative, and in the end every balance is exactly what the clients
// were told was applied, and what the ledger adds up to.
#include <Poco/JSON/Array.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <random>
#include <thread>

#include "core_tables.hpp"
#include "rest_fixture.hpp"

namespace {
using postest::RestClient;

constexpr int kClients = 64;
constexpr int kMembers = 4;

// 64 clients × 1,000 operations (64,000 requests) on each database; POS_REST_POINTS_OPS makes a
// shorter run for a quick look.
int operationsPerClient() {
  if (const char* given = std::getenv("POS_REST_POINTS_OPS"); given != nullptr) return std::atoi(given);
  return 1000;
}

struct Applied {
  std::int64_t entryId;
  std::string body;
  std::int64_t member;
};

// What one client was told: the deltas applied per member, and the entries it may replay.
struct ClientTally {
  std::map<std::int64_t, std::int64_t> applied;
  std::vector<std::pair<std::string, Applied>> keys;
  int created = 0, replays = 0, refused = 0;
  std::vector<std::string> failures;
};

class PointsConcurrencyTest : public postest::RestTest {
 protected:
  void SetUp() override {
    RestTest::SetUp();
    if (IsSkipped()) return;
    // The watcher reads the points history as fast as it can, far past the lookup limit that keeps
    // strangers from walking the member ids.
    posserver::StoreServerSetup setup;
    setup.lookupRatePerMinute = 100'000'000;
    // Poco serves a kept-alive connection on one thread for as long as it stays busy: the clients and
    // the watcher each need their own, or one of them waits for a thread that never comes free.
    setup.service.threads = kClients + 16;
    startServer(std::move(setup));
    lane_ = enrol(port(), "lane", "L01");
    RestClient lane(port(), lane_);
    for (int i = 0; i < kMembers; ++i) members_.push_back(addMember(lane, "8800000" + std::to_string(i)));
  }

  void runClient(int client, int operations, ClientTally& tally) {
    RestClient lane(port(), lane_);
    std::mt19937 random(static_cast<unsigned>(client));
    for (int i = 0; i < operations; ++i) {
      if (!tally.keys.empty() && random() % 10 == 0) {
        replay(lane, tally, tally.keys[random() % tally.keys.size()]);
        continue;
      }
      const auto member = members_[random() % kMembers];
      const bool earn = random() % 5 < 3;
      const auto points = static_cast<std::int64_t>(1 + random() % 50);
      const auto body = std::string(R"({"kind":")") + (earn ? "earn" : "redeem") + R"(","points":)" +
                        std::to_string(points) + "}";
      const auto key = "c" + std::to_string(client) + "-" + std::to_string(i);
      const auto answer = lane.post(path(member), body, {{"Idempotency-Key", key}});
      if (answer.status == 201) {
        const auto entry = answer.json()->getObject("entry");
        tally.applied[member] += entry->getValue<std::int64_t>("points");
        tally.keys.push_back({key, {entry->getValue<std::int64_t>("id"), body, member}});
        ++tally.created;
      } else if (answer.status == 409 && answer.errorCode() == "insufficient_points" && !earn) {
        ++tally.refused;
      } else {
        tally.failures.push_back(key + ": " + std::to_string(answer.status) + " " + answer.body);
      }
    }
  }

  void replay(RestClient& lane, ClientTally& tally, const std::pair<std::string, Applied>& earlier) {
    const auto answer = lane.post(path(earlier.second.member), earlier.second.body, {{"Idempotency-Key", earlier.first}});
    if (answer.status != 200 || answer.header("Idempotent-Replay") != "true" ||
        answer.json()->getObject("entry")->getValue<std::int64_t>("id") != earlier.second.entryId) {
      tally.failures.push_back("replay of " + earlier.first + ": " + std::to_string(answer.status) + " " + answer.body);
    }
    ++tally.replays;
  }

  // Reads every member's balance and entries until told to stop; the lowest balance it saw.
  std::int64_t watchBalances(const std::atomic<bool>& done, std::atomic<int>& reads) {
    RestClient lane(port(), lane_);
    std::int64_t lowest = 0;
    while (!done) {
      for (const auto member : members_) {
        const auto answer = lane.get(path(member) + "?limit=20");
        if (answer.status != 200) return -1'000'000'000;
        const auto json = answer.json();
        lowest = std::min(lowest, json->getValue<std::int64_t>("balance"));
        const auto entries = json->getArray("entries");
        for (std::size_t i = 0; i < entries->size(); ++i) {
          lowest = std::min(lowest, entries->getObject(static_cast<unsigned>(i))->getValue<std::int64_t>("balance"));
        }
        ++reads;
      }
    }
    return lowest;
  }

  static std::string path(std::int64_t member) { return "/api/v1/members/" + std::to_string(member) + "/points"; }

  std::string lane_;
  std::vector<std::int64_t> members_;
};

TEST_P(PointsConcurrencyTest, BalancesStayNonNegativeAndEqualWhatTheClientsWereTold) {
  const int operations = operationsPerClient();
  std::vector<ClientTally> tallies(kClients);
  std::atomic<bool> done{false};
  std::atomic<int> reads{0};
  std::int64_t lowest = 0;
  const auto began = std::chrono::steady_clock::now();
  std::thread reader([&] { lowest = watchBalances(done, reads); });
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([this, c, operations, &tallies] {
      try {
        runClient(c, operations, tallies[static_cast<std::size_t>(c)]);
      } catch (const std::exception& e) {
        tallies[static_cast<std::size_t>(c)].failures.push_back(std::string("client threw: ") + e.what());
      }
    });
  }
  for (auto& client : clients) client.join();
  done = true;
  reader.join();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();

  std::map<std::int64_t, std::int64_t> told;
  int created = 0, replays = 0, refused = 0;
  for (const auto& tally : tallies) {
    for (const auto& failure : tally.failures) ADD_FAILURE() << failure;
    for (const auto& [member, delta] : tally.applied) told[member] += delta;
    created += tally.created;
    replays += tally.replays;
    refused += tally.refused;
  }
  // Figures for the record, not assertions: the machine is shared.
  std::cout << kClients * operations << " points requests (" << created << " applied, " << replays << " replays, "
            << refused << " refused) and " << reads << " balance reads in " << seconds << " s: "
            << static_cast<int>(kClients * operations / seconds) << " requests/s\n";

  EXPECT_GE(lowest, 0) << "a reader saw a negative balance";
  EXPECT_GT(reads.load(), 0);
  RestClient lane(port(), lane_);
  for (const auto member : members_) {
    const auto balance = lane.get(path(member)).json()->getValue<std::int64_t>("balance");
    EXPECT_EQ(balance, told[member]) << "member " << member;
    auto ledger = database().query("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ?", {member});
    ASSERT_TRUE(ledger.isOk()) << ledger.error();
    EXPECT_EQ(std::get<std::int64_t>(ledger.value().at(0).at(0)), told[member]) << "member " << member;
  }
  EXPECT_EQ(postest::countRows(database(), "points_ledger"), created);
  auto repeated = database().query("SELECT COUNT(*) FROM (SELECT idempotency_key FROM points_ledger "
                                   "GROUP BY idempotency_key HAVING COUNT(*) > 1) AS twice");
  ASSERT_TRUE(repeated.isOk()) << repeated.error();
  EXPECT_EQ(std::get<std::int64_t>(repeated.value().at(0).at(0)), 0) << "a key was applied twice";
}

POS_DATABASE_TEST_SUITE(PointsConcurrencyTest);

}  // namespace

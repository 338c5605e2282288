// pos-server killed (SIGKILL) at a random moment under points load, then restarted on the same
// database: the ledger and the balances agree, no key was applied twice, and replaying every key
// the clients sent applies exactly the ones that were not, ending in exact balances.
#include <signal.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "rest_fixture.hpp"

namespace {
using postest::RestClient;

constexpr int kClients = 8;
constexpr int kMembers = 3;
constexpr std::int64_t kSeed = 1'000'000;  // so no redemption here is ever refused

struct Sent {
  std::string key;
  std::int64_t member;
  std::string body;
  std::int64_t delta;
};

class ServerKilledTest : public postest::RestTest {
 protected:
  static std::string path(std::int64_t member) { return "/api/v1/members/" + std::to_string(member) + "/points"; }

  // Sends points requests until the server goes away; every request is recorded before it is sent.
  static void load(std::uint16_t port, const std::string& token, const std::vector<std::int64_t>& members, int client,
                   std::vector<Sent>& sent, std::atomic<int>& applied) {
    RestClient lane(port, token);
    std::mt19937 random(static_cast<unsigned>(client));
    for (int i = 0; i < 100'000; ++i) {
      const auto member = members[random() % members.size()];
      const bool earn = random() % 2 == 0;
      const auto points = static_cast<std::int64_t>(1 + random() % 100);
      sent.push_back({"c" + std::to_string(client) + "-" + std::to_string(i), member,
                      std::string(R"({"kind":")") + (earn ? "earn" : "redeem") + R"(","points":)" +
                          std::to_string(points) + "}",
                      earn ? points : -points});
      try {
        if (lane.post(path(member), sent.back().body, {{"Idempotency-Key", sent.back().key}}).status != 201) return;
        ++applied;
      } catch (const std::exception&) {
        return;  // the server died
      }
    }
  }

  std::map<std::int64_t, std::int64_t> column(const std::string& sql) {
    auto rows = database().query(sql);
    if (!rows) throw std::runtime_error(rows.error());
    std::map<std::int64_t, std::int64_t> values;
    for (const auto& row : rows.value()) values[std::get<std::int64_t>(row.at(0))] = std::get<std::int64_t>(row.at(1));
    return values;
  }
};

TEST_P(ServerKilledTest, RestartedServerKeepsLedgerAndBalancesExactAndReplaysApplyEachKeyOnce) {
  auto server = spawnServer();
  const auto token = enrol(server->port(), "lane", "L01");
  std::vector<std::int64_t> members;
  {
    RestClient lane(server->port(), token);
    for (int i = 0; i < kMembers; ++i) {
      members.push_back(addMember(lane, "8800000" + std::to_string(i)));
      ASSERT_EQ(lane.post(path(members.back()), R"({"kind":"earn","points":)" + std::to_string(kSeed) + "}",
                          {{"Idempotency-Key", "seed-" + std::to_string(i)}})
                    .status,
                201);
    }
  }
  std::vector<std::vector<Sent>> sent(kClients);
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back(load, server->port(), token, members, c, std::ref(sent[static_cast<std::size_t>(c)]),
                         std::ref(answered));
  }
  // Killed once the load is under way (however slow the machine), at a random moment after that.
  for (int i = 0; i < 3000 && answered == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  std::random_device entropy;
  std::this_thread::sleep_for(std::chrono::milliseconds(entropy() % 1000));
  server->signal(SIGKILL);
  EXPECT_EQ(server->wait(), -SIGKILL);
  for (auto& client : clients) client.join();

  auto restarted = spawnServer();
  const auto ledger = column("SELECT member_id, SUM(points) FROM points_ledger GROUP BY member_id");
  EXPECT_EQ(ledger, column("SELECT member_id, balance FROM points_balances"));
  auto twice = database().query("SELECT COUNT(*) FROM (SELECT idempotency_key FROM points_ledger "
                                "GROUP BY idempotency_key HAVING COUNT(*) > 1) AS twice");
  ASSERT_TRUE(twice.isOk()) << twice.error();
  EXPECT_EQ(std::get<std::int64_t>(twice.value().at(0).at(0)), 0);
  std::set<std::string> applied;
  auto keys = database().query("SELECT idempotency_key FROM points_ledger");
  ASSERT_TRUE(keys.isOk()) << keys.error();
  for (const auto& row : keys.value()) {
    applied.insert(std::get<std::string>(row.at(0)));
  }

  RestClient lane(restarted->port(), token);
  std::map<std::int64_t, std::int64_t> expected;
  std::size_t total = 0, replayed = 0;
  for (const auto& client : sent) {
    for (const auto& request : client) {
      expected[request.member] += request.delta;
      const bool wasApplied = applied.count(request.key) == 1;
      const auto answer = lane.post(path(request.member), request.body, {{"Idempotency-Key", request.key}});
      EXPECT_EQ(answer.status, wasApplied ? 200 : 201) << request.key << ": " << answer.body;
      ++total;
      replayed += wasApplied ? 1 : 0;
    }
  }
  EXPECT_GT(replayed, 0u) << "the server was killed before it applied anything";
  RecordProperty("sent", static_cast<int>(total));
  RecordProperty("applied_before_kill", static_cast<int>(replayed));
  for (const auto member : members) {
    EXPECT_EQ(lane.get(path(member)).json()->getValue<std::int64_t>("balance"), kSeed + expected[member])
        << "member " << member;
  }
}

POS_DATABASE_TEST_SUITE(ServerKilledTest);

}  // namespace

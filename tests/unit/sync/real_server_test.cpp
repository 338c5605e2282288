// The lane against a real pos-server in process (SQLite): what the fake server cannot show, that
// both sides together keep every sale exactly once through an outage and lost answers.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "poscore/counter/counter_lane.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/services/outbox.hpp"
#include "poscore/sync/outbox_queue.hpp"
#include "poscore/sync/sync_client.hpp"
#include "posserver/api/enrolment_codes.hpp"
#include "posserver/store_server.hpp"
#include "temp_dir.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

constexpr const char* kColaCan = "6921270000016";  // 3.00, tax A in the demo catalog
constexpr const char* kTeaGtin = "06901234567892";  // not in the demo catalog
constexpr int kSales = 100;

class QuietLogger final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view) override {}
};

std::string field(const std::string& json, const std::string& name) {
  return Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>(name);
}

std::string laneSettings(const postest::TempDir& dir) {
  return R"({"lane": {"id": "T01"},
  "printer": {"connection": "file:)" + (dir / "printer.out").string() + R"("},
  "demo": {"catalog": ")" POS_SOURCE_DIR R"(/app/pos/demo/catalog.csv", "staff": true}})";
}

// A pos-server on a SQLite file that outlives it, so a stopped server can be started again on the
// same data and the same port, as after an outage; and a lane with a counter and a sync client.
class RealServerTest : public ::testing::Test {
 protected:
  RealServerTest() {
    startServer(0);
    config = std::make_unique<Config>(Config::load(dir.write("pos.json", laneSettings(dir))));
    db = std::make_unique<LaneDb>(dir / "lane.db");
    outbox = std::make_unique<Outbox>(*db, *clock);
    lane = std::make_unique<counter::CounterLane>(*db, *config, clock, nullptr, checkout, nullptr, outbox.get());
    auto seeded = lane->seedDemo(*config);
    EXPECT_TRUE(seeded) << seeded.error();
    SyncSettings settings;
    settings.url = "http://127.0.0.1:" + std::to_string(port);
    settings.enrolmentCode = code("lane", "T01");
    settings.laneId = "T01";
    settings.laneName = "Test lane";
    settings.timeout = std::chrono::seconds(5);
    SyncClientOptions options;
    options.random = [] { return std::uint64_t{0}; };  // retries due at once: the clock is the lane's
    sync = std::make_unique<SyncClient>(*db, *outbox, *clock, settings, std::set<std::string>{"A", "B", "C"}, options);
  }

  ~RealServerTest() override {
    sync.reset();
    lane.reset();
    if (server) server->stop();
  }

  void startServer(std::uint16_t wanted) {
    posserver::StoreServerSetup setup;
    setup.database = {posserver::db::Dialect::Sqlite, (dir / "server.db").string()};
    setup.service.port = wanted;
    setup.service.threads = 4;
    setup.stateDir = dir / "server-state";
    server = std::make_unique<posserver::StoreServer>(std::move(setup), serverClock, log);
    server->start();
    port = server->port();
  }

  // An outage: the server stops answering; its database stays.
  void stopServer() {
    server->stop();
    server.reset();
  }

  std::string code(const std::string& role, const std::optional<std::string>& laneId = std::nullopt) {
    auto made = posserver::api::makeEnrolmentCode(server->database(), serverClock, {role, "S001", laneId});
    EXPECT_TRUE(made) << made.error();
    return made ? made.value().code : "";
  }

  // An admin tool's link: enrolled with its own code.
  ServerLink admin() {
    ServerLink link("http://127.0.0.1:" + std::to_string(port), {}, std::chrono::seconds(5));
    auto enrolled = link.send("POST", "/api/v1/enrol", R"({"code":")" + code("admin") + R"(","name":"admin tool"})");
    EXPECT_TRUE(enrolled && enrolled.value().status == 201);
    link.setToken(field(enrolled.value().body, "token"));
    return link;
  }

  std::string metrics() {
    ServerLink link("http://127.0.0.1:" + std::to_string(port), {}, std::chrono::seconds(5));
    auto answer = link.send("GET", "/metrics");
    EXPECT_TRUE(answer) << answer.error();
    return answer ? answer.value().body : "";
  }

  // A sale of 1 to 3 cans, paid in cash; its receipt and total.
  std::pair<std::string, std::int64_t> sell(int cans, const std::string& barcode = kColaCan) {
    auto& s = lane->session();
    for (int i = 0; i < cans; ++i) EXPECT_TRUE(s.scan(barcode));
    auto paid = s.tender("cash", Money::minor(100000), "");
    EXPECT_TRUE(paid) << paid.error();
    const auto& sold = s.view().lastCompleted;
    if (!sold) return {};
    return {sold->receiptNo, sold->totals.total.minorUnits()};
  }

  std::map<std::string, std::int64_t> serverSales() {
    auto rows = server->database().query("SELECT receipt, total FROM sales");
    EXPECT_TRUE(rows) << rows.error();
    std::map<std::string, std::int64_t> sales;
    for (const auto& row : rows.value()) sales[std::get<std::string>(row.at(0))] = std::get<std::int64_t>(row.at(1));
    return sales;
  }

  // Rounds until nothing is left to send, at most `rounds`.
  void syncUntilSent(int rounds = 10) {
    for (int i = 0; i < rounds && outbox->backlog() != 0; ++i) sync->runOnce();
  }

  postest::TempDir dir;
  SystemClock serverClock;
  QuietLogger log;
  std::unique_ptr<posserver::StoreServer> server;
  std::uint16_t port = 0;
  std::shared_ptr<ManualClock> clock =
      std::make_shared<ManualClock>(std::chrono::sys_days{std::chrono::November / 20 / 2026} + std::chrono::hours(4));
  counter::CheckoutRegistry checkout;
  std::unique_ptr<Config> config;
  std::unique_ptr<LaneDb> db;
  std::unique_ptr<Outbox> outbox;
  std::unique_ptr<counter::CounterLane> lane;
  std::unique_ptr<SyncClient> sync;
};

TEST_F(RealServerTest, AHundredSalesMadeOfflineArriveExactlyOnceEvenWhenAnswersAreLost) {
  ASSERT_TRUE(sync->runOnce().reached) << sync->status().lastError;
  ASSERT_TRUE(sync->status().enrolled);
  const auto samePort = port;
  stopServer();

  ASSERT_TRUE(lane->session().signOn("1001", "1234"));
  std::map<std::string, std::int64_t> sold;
  for (int i = 0; i < kSales; ++i) {
    sold.insert(sell(1 + i % 3));
    if (i % 25 == 0) {
      EXPECT_FALSE(sync->runOnce().reached) << "the server is down";
    }
  }
  ASSERT_EQ(sold.size(), static_cast<std::size_t>(kSales));
  EXPECT_EQ(outbox->backlog(), static_cast<std::size_t>(kSales));
  EXPECT_FALSE(sync->runOnce().reached);
  EXPECT_FALSE(sync->status().online);
  EXPECT_EQ(sync->status().backlog, static_cast<std::size_t>(kSales));

  startServer(samePort);
  syncUntilSent();
  EXPECT_EQ(outbox->backlog(), 0u) << sync->status().lastError;
  EXPECT_EQ(sync->status().rejected, 0u);
  EXPECT_EQ(serverSales(), sold) << "every receipt once, with the lane's total";

  // The server applied these but the lane never heard: it sends them again, under the same keys.
  auto lost = db->exec("UPDATE outbox SET sent_at = NULL WHERE id % 4 = 0");
  ASSERT_TRUE(lost) << lost.error();
  ASSERT_EQ(lost.value(), kSales / 4);
  syncUntilSent();
  EXPECT_EQ(outbox->backlog(), 0u);
  EXPECT_EQ(sync->status().rejected, 0u);
  EXPECT_EQ(serverSales(), sold) << "still exactly one of each";
  const auto figures = metrics();
  EXPECT_THAT(figures, HasSubstr(R"(pos_http_requests_total{method="POST",route="/api/v1/sales",status="201"} 100)"));
  EXPECT_THAT(figures, HasSubstr(R"(pos_http_requests_total{method="POST",route="/api/v1/sales",status="200"} 25)"))
      << "the repeats were answered as duplicates";
}

TEST_F(RealServerTest, AProductPublishedByAnAdminReachesTheLaneAndSells) {
  ASSERT_TRUE(sync->runOnce().reached) << sync->status().lastError;
  auto link = admin();
  const std::string product = R"({"sku":"TEA-1","barcodes":[")" + std::string(kTeaGtin) +
                              R"("],"name_en":"Green tea","name_zh":"绿茶","price":1250,"tax_class":"A","unit":"each",)"
                              R"("tare_g":0,"expected_weight_g":0,"weight_spread_g":0,"eas":false,"age_restricted":false})";
  auto published = link.send("POST", "/api/v1/catalog/changes", R"({"upserts":[)" + product + "]}");
  ASSERT_TRUE(published) << published.error();
  ASSERT_EQ(published.value().status, 201) << published.value().body;

  ASSERT_TRUE(lane->session().signOn("1001", "1234"));
  EXPECT_FALSE(lane->session().scan(kTeaGtin)) << "not on the lane before the round";
  sync->runOnce();
  auto found = lane->catalog().findBySku("TEA-1");
  ASSERT_TRUE(found && found.value()) << sync->status().lastError;
  EXPECT_EQ(found.value()->price, Money::minor(1250));
  const auto [receipt, total] = sell(1, kTeaGtin);
  EXPECT_EQ(total, 1250);
  syncUntilSent();
  EXPECT_EQ(serverSales().at(receipt), 1250);
}

TEST_F(RealServerTest, TheLanesHeartbeatShowsItsBacklogInTheMetrics) {
  ASSERT_TRUE(lane->session().signOn("1001", "1234"));
  sell(1);
  sell(2);
  // The heartbeat goes before the round's sending, so it reports the two still to send.
  ASSERT_TRUE(sync->runOnce().reached) << sync->status().lastError;
  EXPECT_THAT(metrics(), testing::ContainsRegex(R"(pos_outbox_backlog\{device="[0-9]+",lane="T01"\} 2)"));
  sync->runOnce();
  EXPECT_THAT(metrics(), testing::ContainsRegex(R"(pos_outbox_backlog\{device="[0-9]+",lane="T01"\} 0)"));
}

TEST_F(RealServerTest, ARevokedLaneStopsSendingAndSetsNothingAside) {
  ASSERT_TRUE(sync->runOnce().reached) << sync->status().lastError;
  auto link = admin();
  auto devices = link.send("GET", "/api/v1/devices");
  ASSERT_TRUE(devices && devices.value().status == 200);
  auto list = Poco::JSON::Parser().parse(devices.value().body).extract<Poco::JSON::Object::Ptr>()->getArray("devices");
  std::string laneDevice;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto device = list->getObject(static_cast<unsigned>(i));
    if (device->getValue<std::string>("role") == "lane") laneDevice = device->getValue<std::string>("id");
  }
  ASSERT_FALSE(laneDevice.empty());
  auto revoked = link.send("POST", "/api/v1/devices/" + laneDevice + "/revoke");
  ASSERT_TRUE(revoked && revoked.value().status == 200);

  ASSERT_TRUE(lane->session().signOn("1001", "1234"));
  const auto [receipt, total] = sell(1);
  EXPECT_FALSE(sync->runOnce().reached);
  const auto status = sync->status();
  EXPECT_THAT(status.lastError, HasSubstr("refused the lane's credential"));
  EXPECT_THAT(status.lastError, HasSubstr("device_revoked"));
  EXPECT_THAT(status.lastError, HasSubstr("posctl server enrol CODE"));
  EXPECT_EQ(status.backlog, 1u);
  EXPECT_EQ(status.rejected, 0u);
  EXPECT_FALSE(serverSales().contains(receipt));
}

}  // namespace
}  // namespace poscore::sync

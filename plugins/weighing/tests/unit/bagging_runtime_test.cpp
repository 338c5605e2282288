// The bagging role as a self-checkout lane runs it: the built plugin loaded by the lane's runtime,
// the counter publishing its sale topics, a Toledo scale simulated behind a pseudo-terminal, and
// the plugin's weighing.bagging answers read off the lane's own bus.
#include <gtest/gtest.h>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <chrono>
#include <thread>

#include "driver/sim/toledo_pty.hpp"
#include "lane_fixture.hpp"
#include "poscore/counter/counter_lane.hpp"
#include "poscore/counter/weight_source.hpp"

namespace {

using namespace std::chrono_literals;

constexpr const char* kCola = "6921270000016";  // 350 g in the demo catalog, spread 4 g

class BaggingRuntimeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // 8N1 with the parity in the eighth bit, as the driver allows: a pseudo-terminal takes 7E1 line
    // settings only on its first open, and the lane opens the port twice (probe, then claim).
    ASSERT_TRUE(scale.start(lane.dir / "scale")) << "cannot open a pseudo-terminal";
    const auto demo = std::filesystem::path(POS_SOURCE_DIR) / "app/pos/demo";
    lane.writeConfig(R"({
      "lane": {"id": "S01"},
      "printer": {"connection": "file:)" + (lane.dir / "receipts.bin").string() + R"("},
      "sale": {"currency": "CNY", "currency_numeric": "156", "currency_decimals": 2,
               "tax_classes": {"A": {"rate_bp": 1300, "inclusive": true, "label_en": "VAT", "label_zh": "增值税"},
                               "B": {"rate_bp": 900, "inclusive": true, "label_en": "VAT", "label_zh": "增值税"},
                               "C": {"rate_bp": 0, "inclusive": true, "label_en": "Exempt", "label_zh": "免税"}}},
      "demo": {"catalog": ")" + (demo / "catalog.csv").string() + R"(", "staff": true},
      "plugins": {"weighing": {"role": "bagging", "scale": "serial:)" + (lane.dir / "scale").string() + R"(",
                               "settle_timeout_ms": 1500}},
      "devices": {"usb": false, "serial": [{"path": ")" + (lane.dir / "scale").string() + R"(", "baud": 9600,
                  "data_bits": 8, "parity": "none", "stop_bits": 1, "protocol": "mt8217"}]}
    })");
    auto options = lane.options();
    options.pluginRoots = {POS_PLUGIN_DIR};
    options.mode = "self-checkout";
    runtime = std::make_unique<poscore::Runtime>(options, lane.dispatcher, lane.ui);
    states = runtime->bus().subscribe("weighing.bagging", [this](const possdk::BusMessage& m) {
      auto o = Poco::JSON::Parser().parse(m.payload).extract<Poco::JSON::Object::Ptr>();
      seen.push_back(o->getValue<std::string>("state"));
    });
    runtime->start();
    weight = std::make_unique<poscore::counter::BusWeightSource>(runtime->bus());
    counter = std::make_unique<poscore::counter::CounterLane>(runtime->laneDb(), runtime->config(), runtime->sharedClock(),
                                                              &runtime->catalogs(), runtime->checkout(), weight.get(),
                                                              &runtime->outbox(), &runtime->bus());
    ASSERT_TRUE(counter->seedDemo(runtime->config()));
    ASSERT_TRUE(counter->session().signOn("1001", "1234"));
  }

  // Runs the lane's UI thread until the plugin has said `state`, or gives up after 20 s.
  bool awaitState(const std::string& state) {
    const auto end = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < end) {
      lane.dispatcher.drain();
      if (!seen.empty() && seen.back() == state) return true;
      std::this_thread::sleep_for(10ms);
    }
    return false;
  }

  void put(std::int64_t grams) {
    scale.update([grams](weighing::ToledoSimulator& s) { s.setGrams(grams); });
  }

  std::string last() const { return seen.empty() ? "(nothing)" : seen.back(); }

  postest::LaneFixture lane;
  weighing::ToledoPty scale{weighing::ToledoSimulator{}};
  std::unique_ptr<poscore::Runtime> runtime;
  std::unique_ptr<possdk::Subscription> states;
  std::unique_ptr<poscore::counter::WeightSource> weight;
  std::unique_ptr<poscore::counter::CounterLane> counter;
  std::vector<std::string> seen;
};

TEST_F(BaggingRuntimeTest, AScannedItemMustArriveAndNothingUnscannedMay) {
  for (const auto& p : runtime->plugins().plugins()) {
    if (p.id == "weighing") {
      ASSERT_EQ(p.state, poscore::PluginState::Running) << p.error;
    }
  }
  ASSERT_TRUE(counter->session().scan(kCola));
  ASSERT_TRUE(awaitState("expecting")) << last();
  put(351);
  ASSERT_TRUE(awaitState("ok")) << last();
  put(351 + 350);  // a second can, never scanned
  EXPECT_TRUE(awaitState("unexpected_item")) << last();
}

TEST_F(BaggingRuntimeTest, AScannedItemLeftOutOfTheBagTimesOutAsNotBagged) {
  ASSERT_TRUE(counter->session().scan(kCola));
  ASSERT_TRUE(awaitState("expecting")) << last();
  EXPECT_TRUE(awaitState("not_bagged")) << last();
}

TEST_F(BaggingRuntimeTest, AnUnpluggedScaleHoldsTheSaleUntilItIsBack) {
  ASSERT_TRUE(counter->session().scan(kCola));
  put(350);
  ASSERT_TRUE(awaitState("ok")) << last();
  scale.stop();
  ASSERT_TRUE(awaitState("scale_offline")) << last();
  ASSERT_TRUE(scale.start(lane.dir / "scale"));
  put(350);
  EXPECT_TRUE(awaitState("ok")) << last();
}

}  // namespace

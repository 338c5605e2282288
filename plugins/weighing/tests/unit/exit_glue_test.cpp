// The glue between the exit lane and the SDK: settings, screen and scanner input, and the ports
// on the host's server client, devices and UI.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "src/exit/exit_input.hpp"
#include "src/exit/exit_screen.hpp"
#include "src/exit/host_ports.hpp"
#include "src/exit/weighing_settings.hpp"
#include "unit/exit_fakes.hpp"

namespace exit_test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class MapSettings final : public possdk::Settings {
 public:
  explicit MapSettings(std::map<std::string, std::string> values) : values_(std::move(values)) {}
  std::optional<std::string> get(const std::string& key) const override {
    const auto found = values_.find(key);
    return found == values_.end() ? std::nullopt : std::optional<std::string>(found->second);
  }
  possdk::Status set(const std::string& key, const std::string& value) override {
    values_[key] = value;
    return possdk::Status::ok();
  }

 private:
  std::map<std::string, std::string> values_;
};

std::string settingsError(std::map<std::string, std::string> values) {
  auto read = readWeighingSettings(MapSettings(std::move(values)));
  return read ? "" : read.error();
}

TEST(WeighingSettings, DefaultsFollowTheContract) {
  auto read = readWeighingSettings(MapSettings({}));
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(read->role, "");
  EXPECT_EQ(read->strictness, "normal");
  EXPECT_EQ(read->timings.settle, std::chrono::milliseconds(8000));
  EXPECT_EQ(read->bagTareMg, 0);
}

TEST(WeighingSettings, ReadsAnExitLane) {
  auto read = readWeighingSettings(MapSettings({{"role", "exit"},
                                                {"scale", "sim:scale1"},
                                                {"eas_deactivator", "sim:eas1"},
                                                {"sound", "sim:sound1"},
                                                {"settle_timeout_ms", "5000"},
                                                {"bag_tare_g", "12"},
                                                {"bag_tare_spread_g", "2"}}));
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(read->scale, "sim:scale1");
  EXPECT_EQ(read->easDeactivator, "sim:eas1");
  EXPECT_EQ(read->easGate, "");
  EXPECT_EQ(read->timings.settle, std::chrono::milliseconds(5000));
  EXPECT_EQ(read->bagTareMg, 12000);
  EXPECT_EQ(read->bagTareSpreadMg, 2000);
}

TEST(WeighingSettings, RefusalsNameTheKeyAndWhatItMayHold) {
  EXPECT_THAT(settingsError({{"role", "exits"}}), HasSubstr("plugins.weighing.role: 'exits' is not a role"));
  EXPECT_THAT(settingsError({{"settle_timeout_ms", "8s"}}),
              HasSubstr("plugins.weighing.settle_timeout_ms: '8s' is not a whole number from 500 to 600000"));
  EXPECT_THAT(settingsError({{"settle_timeout_ms", "0"}}), HasSubstr("settle_timeout_ms"));
  EXPECT_THAT(settingsError({{"bag_tare_g", "-3"}}), HasSubstr("plugins.weighing.bag_tare_g"));
}

TEST(ExitInput, RoutesTheScreensEventsToTheLane) {
  Rig rig;
  rig.lane.start();
  auto event = [](std::string element, possdk::UiEventKind kind, std::string value = {}) {
    possdk::UiEvent e;
    e.screen = kExitScreenId;
    e.element = std::move(element);
    e.kind = kind;
    e.value = std::move(value);
    return e;
  };
  dispatch(rig.lane, event("qr", possdk::UiEventKind::Changed, "WO1.half"));
  EXPECT_TRUE(rig.server.verifies.empty()) << "only a submitted code is checked";
  dispatch(rig.lane, event("qr", possdk::UiEventKind::Submitted, "WO1.a.b"));
  ASSERT_EQ(rig.server.verifies.size(), 1u);
  rig.server.answer(200, orderBody());
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  dispatch(rig.lane, event("attendant", possdk::UiEventKind::Pressed));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  dispatch(rig.lane, event("supervisor", possdk::UiEventKind::Submitted, "S7"));
  dispatch(rig.lane, event("pin", possdk::UiEventKind::Submitted, "2468"));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  EXPECT_THAT(rig.supervisors.attempts, ElementsAre(std::make_pair(std::string("S7"), std::string("2468"))));
}

TEST(ExitInput, TakesTheCodeOfAScannerMessage) {
  EXPECT_EQ(scannedCode(R"({"code":"WO1.a.b","manual":false})"), "WO1.a.b");
  EXPECT_EQ(scannedCode(R"({"code":""})"), std::nullopt);
  EXPECT_EQ(scannedCode("WO1.a.b"), std::nullopt);
}

class FakeClient final : public possdk::ServerClient {
 public:
  possdk::Result<std::string> enqueue(const std::string& path, const std::string& body,
                                      const std::string& key) override {
    queued.push_back({path, body, key});
    return std::string("outbox-1");
  }
  bool online() const override { return false; }
  void request(const std::string& method, const std::string& path, const std::string& body,
               std::chrono::milliseconds timeout, std::function<void(possdk::Result<possdk::ServerReply>)> done) override {
    requests.push_back({method + " " + path, body, std::to_string(timeout.count())});
    pending.push_back(std::move(done));
  }
  std::vector<std::function<void(possdk::Result<possdk::ServerReply>)>> pending;
  std::vector<OutboxCall> queued;
  std::vector<OutboxCall> requests;  // method and path, body, timeout in ms
};

TEST(HostExitServer, VerifiesWithADirectPostAndQueuesTheResultUnderItsKey) {
  FakeClient client;
  HostExitServer server(client, std::chrono::milliseconds(5000));
  server.verify(R"(WO1."quoted")", [](possdk::Result<possdk::ServerReply>) {});
  ASSERT_EQ(client.requests.size(), 1u);
  EXPECT_EQ(client.requests[0].path, "POST /exit/verify");
  EXPECT_EQ(client.requests[0].body, R"({"qr":"WO1.\"quoted\""})");
  EXPECT_EQ(client.requests[0].idempotencyKey, "5000");

  ASSERT_TRUE(server.sendResult({"42", "pass", 1500000, 1488000, ""}));
  ASSERT_EQ(client.queued.size(), 1u);
  EXPECT_EQ(client.queued[0].path, "/exit/42/result");
  EXPECT_EQ(client.queued[0].idempotencyKey, "exit:42");
}

// A lane wired to the outbox posts a passed order exactly once, under exit:<order id>.
TEST(HostExitServer, APassedOrderIsQueuedOnce) {
  FakeClient client;
  HostExitServer server(client, std::chrono::milliseconds(5000));
  FakeEas eas;
  FakeSpeaker speaker;
  FakeTimers timers;
  FakeSupervisors supervisors;
  FakeAudit audit;
  BandJudge judge;
  FakeDisplay display;
  ExitLane lane({server, eas, speaker, timers, supervisors, audit, judge, display}, ExitTimings{});
  lane.start();
  lane.scanned("WO1.a.b");
  ASSERT_EQ(client.pending.size(), 1u);
  client.pending[0](possdk::ServerReply{200, orderBody()});
  lane.scale(reading(ScaleStatus::Stable, 1500000));
  lane.scale(reading(ScaleStatus::Zero));
  lane.scale(reading(ScaleStatus::Stable, 1500000));

  ASSERT_EQ(client.queued.size(), 1u);
  EXPECT_EQ(client.queued[0].idempotencyKey, "exit:42");
  EXPECT_EQ(client.queued[0].body, R"({"measured_mg":1500000,"net_mg":1488000,"verdict":"pass"})");
}

class FakeHandle final : public possdk::DeviceHandle {
 public:
  const possdk::DeviceInfo& info() const override { return info_; }
  std::string kind() override { return "eas"; }
  possdk::DeviceState state() const override { return possdk::DeviceState::Idle; }
  possdk::Status execute(const std::string& command, const std::string& args) override {
    commands.emplace_back(command, args);
    return possdk::Status::ok();
  }
  std::vector<std::pair<std::string, std::string>> commands;

 private:
  possdk::DeviceInfo info_;
};

class QuietLog final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view message) override { lines.emplace_back(message); }
  std::vector<std::string> lines;
};

// deactivate carries no pulse length: the deactivator's params.pulse_ms decides it, not the lane.
TEST(DevicePorts, DeactivateAndSayAreTheContractsCommands) {
  auto handle = std::make_shared<FakeHandle>();
  QuietLog log;
  ASSERT_TRUE(DeviceEas(handle).deactivate());
  DeviceSpeaker(handle, log).say("谢谢", "zh");
  EXPECT_THAT(handle->commands, ElementsAre(std::make_pair(std::string("deactivate"), std::string("{}")),
                                            std::make_pair(std::string("say"),
                                                           std::string(R"({"lang":"zh","text":"谢谢"})"))));
}

TEST(DevicePorts, AMissingDeactivatorFailsAndAMissingSpeakerIsSilent) {
  QuietLog log;
  auto off = DeviceEas(nullptr).deactivate();
  ASSERT_FALSE(off);
  EXPECT_THAT(off.error(), HasSubstr("plugins.weighing.eas_deactivator"));
  DeviceSpeaker(nullptr, log).say("hello", "en");
  EXPECT_TRUE(log.lines.empty());
}

}  // namespace
}  // namespace exit_test

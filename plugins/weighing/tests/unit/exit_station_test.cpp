// The exit lane on a fake Host: which devices it claims, what it does without the optional ones,
// the scanner reaching the lane, the direct verify call, the supervisor check and the screen.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "src/exit/exit_screen.hpp"
#include "src/exit/exit_station.hpp"
#include "src/exit/scale_weight_topic.hpp"
#include "unit/exit_fakes.hpp"

namespace exit_test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class RecordingLog final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view m) override { lines.emplace_back(m); }
  std::vector<std::string> lines;
};

class NoSettings final : public possdk::Settings {
 public:
  std::optional<std::string> get(const std::string&) const override { return std::nullopt; }
  possdk::Status set(const std::string&, const std::string&) override { return possdk::Status::fail("read only"); }
};

class NoStorage final : public possdk::Storage {
 public:
  possdk::Result<std::int64_t> exec(const std::string&, const possdk::SqlRow&) override { return unused<std::int64_t>(); }
  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string&, const possdk::SqlRow&) override {
    return unused<std::vector<possdk::SqlRow>>();
  }
  possdk::Status transaction(const std::function<possdk::Status(possdk::Sql&)>&) override {
    return possdk::Status::fail("the exit lane keeps no tables");
  }
  possdk::Status migrate(const std::vector<possdk::Migration>&) override { return possdk::Status::fail("unused"); }

 private:
  template <typename T>
  static possdk::Result<T> unused() {
    return possdk::Result<T>::fail("the exit lane keeps no tables");
  }
};

class NoCheckout final : public possdk::Checkout {
 public:
  possdk::Status addTender(std::shared_ptr<possdk::TenderProvider>) override { return possdk::Status::fail("unused"); }
  possdk::Status addLookup(std::shared_ptr<possdk::CodeLookup>) override { return possdk::Status::fail("unused"); }
  possdk::Status addReceiptSection(std::shared_ptr<possdk::ReceiptSection>) override {
    return possdk::Status::fail("unused");
  }
};

class Bus final : public possdk::EventBus {
 public:
  void publish(const std::string& topic, const std::string& payload) override {
    for (auto& [pattern, handler] : handlers) {
      if (pattern == topic) handler({topic, payload, "host"});
    }
  }
  std::unique_ptr<possdk::Subscription> subscribe(const std::string& pattern,
                                                  std::function<void(const possdk::BusMessage&)> handler) override {
    handlers.emplace_back(pattern, std::move(handler));
    return std::make_unique<possdk::Subscription>();
  }
  std::vector<std::pair<std::string, std::function<void(const possdk::BusMessage&)>>> handlers;
};

class Screens final : public possdk::Ui {
 public:
  void addAction(possdk::Action) override {}
  void show(const possdk::Screen& screen) override { shown.push_back(screen); }
  void close(const std::string&) override {}
  void onEvent(const std::string&, std::function<void(const possdk::UiEvent&)>) override {}
  std::vector<possdk::Screen> shown;
};

class Handle final : public possdk::DeviceHandle {
 public:
  const possdk::DeviceInfo& info() const override { return info_; }
  std::string kind() override { return "device"; }
  possdk::DeviceState state() const override { return possdk::DeviceState::Idle; }
  possdk::Status execute(const std::string& command, const std::string&) override {
    commands.push_back(command);
    return possdk::Status::ok();
  }
  std::vector<std::string> commands;

 private:
  possdk::DeviceInfo info_;
};

class Devices final : public possdk::Devices {
 public:
  void registerDriver(std::shared_ptr<possdk::DeviceDriver>) override {}
  std::vector<possdk::DeviceStatus> list() const override { return {}; }
  possdk::Result<std::shared_ptr<possdk::DeviceHandle>> claim(
      const std::string& id, std::function<void(const possdk::DeviceEvent&)> onEvent) override {
    claimed.push_back(id);
    const auto found = present.find(id);
    if (found == present.end()) {
      return possdk::Result<std::shared_ptr<possdk::DeviceHandle>>::fail("no device " + id + " on this lane");
    }
    events[id] = std::move(onEvent);
    return std::shared_ptr<possdk::DeviceHandle>(found->second);
  }
  std::map<std::string, std::shared_ptr<Handle>> present;
  std::map<std::string, std::function<void(const possdk::DeviceEvent&)>> events;
  std::vector<std::string> claimed;
};

class Client final : public possdk::ServerClient {
 public:
  possdk::Result<std::string> enqueue(const std::string& path, const std::string&, const std::string& key) override {
    queued.emplace_back(path, key);
    return std::string("1");
  }
  bool online() const override { return true; }
  void request(const std::string& method, const std::string& path, const std::string& body, std::chrono::milliseconds,
               std::function<void(possdk::Result<possdk::ServerReply>)> done) override {
    requests.push_back(method + " " + path + " " + body);
    pending = std::move(done);
  }
  std::vector<std::string> requests;
  std::vector<std::pair<std::string, std::string>> queued;
  std::function<void(possdk::Result<possdk::ServerReply>)> pending;
};

class English final : public possdk::Translator {
 public:
  std::string tr(const std::string& msgid) const override { return msgid; }
  std::string language() const override { return "en"; }
  void onLanguageChanged(std::function<void()>) override {}
};

class StillClock final : public possdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return {}; }
  std::chrono::steady_clock::time_point monotonic() const override { return {}; }
};

class FakeHost final : public possdk::Host {
 public:
  const possdk::PluginContext& context() const override { return context_; }
  possdk::Logger& log() override { return logger; }
  possdk::Settings& settings() override { return settings_; }
  possdk::Storage& storage() override { return storage_; }
  possdk::EventBus& events() override { return bus; }
  possdk::Ui& ui() override { return screens; }
  possdk::Devices& devices() override { return deviceList; }
  possdk::ServerClient& server() override { return client; }
  possdk::Clock& clock() override { return clock_; }
  possdk::Audit& audit() override { return auditLog; }
  possdk::Translator& i18n() override { return english_; }
  possdk::Checkout& checkout() override { return checkout_; }
  possdk::Result<std::string> approveSupervisor(const std::string& staffId, const std::string& pin) override {
    return supervisors.approve(staffId, pin);
  }
  std::unique_ptr<possdk::Subscription> schedule(std::chrono::milliseconds delay, std::function<void()> work) override {
    return timers.after(delay, std::move(work));
  }

  RecordingLog logger;
  Bus bus;
  Screens screens;
  Devices deviceList;
  Client client;
  FakeAudit auditLog;
  FakeSupervisors supervisors;
  FakeTimers timers;

 private:
  possdk::PluginContext context_{"weighing", "1.0.0", "/nonexistent", "headless"};
  NoSettings settings_;
  NoStorage storage_;
  StillClock clock_;
  English english_;
  NoCheckout checkout_;
};

WeighingSettings exitSettings() {
  WeighingSettings s;
  s.role = "exit";
  s.scale = "sim:scale";
  s.easDeactivator = "sim:eas-relay";
  s.easGate = "sim:eas-gate";
  s.sound = "sim:sound";
  return s;
}

const possdk::Element* element(const possdk::Screen& s, const std::string& id) {
  for (const auto& e : s.elements) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

class ExitStationTest : public ::testing::Test {
 protected:
  void attach(const std::string& id) { host.deviceList.present[id] = std::make_shared<Handle>(); }
  Handle& device(const std::string& id) { return *host.deviceList.present.at(id); }

  FakeHost host;
  BandJudge judge;
};

TEST_F(ExitStationTest, ClaimsItsDevicesAndShowsTheScanPrompt) {
  for (const char* id : {"sim:eas-relay", "sim:eas-gate", "sim:sound"}) attach(id);
  ExitStation station(host, exitSettings(), judge);
  station.start();
  EXPECT_THAT(host.deviceList.claimed, ElementsAre("sim:eas-gate", "sim:eas-relay", "sim:sound"));
  ASSERT_FALSE(host.screens.shown.empty());
  EXPECT_EQ(host.screens.shown.back().id, kExitScreenId);
  EXPECT_NE(element(host.screens.shown.back(), "qr"), nullptr);
  EXPECT_EQ(element(host.screens.shown.back(), "devices"), nullptr);
}

TEST_F(ExitStationTest, MissingOptionalDevicesAreLoggedAndShownNotFatal) {
  auto settings = exitSettings();
  settings.sound.clear();
  attach("sim:eas-gate");
  ExitStation station(host, settings, judge);
  station.start();
  const auto* devices = element(host.screens.shown.back(), "devices");
  ASSERT_NE(devices, nullptr);
  EXPECT_EQ(devices->text, "EAS deactivator sim:eas-relay: no device sim:eas-relay on this lane; sound device: none configured");
  EXPECT_THAT(host.logger.lines, ElementsAre(HasSubstr("sim:eas-relay"), HasSubstr("sound device: none configured")));
}

TEST_F(ExitStationTest, AScannedQrIsVerifiedAndAPassUsesTheClaimedDevices) {
  for (const char* id : {"sim:eas-relay", "sim:eas-gate", "sim:sound"}) attach(id);
  ExitStation station(host, exitSettings(), judge);
  station.start();
  host.bus.publish("scanner.barcode", R"({"code":"WO1.a.b"})");
  ASSERT_THAT(host.client.requests, ElementsAre(R"(POST /exit/verify {"qr":"WO1.a.b"})"));
  host.client.pending(possdk::ServerReply{200, orderBody()});
  station.lane().scale(reading(ScaleStatus::Stable, 1500000));

  EXPECT_THAT(device("sim:eas-relay").commands, ElementsAre("deactivate"));
  EXPECT_THAT(device("sim:sound").commands, ElementsAre("say", "say"));
  EXPECT_THAT(host.client.queued, ElementsAre(std::make_pair(std::string("/exit/42/result"), std::string("exit:42"))));
  EXPECT_EQ(element(host.screens.shown.back(), "result")->level, possdk::AlertLevel::Success);
  ASSERT_TRUE(host.timers.fire(std::chrono::milliseconds(4000)));
  EXPECT_NE(element(host.screens.shown.back(), "qr"), nullptr);
}

TEST_F(ExitStationTest, DeviceFailuresAfterTheCommandAreLogged) {
  for (const char* id : {"sim:eas-relay", "sim:eas-gate", "sim:sound"}) attach(id);
  ExitStation station(host, exitSettings(), judge);
  station.start();
  host.deviceList.events.at("sim:eas-relay")(
      {"sim:eas-relay", possdk::DeviceEventKind::Error, "eas.relay_failed", R"({"message":"write failed"})"});
  host.deviceList.events.at("sim:sound")({"sim:sound", possdk::DeviceEventKind::StatusUpdate, "sound.played", "{}"});
  host.deviceList.events.at("sim:eas-gate")({"sim:eas-gate", possdk::DeviceEventKind::Data, "eas.alarm", R"({"count":1})"});
  EXPECT_THAT(host.logger.lines,
              ElementsAre(R"(EAS deactivator sim:eas-relay: eas.relay_failed {"message":"write failed"})",
                          R"(EAS gate alarm at the exit: {"count":1})"));
}

TEST_F(ExitStationTest, TheOverrideGoesThroughTheHostsSupervisorCheckAndAudit) {
  attach("sim:eas-relay");
  ExitStation station(host, exitSettings(), judge);
  station.start();
  station.lane().scanned("WO1.a.b");
  host.client.pending(possdk::ServerReply{200, orderBody()});
  station.lane().scale(reading(ScaleStatus::Stable, 1900000));
  station.lane().callAttendant();
  station.lane().supervisorEntered("S7");
  station.lane().pinEntered("2468");
  EXPECT_THAT(host.supervisors.attempts, ElementsAre(std::make_pair(std::string("S7"), std::string("2468"))));
  EXPECT_THAT(device("sim:eas-relay").commands, ElementsAre("deactivate"));
  ASSERT_EQ(host.auditLog.records.size(), 2u);
  EXPECT_EQ(host.auditLog.records[1].first, "weighing.exit.override");
}

TEST(ScaleWeightTopic, CarriesRoundedGramsAndWhetherTheyAreSettled) {
  EXPECT_EQ(scaleWeightPayload(reading(ScaleStatus::Stable, 1234500)), R"({"grams":1235,"stable":true})");
  EXPECT_EQ(scaleWeightPayload(reading(ScaleStatus::Unstable, 1234499)), R"({"grams":1234,"stable":false})");
  EXPECT_EQ(scaleWeightPayload(reading(ScaleStatus::Zero, 0)), R"({"grams":0,"stable":true})");
  EXPECT_EQ(scaleWeightPayload(reading(ScaleStatus::Under, -1500)), R"({"grams":-2,"stable":false})");
  EXPECT_EQ(scaleWeightPayload(reading(ScaleStatus::Offline)), std::nullopt);
  EXPECT_EQ(scaleWeightPayload(reading(ScaleStatus::Fault)), std::nullopt);
}

}  // namespace
}  // namespace exit_test

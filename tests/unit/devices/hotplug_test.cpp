// A claimed device that is unplugged goes offline (Error) and comes back online; list changes
// reach onChange handlers through the dispatcher.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/devices/device_hub.hpp"
#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr const char* kScale = "usb:0eb8:f000@1-4";

class Hotplug : public ::testing::Test {
 protected:
  void SetUp() override {
    log = std::make_shared<CallLog>();
    auto fake = std::make_unique<FakeSource>();
    source = fake.get();
    source->plug(kScale);
    std::vector<std::unique_ptr<poscore::DeviceSource>> sources;
    sources.push_back(std::move(fake));
    hub = poscore::DeviceHub::create(dispatcher, std::move(sources));
    driver = std::make_shared<FakeDriver>(DriverSpec{.name = "hid-scale", .idPrefix = "usb:0eb8:f000"}, log);
    hub->registerDriver("weighing", driver);
    hub->onChange([this] { ++changes; });
    hub->scan();
    dispatcher.drain();
  }
  void TearDown() override { hub->shutdown(); }
  possdk::DeviceStatus scale() const {
    auto all = hub->list();
    return all.empty() ? possdk::DeviceStatus{} : all.front();
  }
  std::vector<std::string> eventNames() const {
    std::vector<std::string> names;
    for (const auto& e : recorder.events) names.push_back(e.name);
    return names;
  }

  poscore::QueueDispatcher dispatcher;
  std::shared_ptr<CallLog> log;
  FakeSource* source = nullptr;
  std::shared_ptr<poscore::DeviceHub> hub;
  std::shared_ptr<FakeDriver> driver;
  EventRecorder recorder;
  int changes = 0;
};

TEST_F(Hotplug, AClaimedDeviceGoesOfflineAndComesBackOnline) {
  auto handle = hub->claim("weighing", kScale, recorder.sink());
  ASSERT_TRUE(handle) << handle.error();
  log->clear();

  source->unplug(kScale);
  source->fireChanged();
  EXPECT_EQ(handle.value()->state(), possdk::DeviceState::Error);
  EXPECT_THAT(scale().error, HasSubstr("offline"));
  EXPECT_EQ(scale().claimant, "weighing") << "the claim survives the unplug";
  dispatcher.drain();
  ASSERT_THAT(eventNames(), ElementsAre("offline"));
  EXPECT_EQ(recorder.events[0].kind, possdk::DeviceEventKind::Error);
  EXPECT_THAT(log->entries(), ElementsAre(std::string(kScale) + ".disable", std::string(kScale) + ".close"));

  log->clear();
  source->plug(kScale);
  source->fireChanged();
  EXPECT_EQ(handle.value()->state(), possdk::DeviceState::Idle);
  EXPECT_EQ(scale().error, "");
  dispatcher.drain();
  ASSERT_THAT(eventNames(), ElementsAre("offline", "online"));
  EXPECT_EQ(recorder.events[1].kind, possdk::DeviceEventKind::StatusUpdate);
  EXPECT_THAT(log->entries(), ElementsAre(std::string(kScale) + ".open", std::string(kScale) + ".enable"));
}

TEST_F(Hotplug, AFreeDeviceThatLeavesIsForgottenAndOneThatArrivesIsProbed) {
  source->unplug(kScale);
  source->fireChanged();
  EXPECT_TRUE(hub->list().empty());
  source->plug("usb:0eb8:f000@1-5");
  source->fireChanged();
  EXPECT_EQ(scale().info.id, "usb:0eb8:f000@1-5");
  EXPECT_EQ(scale().driver, "hid-scale");
}

TEST_F(Hotplug, ReleasingAnOfflineDeviceForgetsIt) {
  auto handle = hub->claim("weighing", kScale, recorder.sink());
  ASSERT_TRUE(handle);
  source->unplug(kScale);
  source->fireChanged();
  handle.value().reset();
  EXPECT_TRUE(hub->list().empty());
}

TEST_F(Hotplug, ListChangesCallOnChangeOnlyWhenTheDispatcherRuns) {
  changes = 0;
  source->plug("usb:1234:5678@2-1");
  source->fireChanged();
  EXPECT_EQ(changes, 0);
  dispatcher.drain();
  EXPECT_GE(changes, 1);
  EXPECT_EQ(hub->list().size(), 2u);
}

}  // namespace

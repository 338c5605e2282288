#include "poscore/services/event_bus.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

namespace poscore {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class EventBusTest : public ::testing::Test {
 protected:
  // Records "<topic>:<payload>" for everything `pattern` receives.
  std::unique_ptr<possdk::Subscription> record(const std::string& pattern, std::vector<std::string>& into) {
    return bus.subscribe(pattern, [&into](const possdk::BusMessage& m) { into.push_back(m.topic + ":" + m.payload); });
  }

  QueueDispatcher dispatcher;
  EventBusCore bus{dispatcher};
};

TEST_F(EventBusTest, DeliversOnlyWhenTheDispatcherDrainsInOrder) {
  std::vector<std::string> got;
  auto sub = record("scanner.barcode", got);
  bus.publish("host", "scanner.barcode", "1");
  bus.publish("host", "scanner.barcode", "2");
  EXPECT_TRUE(got.empty());
  dispatcher.drain();
  EXPECT_THAT(got, ElementsAre("scanner.barcode:1", "scanner.barcode:2"));
}

TEST_F(EventBusTest, MessageCarriesItsSender) {
  std::vector<possdk::BusMessage> got;
  auto sub = bus.subscribe("*", [&](const possdk::BusMessage& m) { got.push_back(m); });
  bus.publish("host", "sale.closed", R"({"total":1250})");
  bus.facadeFor("points")->publish("points.redeemed", "{}");
  dispatcher.drain();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].sender, "host");
  EXPECT_EQ(got[0].payload, R"({"total":1250})");
  EXPECT_EQ(got[1].sender, "points");
}

TEST_F(EventBusTest, PatternsMatchExactlyUnderAPrefixOrEverything) {
  std::vector<std::string> exact, under, all;
  auto s1 = record("scanner.barcode", exact);
  auto s2 = record("scanner.*", under);
  auto s3 = record("*", all);
  for (const char* topic : {"scanner.barcode", "scanner.barcode.raw", "scanner", "scanners.x", "scale.weight"}) {
    bus.publish("host", topic, "");
  }
  dispatcher.drain();
  EXPECT_THAT(exact, ElementsAre("scanner.barcode:"));
  EXPECT_THAT(under, ElementsAre("scanner.barcode:", "scanner.barcode.raw:"));
  EXPECT_EQ(all.size(), 5u);
}

TEST_F(EventBusTest, DroppingTheSubscriptionStopsDelivery) {
  std::vector<std::string> got;
  auto sub = record("sale.*", got);
  bus.publish("host", "sale.opened", "");
  sub.reset();
  dispatcher.drain();
  bus.publish("host", "sale.closed", "");
  dispatcher.drain();
  EXPECT_TRUE(got.empty());
}

TEST_F(EventBusTest, HandlerMayUnsubscribeItself) {
  int calls = 0;
  std::unique_ptr<possdk::Subscription> sub;
  sub = bus.subscribe("tamper.alarm", [&](const possdk::BusMessage&) {
    ++calls;
    sub.reset();
  });
  bus.publish("host", "tamper.alarm", "");
  bus.publish("host", "tamper.alarm", "");
  dispatcher.drain();
  bus.publish("host", "tamper.alarm", "");
  dispatcher.drain();
  EXPECT_EQ(calls, 1);
}

TEST_F(EventBusTest, HandlerMayUnsubscribeAnotherBeforeItsTurn) {
  std::vector<std::string> second;
  std::unique_ptr<possdk::Subscription> later;
  auto first = bus.subscribe("lane.locked", [&](const possdk::BusMessage&) { later.reset(); });
  later = record("lane.locked", second);
  bus.publish("host", "lane.locked", "");
  dispatcher.drain();
  EXPECT_TRUE(second.empty());
}

TEST_F(EventBusTest, PublishFromAnotherThreadRunsHandlersOnTheDrainingThread) {
  std::vector<std::string> got;
  std::vector<std::thread::id> threads;
  auto sub = bus.subscribe("scale.weight", [&](const possdk::BusMessage& m) {
    got.push_back(m.payload);
    threads.push_back(std::this_thread::get_id());
  });
  std::thread publisher([this] {
    for (int i = 0; i < 100; ++i) bus.publish("scale", "scale.weight", std::to_string(i));
  });
  publisher.join();
  EXPECT_TRUE(got.empty());
  dispatcher.drain();
  ASSERT_EQ(got.size(), 100u);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(got[static_cast<std::size_t>(i)], std::to_string(i));
  for (auto id : threads) EXPECT_EQ(id, std::this_thread::get_id());
}

TEST_F(EventBusTest, ConcurrentPublishersAreSeenInOneOrderByEverySubscriber) {
  std::vector<std::string> a, b;
  auto sa = record("*", a);
  auto sb = record("*", b);
  std::vector<std::thread> publishers;
  for (int t = 0; t < 4; ++t) {
    publishers.emplace_back([this, t] {
      for (int i = 0; i < 50; ++i) bus.publish("host", "t" + std::to_string(t), std::to_string(i));
    });
  }
  for (auto& p : publishers) p.join();
  dispatcher.drain();
  EXPECT_EQ(a.size(), 200u);
  EXPECT_EQ(a, b);
}

TEST_F(EventBusTest, BadTopicIsLoggedAndDropped) {
  std::vector<std::string> got;
  auto sub = record("*", got);
  ::testing::internal::CaptureStderr();
  bus.publish("points", "Scanner Barcode", "");
  bus.publish("points", "scanner..barcode", "");
  bus.publish("points", "", "");
  auto logged = ::testing::internal::GetCapturedStderr();
  dispatcher.drain();
  EXPECT_TRUE(got.empty());
  EXPECT_THAT(logged, HasSubstr("'Scanner Barcode'"));
  EXPECT_THAT(logged, HasSubstr("'scanner..barcode'"));
  EXPECT_THAT(logged, HasSubstr("ERROR [event-bus]"));
}

TEST_F(EventBusTest, BadPatternThrowsNamingIt) {
  for (const char* pattern : {"", "Scanner", "scanner.*.raw", "*x", "scanner.", ".scanner", "scanner..x", "a b"}) {
    try {
      auto sub = bus.subscribe(pattern, [](const possdk::BusMessage&) {});
      ADD_FAILURE() << "accepted '" << pattern << "'";
    } catch (const std::invalid_argument& e) {
      EXPECT_THAT(e.what(), HasSubstr("'" + std::string(pattern) + "'"));
    }
  }
}

TEST_F(EventBusTest, PluginsGetAnInertSubscriptionAndALogLineInsteadOfAnException) {
  bool called = false;
  ::testing::internal::CaptureStderr();
  std::unique_ptr<possdk::Subscription> sub;
  EXPECT_NO_THROW(sub = bus.facadeFor("points")->subscribe("Bad", [&](const possdk::BusMessage&) { called = true; }));
  EXPECT_THAT(::testing::internal::GetCapturedStderr(), HasSubstr("[points] cannot subscribe to 'Bad'"));
  ASSERT_NE(sub, nullptr);
  bus.publish("host", "bad", "{}");
  dispatcher.drain();
  EXPECT_FALSE(called);
}

TEST_F(EventBusTest, ThrowingHandlerDoesNotStopTheOthers) {
  std::vector<std::string> got;
  auto bad = bus.subscribe("x", [](const possdk::BusMessage&) { throw std::runtime_error("boom"); });
  auto good = record("x", got);
  ::testing::internal::CaptureStderr();
  bus.publish("host", "x", "1");
  dispatcher.drain();
  auto logged = ::testing::internal::GetCapturedStderr();
  EXPECT_THAT(got, ElementsAre("x:1"));
  EXPECT_THAT(logged, HasSubstr("boom"));
}

TEST(EventBusLifetime, SubscriptionAndFacadeMayOutliveTheBus) {
  QueueDispatcher dispatcher;
  int calls = 0;
  auto bus = std::make_unique<EventBusCore>(dispatcher);
  auto facade = bus->facadeFor("points");
  auto sub = facade->subscribe("sale.*", [&](const possdk::BusMessage&) { ++calls; });
  bus->publish("host", "sale.closed", "");
  bus.reset();
  dispatcher.drain();
  EXPECT_EQ(calls, 0) << "messages queued for a bus that is gone are dropped";
  ::testing::internal::CaptureStderr();
  facade->publish("sale.opened", "");
  (void)::testing::internal::GetCapturedStderr();
  auto inert = facade->subscribe("sale.*", [&](const possdk::BusMessage&) { ++calls; });
  sub.reset();
  inert.reset();
  dispatcher.drain();
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace poscore

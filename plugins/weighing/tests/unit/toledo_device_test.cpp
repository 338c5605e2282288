// The Toledo device against a scripted port: a scale that falls silent is offline until it
// answers again, and garbled replies count as unanswered.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/toledo_device.hpp"
#include "scripted_transport.hpp"

namespace weighing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test::EventLog;
using test::ScriptedTransport;

possdk::DeviceInfo port() {
  possdk::DeviceInfo info;
  info.id = "serial:/dev/ttyS9";
  info.transport = possdk::TransportKind::Serial;
  info.path = "/dev/ttyS9";
  info.params = {{"data_bits", "7"}, {"poll_ms", "20"}, {"reply_timeout_ms", "100"}, {"missed_replies", "2"}};
  return info;
}

std::vector<std::uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }

TEST(ToledoDevice, ASilentScaleIsOfflineUntilItAnswersAgain) {
  auto owned = std::make_unique<ScriptedTransport>(port());
  auto* transport = owned.get();
  ToledoDevice device(std::move(owned));
  EventLog log;
  ASSERT_TRUE(device.open(log.sink()));
  ASSERT_TRUE(device.enable());
  transport->queueRead(bytes("\x02" "00.100\r"));
  ASSERT_TRUE(log.waitForName("weight.stable"));
  // Nothing more is queued: the next polls go unanswered.
  ASSERT_TRUE(log.waitForName("offline"));
  EXPECT_THAT(readingFrom(log.events().back())->detail, HasSubstr("does not answer"));
  transport->queueRead(bytes("\x02" "00.100\r"));
  ASSERT_TRUE(log.waitForName("weight.stable"));
  device.close();
  EXPECT_THAT(log.names(), ElementsAre("weight.stable", "offline", "online", "weight.stable"));
  // Every poll asked for the weight, as 7-bit ASCII on a 7E1 port.
  EXPECT_THAT(transport->written().front(), ElementsAre('W'));
}

// Clearing the tare leaves the weight shown as it was: the reading still changes, from net to gross.
TEST(ToledoDevice, ANetWeightIsToldAsNetAndItsEndAsAChange) {
  auto owned = std::make_unique<ScriptedTransport>(port());
  auto* transport = owned.get();
  ToledoDevice device(std::move(owned));
  EventLog log;
  transport->queueRead(bytes("\x02" "00.500N\r"));
  transport->queueRead(bytes("\x02" "00.500\r"));
  ASSERT_TRUE(device.open(log.sink()));
  ASSERT_TRUE(device.enable());
  ASSERT_TRUE(log.waitForName("offline"));  // the script is spent
  device.close();
  const auto events = log.events();
  ASSERT_GE(events.size(), 3u);
  EXPECT_THAT(log.names(), ElementsAre("weight.stable", "weight.stable", "offline"));
  EXPECT_TRUE(readingFrom(events[0])->net);
  EXPECT_FALSE(readingFrom(events[1])->net);
  EXPECT_EQ(readingFrom(events[1])->milligrams, 500'000);
}

TEST(ToledoDevice, GarbledRepliesAreNoAnswer) {
  auto owned = std::make_unique<ScriptedTransport>(port());
  auto* transport = owned.get();
  ToledoDevice device(std::move(owned));
  EventLog log;
  transport->queueRead(bytes("\x02" "0x.100\r"));
  transport->queueRead(bytes("\x02" "1\r"));
  ASSERT_TRUE(device.open(log.sink()));
  ASSERT_TRUE(device.enable());
  ASSERT_TRUE(log.waitForName("offline"));
  device.close();
  EXPECT_THAT(log.names(), ElementsAre("offline"));
  EXPECT_THAT(readingFrom(log.events().back())->detail, HasSubstr("Toledo 8217"));
}

TEST(ToledoDevice, BadParametersFailTheOpen) {
  auto info = port();
  info.params["poll_ms"] = "fast";
  ToledoDevice device(std::make_unique<ScriptedTransport>(info));
  EventLog log;
  auto opened = device.open(log.sink());
  EXPECT_THAT(opened.error(), HasSubstr("serial:/dev/ttyS9: parameter poll_ms 'fast'"));
}

}  // namespace
}  // namespace weighing

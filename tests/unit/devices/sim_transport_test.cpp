// The simulator transport plays its script: timed emissions, answers, repeat, and what the
// host wrote that nothing answered.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/devices/sim_transport.hpp"
#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::HasSubstr;

class SimTransportTest : public ::testing::Test {
 protected:
  poscore::SimTransport transport(const std::string& script) {
    possdk::DeviceInfo info;
    info.id = "sim:bell";
    info.transport = possdk::TransportKind::Simulator;
    info.path = dir.write("bell.json", script).string();
    return poscore::SimTransport(info);
  }
  static std::string readText(possdk::Transport& t, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    std::uint8_t buf[64];
    auto n = t.read(buf, timeout);
    EXPECT_TRUE(n) << n.error();
    return n ? std::string(reinterpret_cast<char*>(buf), n.value()) : "";
  }
  // Reads until `want` bytes arrived or the deadline passes.
  static std::string readAll(possdk::Transport& t, std::size_t want) {
    std::string got;
    waitUntil([&] {
      got += readText(t, std::chrono::milliseconds(50));
      return got.size() >= want;
    });
    return got;
  }
  static possdk::Status writeText(possdk::Transport& t, const std::string& s) {
    return t.write(std::span(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()));
  }

  TempDir dir;
};

TEST_F(SimTransportTest, TimedStepsArriveInOrder) {
  auto t = transport(R"({"steps": [{"after_ms": 20, "send": "PRESS\r\n"}, {"after_ms": 20, "send_hex": "41 42"}]})");
  ASSERT_TRUE(t.open());
  EXPECT_EQ(readAll(t, 9), "PRESS\r\nAB");
}

TEST_F(SimTransportTest, NothingDueMeansZeroBytesAfterTheTimeout) {
  auto t = transport(R"({"steps": [{"after_ms": 600000, "send": "later"}]})");
  ASSERT_TRUE(t.open());
  std::uint8_t buf[8];
  auto n = t.read(buf, std::chrono::milliseconds(10));
  ASSERT_TRUE(n);
  EXPECT_EQ(n.value(), 0u);
}

TEST_F(SimTransportTest, AnExpectationIsAnsweredEvenWhenWrittenInPieces) {
  auto t = transport(
      R"({"steps": [{"expect": "RING\r\n", "reply": "ACK\r\n"}, {"expect_hex": "1b40", "reply_hex": "06"}]})");
  ASSERT_TRUE(t.open());
  ASSERT_TRUE(writeText(t, "RING\r\n"));
  EXPECT_EQ(readText(t), "ACK\r\n");
  ASSERT_TRUE(writeText(t, "RI"));
  ASSERT_TRUE(writeText(t, "NG\r\n\x1b@"));
  EXPECT_EQ(readAll(t, 6), "ACK\r\n\x06");
  EXPECT_TRUE(t.unmatched().empty());
}

TEST_F(SimTransportTest, BytesNoExpectationMatchesAreKept) {
  auto t = transport(R"({"steps": [{"expect": "RING", "reply": "ACK"}]})");
  ASSERT_TRUE(t.open());
  ASSERT_TRUE(writeText(t, "HELLO"));
  ASSERT_TRUE(writeText(t, "RING"));
  ASSERT_TRUE(writeText(t, "!"));
  EXPECT_EQ(readText(t), "ACK");
  const auto kept = t.unmatched();
  EXPECT_EQ(std::string(kept.begin(), kept.end()), "HELLO!");
}

TEST_F(SimTransportTest, RepeatLoopsTheTimedSteps) {
  auto t = transport(R"({"repeat": true, "steps": [{"after_ms": 5, "send": "a"}, {"after_ms": 5, "send": "b"}]})");
  ASSERT_TRUE(t.open());
  EXPECT_EQ(readAll(t, 6).substr(0, 6), "ababab");
}

TEST_F(SimTransportTest, WithoutRepeatTheScriptPlaysOnce) {
  auto t = transport(R"({"steps": [{"after_ms": 0, "send": "once"}]})");
  ASSERT_TRUE(t.open());
  EXPECT_EQ(readAll(t, 4), "once");
  EXPECT_EQ(readText(t, std::chrono::milliseconds(30)), "");
}

TEST_F(SimTransportTest, ReopeningStartsTheScriptAgain) {
  auto t = transport(R"({"steps": [{"after_ms": 0, "send": "hello"}]})");
  ASSERT_TRUE(t.open());
  EXPECT_EQ(readAll(t, 5), "hello");
  t.close();
  EXPECT_FALSE(t.isOpen());
  ASSERT_TRUE(t.open());
  EXPECT_EQ(readAll(t, 5), "hello");
}

TEST_F(SimTransportTest, ABadScriptFailsTheOpenWithFileAndStep) {
  auto t = transport(R"({"steps": [{"after_ms": 1, "send": "ok"}, {"after_ms": 1, "send_hex": "x"}]})");
  auto opened = t.open();
  ASSERT_FALSE(opened);
  EXPECT_THAT(opened.error(), HasSubstr("sim:bell: "));
  EXPECT_THAT(opened.error(), HasSubstr("bell.json: steps[1].send_hex: expected pairs of hex digits"));
}

TEST_F(SimTransportTest, ClosedTransportsRefuseReadsAndWrites) {
  auto t = transport(R"({"steps": []})");
  std::uint8_t buf[4];
  EXPECT_THAT(t.read(buf, std::chrono::milliseconds(1)).error(), HasSubstr("sim:bell: read on a closed simulator"));
  EXPECT_THAT(writeText(t, "x").error(), HasSubstr("sim:bell: write on a closed simulator"));
}

}  // namespace

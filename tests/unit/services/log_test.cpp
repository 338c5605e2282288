#include "poscore/services/log.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;

class LogTest : public ::testing::Test {
 protected:
  void TearDown() override {
    LogSink::instance().setFile({});
    LogSink::instance().setMinimum(possdk::LogLevel::Info);
  }
  postest::TempDir dir;
};

TEST_F(LogTest, LinesCarryTimeLevelTagAndMessage) {
  auto logger = makeLogger("points");
  ::testing::internal::CaptureStderr();
  logger->warn("card reader offline");
  auto line = ::testing::internal::GetCapturedStderr();
  EXPECT_THAT(line, MatchesRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z "
                                 "WARN \\[points\\] card reader offline\n"));
}

TEST_F(LogTest, MinimumLevelFiltersBothOutputs) {
  LogSink::instance().setFile(dir / "pos.log");
  LogSink::instance().setMinimum(possdk::LogLevel::Warning);
  auto logger = makeLogger("scale");
  ::testing::internal::CaptureStderr();
  logger->debug("raw frame");
  logger->info("zeroed");
  logger->warn("unstable");
  logger->error("lost");
  auto err = ::testing::internal::GetCapturedStderr();
  LogSink::instance().setFile({});
  auto file = postest::readFile(dir / "pos.log");
  for (const auto& out : {err, file}) {
    EXPECT_THAT(out, Not(HasSubstr("raw frame")));
    EXPECT_THAT(out, Not(HasSubstr("zeroed")));
    EXPECT_THAT(out, HasSubstr("WARN [scale] unstable"));
    EXPECT_THAT(out, HasSubstr("ERROR [scale] lost"));
  }
}

TEST_F(LogTest, DebugShowsWhenAllowed) {
  LogSink::instance().setMinimum(possdk::LogLevel::Debug);
  ::testing::internal::CaptureStderr();
  makeLogger("usb")->debug("hotplug");
  EXPECT_THAT(::testing::internal::GetCapturedStderr(), HasSubstr("DEBUG [usb] hotplug"));
}

TEST_F(LogTest, UnwritableFileIsNamed) {
  try {
    LogSink::instance().setFile(dir / "missing-folder/pos.log");
    FAIL() << "opened a log file in a folder that does not exist";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("missing-folder/pos.log"));
  }
}

}  // namespace
}  // namespace poscore

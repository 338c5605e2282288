// What posctl prints: the device table and event lines.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "poscore/devices/device_report.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

possdk::DeviceStatus status(const std::string& id, possdk::TransportKind kind, const std::string& driver,
                            const std::string& claimant, possdk::DeviceState state, const std::string& error = "") {
  possdk::DeviceStatus s;
  s.info.id = id;
  s.info.transport = kind;
  s.info.description = "desc of " + id;
  s.driver = driver;
  s.claimant = claimant;
  s.state = state;
  s.error = error;
  return s;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    out.push_back(text.substr(start, end - start));
  }
  return out;
}

TEST(DeviceReport, TheTableHasAlignedColumnsProblemsAndTheUsbLine) {
  const auto text = poscore::formatDeviceTable(
      {status("sim:hello-bell", possdk::TransportKind::Simulator, "bell", "points", possdk::DeviceState::Idle),
       status("serial:/dev/ttyS0", possdk::TransportKind::Serial, "", "", possdk::DeviceState::Closed,
              "could not open it")},
      "no USB: libusb found no USB bus on this machine");
  const auto rows = lines(text);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_THAT(rows[0], MatchesRegex("ID +TRANSPORT +DRIVER +CLAIMANT +STATE +DESCRIPTION"));
  EXPECT_THAT(rows[1], MatchesRegex("sim:hello-bell +simulator +bell +points +idle +desc of sim:hello-bell"));
  EXPECT_THAT(rows[2], MatchesRegex("serial:/dev/ttyS0 +serial +- +- +closed +desc of serial:/dev/ttyS0"));
  EXPECT_EQ(rows[0].find("TRANSPORT"), rows[1].find("simulator"));
  EXPECT_EQ(rows[1].find("simulator"), rows[2].find("serial "));
  EXPECT_EQ(rows[3], "serial:/dev/ttyS0: could not open it");
  EXPECT_EQ(rows[4], "no USB: libusb found no USB bus on this machine");
}

TEST(DeviceReport, AnEmptyListSaysSo) {
  EXPECT_THAT(poscore::formatDeviceTable({}, "2 USB devices"), HasSubstr("(no devices found)\n2 USB devices\n"));
}

TEST(DeviceReport, AnEventLineHasTimeDeviceKindNameAndPayload) {
  const auto at = std::chrono::system_clock::from_time_t(1700000000) + std::chrono::milliseconds(250);
  const auto line = poscore::formatDeviceEvent(
      {"sim:hello-bell", possdk::DeviceEventKind::Data, "button.pressed", R"({"button":1})"}, at);
  EXPECT_THAT(line, MatchesRegex(
                        R"([0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.250 sim:hello-bell Data button\.pressed \{"button":1\})"));
  const auto status = poscore::formatDeviceEvent({"usb:x", possdk::DeviceEventKind::StatusUpdate, "online", ""}, at);
  EXPECT_THAT(status, MatchesRegex(R"([0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.250 usb:x StatusUpdate online)"));
}

}  // namespace

#include <gtest/gtest.h>

#include "poscore/devices/device_pattern.hpp"

namespace {

using poscore::matchesDevicePattern;

TEST(DevicePattern, AUsbIdWithoutAPortMatchesTheDeviceOnAnyPort) {
  EXPECT_TRUE(matchesDevicePattern("usb:0eb8:f000", "usb:0eb8:f000@1-4"));
  EXPECT_TRUE(matchesDevicePattern("usb:0eb8:f000", "usb:0eb8:f000@2-1.3"));
  EXPECT_FALSE(matchesDevicePattern("usb:0eb8:f000", "usb:0eb8:f001@1-4"));
  EXPECT_FALSE(matchesDevicePattern("usb:0eb8:f000@1-5", "usb:0eb8:f000@1-4"));
  EXPECT_TRUE(matchesDevicePattern("usb:0eb8:f000@1-4", "usb:0eb8:f000@1-4"));
}

TEST(DevicePattern, StarsMatchAnyRun) {
  EXPECT_TRUE(matchesDevicePattern("*", "serial:/dev/ttyUSB0"));
  EXPECT_TRUE(matchesDevicePattern("serial:*", "serial:/dev/ttyUSB0"));
  EXPECT_TRUE(matchesDevicePattern("sim:hello*", "sim:hello-bell"));
  EXPECT_TRUE(matchesDevicePattern("usb:0eb8:*", "usb:0eb8:f000@1-4"));
  EXPECT_TRUE(matchesDevicePattern("*bell", "sim:hello-bell"));
  EXPECT_TRUE(matchesDevicePattern("s*:*o*l", "sim:hello-bell"));
  EXPECT_FALSE(matchesDevicePattern("tcp:*", "serial:/dev/ttyUSB0"));
  EXPECT_FALSE(matchesDevicePattern("sim:hello", "sim:hello-bell"));
  EXPECT_FALSE(matchesDevicePattern("", "sim:a"));
}

}  // namespace

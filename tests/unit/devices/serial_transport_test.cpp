// The serial transport over a real pseudo-terminal: bytes both ways, timeouts, line settings.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/devices/serial_params.hpp"
#include "poscore/devices/serial_transport.hpp"
#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::HasSubstr;

class SerialOverPty : public ::testing::Test {
 protected:
  void SetUp() override {
    char name[128] = {};
    ASSERT_EQ(openpty(&master, &slave, name, nullptr, nullptr), 0);
    path = name;
  }
  void TearDown() override {
    if (master >= 0) ::close(master);
    ::close(slave);
  }
  possdk::DeviceInfo info(std::map<std::string, std::string> params = {}) const {
    possdk::DeviceInfo i;
    i.id = "serial:" + path;
    i.transport = possdk::TransportKind::Serial;
    i.path = path;
    i.params = std::move(params);
    return i;
  }
  // What the device side (the pty master) received, waiting for `want` bytes.
  std::string deviceReads(std::size_t want) const {
    std::string got;
    waitUntil([&] {
      pollfd p{master, POLLIN, 0};
      if (::poll(&p, 1, 20) == 1) {
        char buf[64];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n > 0) got.append(buf, static_cast<std::size_t>(n));
      }
      return got.size() >= want;
    });
    return got;
  }
  void deviceSends(const std::string& s) const {
    ASSERT_EQ(::write(master, s.data(), s.size()), static_cast<ssize_t>(s.size()));
  }

  int master = -1;
  int slave = -1;
  std::string path;
};

TEST_F(SerialOverPty, WritesReachTheDeviceAndItsBytesAreRead) {
  poscore::SerialTransport port(info());
  ASSERT_TRUE(port.open()) << port.open().error();
  const std::string hello = "W\r\n";
  ASSERT_TRUE(port.write(std::span(reinterpret_cast<const std::uint8_t*>(hello.data()), hello.size())));
  EXPECT_EQ(deviceReads(3), "W\r\n");

  deviceSends("0001.250kg\r");
  std::string got;
  ASSERT_TRUE(waitUntil([&] {
    std::uint8_t buf[32];
    auto n = port.read(buf, std::chrono::milliseconds(50));
    if (n) got.append(reinterpret_cast<char*>(buf), n.value());
    return got.size() >= 11;
  }));
  EXPECT_EQ(got, "0001.250kg\r");
}

TEST_F(SerialOverPty, AReadWithNothingToReadReturnsZeroBytes) {
  poscore::SerialTransport port(info());
  ASSERT_TRUE(port.open());
  std::uint8_t buf[8];
  auto n = port.read(buf, std::chrono::milliseconds(10));
  ASSERT_TRUE(n) << n.error();
  EXPECT_EQ(n.value(), 0u);
}

// Linux ptys keep the speed, stop bits and PARODD they are given but force CS8 and clear PARENB
// (drivers/tty/pty.c), so data bits and parity-enable are checked on applySerialParams itself.
TEST_F(SerialOverPty, TheLineSettingsReachTheTerminal) {
  poscore::SerialTransport port(info({{"baud", "19200"}, {"data_bits", "7"}, {"parity", "odd"}, {"stop_bits", "2"}}));
  ASSERT_TRUE(port.open());
  termios tio{};
  ASSERT_EQ(tcgetattr(slave, &tio), 0);
  EXPECT_EQ(cfgetospeed(&tio), static_cast<speed_t>(B19200));
  EXPECT_EQ(cfgetispeed(&tio), static_cast<speed_t>(B19200));
  EXPECT_NE(tio.c_cflag & PARODD, 0u);
  EXPECT_NE(tio.c_cflag & CSTOPB, 0u);
  EXPECT_EQ(tio.c_lflag & (ICANON | ECHO), 0u) << "raw mode: no line editing, no echo";
}

TEST_F(SerialOverPty, TheDefaultsAre9600WithOneStopBit) {
  poscore::SerialTransport port(info());
  ASSERT_TRUE(port.open());
  termios tio{};
  ASSERT_EQ(tcgetattr(slave, &tio), 0);
  EXPECT_EQ(cfgetospeed(&tio), static_cast<speed_t>(B9600));
  EXPECT_EQ(tio.c_cflag & (PARODD | CSTOPB), 0u);
}

TEST(SerialParams, SevenEvenTwoSetsTheTermiosBits) {
  termios tio{};
  poscore::applySerialParams(
      tio, poscore::parseSerialParams({{"baud", "4800"}, {"data_bits", "7"}, {"parity", "even"}, {"stop_bits", "2"}}));
  EXPECT_EQ(cfgetospeed(&tio), static_cast<speed_t>(B4800));
  EXPECT_EQ(tio.c_cflag & CSIZE, static_cast<tcflag_t>(CS7));
  EXPECT_NE(tio.c_cflag & PARENB, 0u);
  EXPECT_EQ(tio.c_cflag & PARODD, 0u);
  EXPECT_NE(tio.c_cflag & CSTOPB, 0u);
  EXPECT_NE(tio.c_cflag & CREAD, 0u);
  EXPECT_EQ(tio.c_cc[VMIN], 0);
}

TEST(SerialParams, EightNoneOneIsTheDefault) {
  termios tio{};
  tio.c_cflag = PARENB | PARODD | CSTOPB | CS7;
  poscore::applySerialParams(tio, poscore::parseSerialParams({}));
  EXPECT_EQ(cfgetospeed(&tio), static_cast<speed_t>(B9600));
  EXPECT_EQ(tio.c_cflag & CSIZE, static_cast<tcflag_t>(CS8));
  EXPECT_EQ(tio.c_cflag & (PARENB | PARODD | CSTOPB), 0u);
}

TEST(SerialParams, OddParitySetsBothBits) {
  termios tio{};
  poscore::applySerialParams(tio, poscore::parseSerialParams({{"parity", "odd"}}));
  EXPECT_NE(tio.c_cflag & PARENB, 0u);
  EXPECT_NE(tio.c_cflag & PARODD, 0u);
}

TEST_F(SerialOverPty, BadParametersAreRefusedWithWhatIsExpected) {
  poscore::SerialTransport port(info({{"baud", "9601"}}));
  auto opened = port.open();
  ASSERT_FALSE(opened);
  EXPECT_THAT(opened.error(), HasSubstr("serial:" + path + ": baud '9601': expected one of 1200..115200"));
  EXPECT_FALSE(port.isOpen());
  poscore::SerialTransport parity(info({{"parity", "mark"}}));
  EXPECT_THAT(parity.open().error(), HasSubstr("parity 'mark': expected \"none\", \"even\" or \"odd\""));
}

TEST_F(SerialOverPty, AMissingPortSaysWhichAndWhatToCheck) {
  auto i = info();
  i.id = "serial:/dev/does-not-exist";
  i.path = "/dev/does-not-exist";
  poscore::SerialTransport port(i);
  auto opened = port.open();
  ASSERT_FALSE(opened);
  EXPECT_THAT(opened.error(), HasSubstr("serial:/dev/does-not-exist: cannot open /dev/does-not-exist"));
  EXPECT_THAT(opened.error(), HasSubstr("dialout"));
}

TEST_F(SerialOverPty, AHangUpIsAnError) {
  poscore::SerialTransport port(info());
  ASSERT_TRUE(port.open());
  ::close(master);
  master = -1;
  std::uint8_t buf[8];
  auto n = port.read(buf, std::chrono::seconds(5));
  ASSERT_FALSE(n);
  EXPECT_THAT(n.error(), HasSubstr("hung up"));
}

}  // namespace

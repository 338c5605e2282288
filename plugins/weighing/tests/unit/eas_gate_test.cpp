// The EAS exit gate: its lines become events, garbage is reported once per line and reading goes
// on, SILENCE is sent, and the probe wants READY; also over a real pseudo-terminal.
#include <poll.h>
#include <pty.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/eas_gate_device.hpp"
#include "driver/eas_gate_driver.hpp"
#include "fake_device_io.hpp"
#include "poscore/devices/serial_transport.hpp"

namespace {

using ::testing::HasSubstr;
using weightest::EventLog;
using weightest::FakeTransport;

possdk::DeviceInfo gateInfo() {
  possdk::DeviceInfo info;
  info.id = "sim:eas-gate";
  info.transport = possdk::TransportKind::Simulator;
  return info;
}

std::string text(const std::vector<std::uint8_t>& bytes) { return {bytes.begin(), bytes.end()}; }

class Gate : public ::testing::Test {
 protected:
  void SetUp() override {
    auto transport = std::make_unique<FakeTransport>(gateInfo());
    wire = transport.get();
    device = std::make_unique<weighing::EasGateDevice>(std::move(transport));
    ASSERT_TRUE(device->open(log.sink()));
    ASSERT_TRUE(device->enable());
  }

  FakeTransport* wire = nullptr;
  EventLog log;
  std::unique_ptr<weighing::EasGateDevice> device;
};

TEST_F(Gate, AlarmIsADataEventCountingAlarmsAndOkIsQuiet) {
  wire->arrive("ALARM\r\nOK\r\nALA");
  wire->arrive("RM\r\n");
  ASSERT_TRUE(log.waitFor(3));
  const auto events = log.events();
  EXPECT_EQ(events[0].name, "eas.alarm");
  EXPECT_EQ(events[0].kind, possdk::DeviceEventKind::Data);
  EXPECT_EQ(events[0].payload, R"({"count":1})");
  EXPECT_EQ(events[1].name, "eas.quiet");
  EXPECT_EQ(events[1].kind, possdk::DeviceEventKind::StatusUpdate);
  EXPECT_EQ(events[2].name, "eas.alarm");
  EXPECT_EQ(events[2].payload, R"({"count":2})");
}

TEST_F(Gate, GarbageIsReportedOnceWithWhatArrivedAndReadingGoesOn) {
  wire->arrive("AL\x01RM\r\nREADY\r\nALARM\r\n");
  ASSERT_TRUE(log.waitFor(2));
  const auto events = log.events();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].name, "eas.garbage");
  EXPECT_EQ(events[0].kind, possdk::DeviceEventKind::Error);
  EXPECT_THAT(events[0].payload, HasSubstr(R"("line":"AL?RM")"));
  EXPECT_THAT(events[0].payload, HasSubstr(R"("hex":"41 4c 01 52 4d")"));
  EXPECT_THAT(events[0].payload, HasSubstr("not ALARM, OK or READY"));
  EXPECT_EQ(events[1].name, "eas.alarm");
}

TEST_F(Gate, NoiseWithoutLineEndsIsReportedOnceAndDropped) {
  wire->arrive(std::string(100, 'x'));
  ASSERT_TRUE(log.waitFor(1));
  wire->arrive("\r\nALARM\r\n");
  ASSERT_TRUE(log.waitFor(2));
  const auto events = log.events();
  EXPECT_EQ(events[0].name, "eas.garbage");
  EXPECT_THAT(events[0].payload, HasSubstr(std::string(100, 'x')));
  EXPECT_EQ(events[1].name, "eas.alarm");  // the line end after the noise is not a second report
  EXPECT_EQ(events.size(), 2u);
}

TEST_F(Gate, ADisabledGateRaisesNoAlarmEvents) {
  device->disable();
  wire->arrive("ALARM\r\n");
  wire->arrive("BAD\r\n");
  ASSERT_TRUE(log.waitFor(1));  // the garbage still shows: the line is broken either way
  ASSERT_TRUE(device->enable());
  wire->arrive("ALARM\r\n");
  ASSERT_TRUE(log.waitFor(2));
  EXPECT_EQ(log.events()[0].name, "eas.garbage");
  EXPECT_EQ(log.events()[1].name, "eas.alarm");
  EXPECT_EQ(log.events()[1].payload, R"({"count":2})");
}

TEST_F(Gate, SilenceSendsTheLineAndUnknownCommandsAreRefused) {
  ASSERT_TRUE(device->execute("silence", "{}"));
  ASSERT_EQ(wire->writes().size(), 1u);
  EXPECT_EQ(text(wire->writes()[0]), "SILENCE\r\n");
  EXPECT_THAT(device->execute("deactivate", "{}").error(), HasSubstr("unknown command 'deactivate'; it knows: silence"));
}

TEST_F(Gate, AFailedReadReportsOffline) {
  wire->failReads("hang-up on /dev/ttyUSB1");
  ASSERT_TRUE(log.waitFor(1));
  EXPECT_EQ(log.events()[0].name, "offline");
  EXPECT_EQ(log.events()[0].kind, possdk::DeviceEventKind::Error);
  EXPECT_THAT(log.events()[0].payload, HasSubstr("hang-up"));
}

TEST(GateDriver, MatchesItsSimulatorsAndSerialPortsThatSayEasGate) {
  weighing::EasGateDriver driver;
  EXPECT_TRUE(driver.matches(gateInfo()));
  auto otherSim = gateInfo();
  otherSim.id = "sim:eas-relay";
  EXPECT_FALSE(driver.matches(otherSim));
  possdk::DeviceInfo serial;
  serial.id = "serial:/dev/ttyUSB1";
  serial.transport = possdk::TransportKind::Serial;
  EXPECT_FALSE(driver.matches(serial));
  serial.params["protocol"] = "eas-gate";
  EXPECT_TRUE(driver.matches(serial));
}

TEST(GateDriver, ProbeAsksForStatusAndWantsReady) {
  weighing::EasGateDriver driver;
  FakeTransport ready(gateInfo());
  ready.arrive("REA");
  ready.arrive("DY\r\n");
  EXPECT_TRUE(driver.supported(ready));
  ASSERT_EQ(ready.writes().size(), 1u);
  EXPECT_EQ(text(ready.writes()[0]), "STATUS?\r\n");

  FakeTransport scale(gateInfo());
  scale.arrive("  1.250 kg\r\n");
  EXPECT_FALSE(driver.supported(scale));
}

// The gate over a pseudo-terminal, through core's serial transport: the device side is the pty
// master, as a real gate controller on a USB serial adapter would be.
class GateOverPty : public ::testing::Test {
 protected:
  void SetUp() override {
    char name[128] = {};
    ASSERT_EQ(openpty(&master, &slave, name, nullptr, nullptr), 0);
    info.id = std::string("serial:") + name;
    info.transport = possdk::TransportKind::Serial;
    info.path = name;
    info.params = {{"baud", "9600"}, {"data_bits", "8"}, {"parity", "none"}, {"stop_bits", "1"},
                   {"protocol", "eas-gate"}};
  }
  void TearDown() override {
    ::close(master);
    ::close(slave);
  }
  void gateSends(const std::string& s) const {
    ASSERT_EQ(::write(master, s.data(), s.size()), static_cast<ssize_t>(s.size()));
  }
  std::string gateReads(std::size_t want) const {
    std::string got;
    weightest::waitUntil([&] {
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

  int master = -1;
  int slave = -1;
  possdk::DeviceInfo info;
};

TEST_F(GateOverPty, ProbeAlarmGarbageAndSilence) {
  weighing::EasGateDriver driver;
  ASSERT_TRUE(driver.matches(info));
  {
    poscore::SerialTransport probe(info);
    ASSERT_TRUE(probe.open()) << probe.open().error();
    gateSends("READY\r\n");
    EXPECT_TRUE(driver.supported(probe));
    EXPECT_EQ(gateReads(9), "STATUS?\r\n");
  }
  auto device = driver.create(std::make_unique<poscore::SerialTransport>(info));
  EventLog log;
  ASSERT_TRUE(device->open(log.sink()));
  ASSERT_TRUE(device->enable());
  gateSends("ALARM\r\n\xff\xfe\r\nOK\r\n");
  ASSERT_TRUE(log.waitFor(3));
  const auto events = log.events();
  EXPECT_EQ(events[0].name, "eas.alarm");
  EXPECT_EQ(events[1].name, "eas.garbage");
  EXPECT_THAT(events[1].payload, HasSubstr(R"("hex":"ff fe")"));
  EXPECT_EQ(events[2].name, "eas.quiet");
  ASSERT_TRUE(device->execute("silence", ""));
  EXPECT_EQ(gateReads(9), "SILENCE\r\n");
  device->close();
}

}  // namespace

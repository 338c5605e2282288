// The raw TCP transport against a server on 127.0.0.1.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include "poscore/devices/tcp_transport.hpp"
#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::HasSubstr;

possdk::DeviceInfo endpoint(std::uint16_t port) {
  possdk::DeviceInfo info;
  info.transport = possdk::TransportKind::Tcp;
  info.path = "127.0.0.1:" + std::to_string(port);
  info.id = "tcp:" + info.path;
  return info;
}

class TcpLoopback : public ::testing::Test {
 protected:
  Poco::Net::ServerSocket server{Poco::Net::SocketAddress("127.0.0.1", 0)};
  std::uint16_t port() const { return server.address().port(); }
};

TEST_F(TcpLoopback, BytesGoBothWays) {
  poscore::TcpTransport printer(endpoint(port()));
  ASSERT_TRUE(printer.open());
  auto peer = server.acceptConnection();
  const std::string job = "\x1b@Hello\n";
  ASSERT_TRUE(printer.write(std::span(reinterpret_cast<const std::uint8_t*>(job.data()), job.size())));
  std::string received;
  ASSERT_TRUE(waitUntil([&] {
    char buf[64];
    if (peer.poll(Poco::Timespan(0, 20000), Poco::Net::Socket::SELECT_READ)) {
      received.append(buf, static_cast<std::size_t>(peer.receiveBytes(buf, sizeof buf)));
    }
    return received.size() >= job.size();
  }));
  EXPECT_EQ(received, job);

  peer.sendBytes("\x10\x04", 2);
  std::string status;
  ASSERT_TRUE(waitUntil([&] {
    std::uint8_t buf[8];
    auto n = printer.read(buf, std::chrono::milliseconds(50));
    if (n) status.append(reinterpret_cast<char*>(buf), n.value());
    return status.size() >= 2;
  }));
  EXPECT_EQ(status, "\x10\x04");
}

TEST_F(TcpLoopback, AReadWithNothingToReadReturnsZeroBytes) {
  poscore::TcpTransport printer(endpoint(port()));
  ASSERT_TRUE(printer.open());
  auto peer = server.acceptConnection();
  std::uint8_t buf[8];
  auto n = printer.read(buf, std::chrono::milliseconds(10));
  ASSERT_TRUE(n) << n.error();
  EXPECT_EQ(n.value(), 0u);
}

TEST_F(TcpLoopback, APeerThatClosesIsAnError) {
  poscore::TcpTransport printer(endpoint(port()));
  ASSERT_TRUE(printer.open());
  server.acceptConnection().close();
  std::uint8_t buf[8];
  auto n = printer.read(buf, std::chrono::seconds(10));
  ASSERT_FALSE(n);
  EXPECT_THAT(n.error(), HasSubstr(endpoint(port()).id + ": the device closed the connection"));
}

TEST(TcpTransport, NobodyListeningFailsTheOpenNamingTheDevice) {
  std::uint16_t closedPort = 0;
  {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    closedPort = probe.address().port();
  }
  poscore::TcpTransport printer(endpoint(closedPort));
  auto opened = printer.open();
  ASSERT_FALSE(opened);
  EXPECT_THAT(opened.error(), HasSubstr(endpoint(closedPort).id + ": cannot connect to 127.0.0.1:"));
  EXPECT_FALSE(printer.isOpen());
}

}  // namespace

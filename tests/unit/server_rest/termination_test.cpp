// SIGTERM: pos-server answers the request in flight, refuses new connections, and exits 0.
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "poscore/barcode/gtin.hpp"
#include "rest_fixture.hpp"

namespace {

// Product n with an EAN-13 of its own: a barcode belongs to one product.
std::string product(int n) {
  auto digits = std::to_string(400000000000 + n);
  digits += *poscore::barcode::gs1CheckDigit(digits);
  return R"({"sku":"P)" + std::to_string(n) + R"(","barcodes":[")" + digits + R"("],"name_en":"Pencil","name_zh":"铅笔",)"
         R"("price":350,"tax_class":"A","unit":"each"})";
}

bool refusesConnections(std::uint16_t port) {
  try {
    Poco::Net::StreamSocket probe(Poco::Net::SocketAddress("127.0.0.1", port));
    return false;
  } catch (const Poco::Net::NetException&) {
    return true;
  }
}

class TerminationTest : public postest::RestTest {};

TEST_P(TerminationTest, SigtermFinishesTheRequestInFlightRefusesNewConnectionsAndExitsZero) {
  auto server = spawnServer();
  const auto admin = enrol(server->port(), "admin");
  std::string body = R"({"upserts":[)";
  for (int n = 0; n < 1000; ++n) body += (n == 0 ? "" : ",") + product(n);
  body += "]}";

  // The request is in flight once the server has its headers: the rest of the body comes only after
  // the signal has been taken, so the server cannot have answered it before.
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server->port()));
  socket.setReceiveTimeout(Poco::Timespan(60, 0));
  const std::string head = "POST /api/v1/catalog/changes HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin +
                           "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                           "\r\n\r\n";
  const auto half = body.size() / 2;
  socket.sendBytes(head.data(), static_cast<int>(head.size()));
  socket.sendBytes(body.data(), static_cast<int>(half));
  // The server reads the headers and enters the request before it reads the body.
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));
  server->signal(SIGTERM);
  // Bounded wait for the signal to take effect: the listener closes.
  for (int i = 0; i < 500 && !refusesConnections(server->port()); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_TRUE(refusesConnections(server->port())) << "still accepting after SIGTERM";

  socket.sendBytes(body.data() + half, static_cast<int>(body.size() - half));
  std::string answer;
  char buffer[4096];
  for (int n = 0; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;) answer.append(buffer, static_cast<std::size_t>(n));
  EXPECT_EQ(answer.rfind("HTTP/1.1 201", 0), 0u) << answer;
  EXPECT_NE(answer.find(R"("changes":1000)"), std::string::npos) << answer;
  EXPECT_EQ(server->wait(), 0) << server->log();
  auto changes = database().query("SELECT COUNT(*) FROM catalog_changes");
  ASSERT_TRUE(changes.isOk()) << changes.error();
  EXPECT_EQ(std::get<std::int64_t>(changes.value().at(0).at(0)), 1000);
}

POS_DATABASE_TEST_SUITE(TerminationTest);

}  // namespace

#include "loopback_server.hpp"

#include <sys/socket.h>

#include <Poco/Exception.h>
#include <Poco/Net/StreamSocket.h>

namespace vprinter {

namespace {

const Poco::Timespan kPollInterval(0, 200'000);

void sendAll(Poco::Net::StreamSocket& peer, const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    // MSG_NOSIGNAL: a host that hung up must not kill the printer with SIGPIPE.
    const int n = peer.sendBytes(bytes.data() + sent, static_cast<int>(bytes.size() - sent), MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

void serveOne(Poco::Net::StreamSocket peer, VirtualPrinter& printer, const std::atomic<bool>& stop) {
  char buf[4096];
  while (!stop) {
    if (!peer.poll(kPollInterval, Poco::Net::Socket::SELECT_READ)) continue;
    const int n = peer.receiveBytes(buf, sizeof buf);
    if (n <= 0) return;
    const std::string reply = printer.receive(std::string_view(buf, static_cast<std::size_t>(n)));
    if (!reply.empty()) sendAll(peer, reply);
  }
}

}  // namespace

possdk::Result<Poco::Net::SocketAddress> loopbackAddress(const std::string& hostPort) {
  using R = possdk::Result<Poco::Net::SocketAddress>;
  const std::string hint = "; give a loopback address such as 127.0.0.1:9100";
  const auto colon = hostPort.rfind(':');
  if (colon == std::string::npos) return R::fail("--listen \"" + hostPort + "\" has no port" + hint);
  std::string host = hostPort.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host == "localhost") host = "127.0.0.1";
  try {
    const Poco::Net::IPAddress ip(host);
    if (!ip.isLoopback()) return R::fail("--listen " + hostPort + " is not a loopback address" + hint);
    const std::string portText = hostPort.substr(colon + 1);
    std::size_t used = 0;
    const int port = std::stoi(portText, &used);
    if (used != portText.size() || port < 0 || port > 65535) {
      return R::fail("--listen " + hostPort + ": the port is not a number 0-65535" + hint);
    }
    return Poco::Net::SocketAddress(ip, static_cast<Poco::UInt16>(port));
  } catch (const Poco::Exception& e) {
    return R::fail("--listen " + hostPort + ": " + e.displayText() + hint);
  } catch (const std::exception&) {
    return R::fail("--listen " + hostPort + ": the port is not a number 0-65535" + hint);
  }
}

void serveConnections(Poco::Net::ServerSocket& server, VirtualPrinter& printer, const std::atomic<bool>& stop,
                      std::ostream& log) {
  while (!stop) {
    if (!server.poll(kPollInterval, Poco::Net::Socket::SELECT_READ)) continue;
    try {
      Poco::Net::StreamSocket peer = server.acceptConnection();
      log << "pos-virtual-printer: connection from " << peer.peerAddress().toString() << "\n";
      serveOne(peer, printer, stop);
    } catch (const Poco::Exception& e) {
      log << "pos-virtual-printer: connection dropped: " << e.displayText() << "\n";
    }
  }
}

}  // namespace vprinter

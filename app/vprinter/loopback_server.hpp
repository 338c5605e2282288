#pragma once
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <atomic>
#include <ostream>
#include <string>

#include "possdk/status.hpp"
#include "virtual_printer.hpp"

namespace vprinter {

// "host:port" for the listening socket. Only loopback addresses (127.0.0.0/8, ::1, localhost) are
// accepted: the virtual printer is a test fixture and must not be reachable from the network.
possdk::Result<Poco::Net::SocketAddress> loopbackAddress(const std::string& hostPort);

// Serves connections one after another, as a port-9100 printer does, until `stop` turns true;
// it polls, so a stop is noticed within a fraction of a second even mid-connection.
void serveConnections(Poco::Net::ServerSocket& server, VirtualPrinter& printer, const std::atomic<bool>& stop,
                      std::ostream& log);

}  // namespace vprinter

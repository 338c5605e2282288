#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "possdk/status.hpp"

namespace posserver::http {

struct ListenAddress {
  std::string host;  // "127.0.0.1", "::1" (without brackets) or a host name
  std::uint16_t port = 0;
};

// "HOST:PORT", with IPv6 in brackets ("[::1]:8080"). Port 0 means any free port.
possdk::Result<ListenAddress> parseListenAddress(const std::string& text);

struct ServeOptions {
  ListenAddress listen{"127.0.0.1", 8080};
  std::vector<std::string> pluginDirs;
  std::string certFile;
  std::string keyFile;
  std::size_t maxBodyBytes = 1 << 20;
  int threads = 64;  // one per keep-alive connection: see ServiceOptions::threads
  std::int64_t lookupRatePerMinute = 30;
  std::string settingsFile;  // JSON settings for the plugins' server modules ("plugins.<id>.<key>")
  std::string stateDir;      // plugin safe-mode markers and quarantine; "" = beside a SQLite file
};

struct EnrolCodeOptions {
  std::string role;
  std::string store;
  std::string lane;  // "" when the code names none
  std::int64_t ttlMinutes = 1440;
};

// The pos-server command line: serve (the default), enrol-code or migrate, each with --db.
struct ServerCommand {
  enum class Kind { Serve, EnrolCode, Migrate, Help };
  Kind kind = Kind::Serve;
  std::string db = "pos-server.db";
  ServeOptions serve;
  EnrolCodeOptions enrolCode;
  std::string helpText;  // for Kind::Help: print it and exit 0
};

// Parses and checks argv; a failure names the option, what was wrong and what it takes.
possdk::Result<ServerCommand> parseServerCommand(int argc, const char* const* argv);

}  // namespace posserver::http

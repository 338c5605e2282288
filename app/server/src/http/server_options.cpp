#include "posserver/http/server_options.hpp"

#include <CLI/CLI.hpp>
#include <Poco/Net/IPAddress.h>

#include <algorithm>
#include <cctype>

namespace posserver::http {
namespace {

bool isHostName(const std::string& host) {
  return !host.empty() && host.size() <= 253 && std::all_of(host.begin(), host.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '.';
  });
}

possdk::Result<std::uint16_t> parsePort(const std::string& text, const std::string& whole) {
  if (text.empty() || text.size() > 5 || !std::all_of(text.begin(), text.end(), [](unsigned char c) {
        return std::isdigit(c);
      })) {
    return possdk::Result<std::uint16_t>::fail("--listen \"" + whole + "\": the port must be a number from 0 to 65535");
  }
  const auto port = std::stoul(text);
  if (port > 65535) {
    return possdk::Result<std::uint16_t>::fail("--listen \"" + whole + "\": the port must be a number from 0 to 65535");
  }
  return static_cast<std::uint16_t>(port);
}

void addDb(CLI::App& command, std::string& db) {
  command.add_option("--db", db, "SQLite file or PostgreSQL connection string")->capture_default_str();
}

const std::vector<std::string> kRoles = {"lane", "kiosk", "technician", "admin"};

}  // namespace

possdk::Result<ListenAddress> parseListenAddress(const std::string& text) {
  using Fail = possdk::Result<ListenAddress>;
  ListenAddress address;
  std::string portText;
  if (!text.empty() && text.front() == '[') {
    const auto close = text.find(']');
    if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':') {
      return Fail::fail("--listen \"" + text + "\": write an IPv6 address as [ADDRESS]:PORT, e.g. [::1]:8080");
    }
    address.host = text.substr(1, close - 1);
    Poco::Net::IPAddress ip;
    if (!Poco::Net::IPAddress::tryParse(address.host, ip) || ip.family() != Poco::Net::IPAddress::IPv6) {
      return Fail::fail("--listen \"" + text + "\": \"" + address.host + "\" is not an IPv6 address");
    }
    portText = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) {
      return Fail::fail("--listen \"" + text + "\": give HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080");
    }
    address.host = text.substr(0, colon);
    if (address.host.find(':') != std::string::npos) {
      return Fail::fail("--listen \"" + text + "\": put an IPv6 address in brackets, e.g. [::1]:8080");
    }
    if (!isHostName(address.host)) {
      return Fail::fail("--listen \"" + text + "\": \"" + address.host + "\" is not a host name or address");
    }
    portText = text.substr(colon + 1);
  }
  auto port = parsePort(portText, text);
  if (!port) return Fail::fail(port.error());
  address.port = port.value();
  return address;
}

possdk::Result<ServerCommand> parseServerCommand(int argc, const char* const* argv) {
  using Fail = possdk::Result<ServerCommand>;
  ServerCommand command;
  std::string listen = "127.0.0.1:8080";

  CLI::App app{"pos-server: the store's REST server (serves unless a subcommand is given)", "pos-server"};
  addDb(app, command.db);
  std::vector<CLI::Option*> serveOnly = {
      app.add_option("--listen", listen, "HOST:PORT to listen on; IPv6 as [::1]:8080")->capture_default_str(),
      app.add_option("--plugins", command.serve.pluginDirs, "a directory of plugins (repeatable)")
          ->check(CLI::ExistingDirectory),
      app.add_option("--cert", command.serve.certFile, "PEM certificate: serve HTTPS")->check(CLI::ExistingFile),
      app.add_option("--key", command.serve.keyFile, "PEM private key of --cert")->check(CLI::ExistingFile),
      app.add_option("--max-body", command.serve.maxBodyBytes, "largest request body in bytes")
          ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
          ->capture_default_str(),
      app.add_option("--threads", command.serve.threads, "request threads")
          ->check(CLI::Range(1, 1024))
          ->capture_default_str(),
      app.add_option("--lookup-rate", command.serve.lookupRatePerMinute, "member lookups a device may make per minute")
          ->check(CLI::Range(std::int64_t{1}, std::int64_t{1000000}))
          ->capture_default_str(),
  };

  auto* enrol = app.add_subcommand("enrol-code", "make a one-time enrolment code and print it");
  addDb(*enrol, command.db);
  enrol->add_option("--role", command.enrolCode.role, "the device's role")
      ->required()
      ->check(CLI::IsMember(kRoles));
  enrol->add_option("--store", command.enrolCode.store, "the store id, e.g. S001")->required();
  enrol->add_option("--lane", command.enrolCode.lane, "the lane id the code is for, e.g. L01");
  enrol->add_option("--ttl-minutes", command.enrolCode.ttlMinutes, "how long the code stays valid")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{10080}))
      ->capture_default_str();
  auto* migrate = app.add_subcommand("migrate", "apply the database migrations and exit");
  addDb(*migrate, command.db);
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    command.kind = ServerCommand::Kind::Help;
    command.helpText = app.help();
    return command;
  } catch (const CLI::ParseError& e) {
    return Fail::fail(std::string(e.what()) + "; see pos-server --help");
  }

  if (enrol->parsed() || migrate->parsed()) {
    for (const auto* option : serveOnly) {
      if (option->count() > 0) {
        return Fail::fail(option->get_name() + " applies to serving only, not to " +
                          (enrol->parsed() ? "enrol-code" : "migrate"));
      }
    }
    command.kind = enrol->parsed() ? ServerCommand::Kind::EnrolCode : ServerCommand::Kind::Migrate;
  }
  if (command.db.empty()) return Fail::fail("--db must name a SQLite file or a PostgreSQL connection string");
  if (enrol->parsed()) {
    const auto& store = command.enrolCode.store;
    if (store.empty() || store.size() > 64) return Fail::fail("--store must be a store id of 1 to 64 characters");
  }
  if (command.serve.certFile.empty() != command.serve.keyFile.empty()) {
    return Fail::fail("--cert and --key go together: give both to serve HTTPS, or neither");
  }
  auto address = parseListenAddress(listen);
  if (!address) return Fail::fail(address.error());
  command.serve.listen = address.value();
  return command;
}

}  // namespace posserver::http

#include "poscore/sync/sync_settings.hpp"

#include <Poco/Exception.h>
#include <Poco/NumberParser.h>
#include <Poco/URI.h>

#include "poscore/sale/receipt_numbers.hpp"

namespace poscore::sync {
namespace {

using Loaded = possdk::Result<std::optional<SyncSettings>>;

constexpr int kMaxPollSeconds = 3600;
constexpr int kMaxTimeoutSeconds = 300;

// Empty when `url` is a server's base address, otherwise what is wrong with it.
std::string urlRefusal(const std::string& url) {
  try {
    const Poco::URI uri(url);
    if (uri.getScheme() != "http" && uri.getScheme() != "https") return "the scheme must be http or https";
    if (uri.getHost().empty()) return "it names no host";
    if (!uri.getPath().empty() && uri.getPath() != "/") return "it has a path; give the server's address only (the lane adds /api/v1)";
    if (!uri.getQuery().empty() || !uri.getFragment().empty()) return "it has a query or fragment";
    return {};
  } catch (const Poco::Exception& e) {
    return e.message();
  }
}

// A whole number of seconds from 1 to `max` at `key`, or `fallback` when the key is absent.
possdk::Result<std::chrono::seconds> secondsAt(const Config& config, const std::string& key, std::chrono::seconds fallback,
                                               int max) {
  auto text = config.get(key);
  if (!text) return fallback;
  int value = 0;
  if (!Poco::NumberParser::tryParse(*text, value) || value < 1 || value > max) {
    return possdk::Result<std::chrono::seconds>::fail("settings " + key + ": '" + *text + "' is not a whole number of seconds from 1 to " +
                                                      std::to_string(max));
  }
  return std::chrono::seconds(value);
}

}  // namespace

possdk::Result<std::optional<SyncSettings>> syncSettingsFrom(const Config& config) {
  if (!config.section("server")) return std::optional<SyncSettings>{};
  SyncSettings settings;
  auto url = config.get("server.url");
  if (!url) return Loaded::fail("settings server.url is missing; give the store server's address, e.g. \"http://127.0.0.1:8080\"");
  if (auto why = urlRefusal(*url); !why.empty()) {
    return Loaded::fail("settings server.url '" + *url + "': " + why + "; write it as \"http://host:port\" or \"https://host:port\"");
  }
  settings.url = url->back() == '/' ? url->substr(0, url->size() - 1) : *url;
  if (auto ca = config.get("server.ca_file")) {
    settings.caFile = config.resolvePath(*ca);
    if (!std::filesystem::is_regular_file(settings.caFile)) {
      return Loaded::fail("settings server.ca_file: no file at " + settings.caFile.string() + "; give the CA certificate (PEM) of the server");
    }
  }
  settings.enrolmentCode = config.get("server.enrolment_code").value_or("");
  auto poll = secondsAt(config, "server.poll_seconds", settings.poll, kMaxPollSeconds);
  if (!poll) return Loaded::fail(poll.error());
  settings.poll = poll.value();
  auto timeout = secondsAt(config, "server.timeout_seconds", settings.timeout, kMaxTimeoutSeconds);
  if (!timeout) return Loaded::fail(timeout.error());
  settings.timeout = timeout.value();
  auto lane = sale::laneIdFrom(config);
  if (!lane) return Loaded::fail("the server needs the lane's id: " + lane.error());
  settings.laneId = lane.value();
  settings.laneName = config.get("lane.name").value_or(settings.laneId);
  return std::optional<SyncSettings>{std::move(settings)};
}

}  // namespace poscore::sync

// posctl server: enrol the lane with the store server, see and run its sync, read its outbox.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "catalog_publish.hpp"
#include "commands.hpp"
#include "lane_database.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/sync/sync_client.hpp"

namespace posctl {
namespace {

using poscore::sync::SyncSettings;

constexpr std::size_t kListed = 1000;

// The lane's server settings; `url` (from --url) stands in for server.url or replaces it.
SyncSettings settingsOf(const poscore::Config& config, const std::string& url) {
  auto settings = poscore::sync::syncSettingsFrom(config);
  if (!settings) throw std::runtime_error(settings.error());
  if (settings.value()) {
    if (!url.empty()) settings.value()->url = url;
    return *settings.value();
  }
  if (url.empty()) {
    throw std::runtime_error("the lane's settings have no \"server\" section, so the lane runs offline; add server.url or pass --url");
  }
  auto lane = poscore::sale::laneIdFrom(config);
  if (!lane) throw std::runtime_error(lane.error());
  SyncSettings s;
  s.url = url;
  s.laneId = lane.value();
  s.laneName = config.get("lane.name").value_or(s.laneId);
  return s;
}

// What posctl needs to run the sync client once, as the lane would.
struct SyncTool {
  explicit SyncTool(const GlobalOptions& options, const std::string& url = {})
      : config(laneConfig(options)), db(openLaneDb(options)), outbox(*db, clock) {
    auto pricing = poscore::sale::loadPricingRules(config);
    if (!pricing) throw std::runtime_error(pricing.error());
    client = std::make_unique<poscore::sync::SyncClient>(*db, outbox, clock, settingsOf(config, url), pricing.value().taxClassCodes());
  }
  poscore::Config config;
  poscore::SystemClock clock;
  std::unique_ptr<poscore::LaneDb> db;
  poscore::Outbox outbox;
  std::unique_ptr<poscore::sync::SyncClient> client;
};

int enrolLane(const GlobalOptions& options, const std::string& code, const std::string& url) {
  SyncTool tool(options, url);
  auto result = tool.client->enrolWith(code);
  std::cout << (result.outcome == poscore::sync::EnrolOutcome::Enrolled ? "OK " : "FAIL ") << result.message << "\n";
  return result.outcome == poscore::sync::EnrolOutcome::Enrolled ? 0 : 1;
}

int syncNow(const GlobalOptions& options) {
  SyncTool tool(options);
  const auto report = tool.client->runOnce();
  const auto status = tool.client->status();
  if (!report.reached) {
    std::cout << "FAIL " << status.lastError << "\n";
    return 1;
  }
  std::cout << (status.lastError.empty() ? "OK" : "WARN") << " sent " << report.sent << ", to retry " << report.retried
            << ", refused " << report.rejected << ", catalog changes " << report.catalogChanges << "; backlog "
            << status.backlog << ", catalog version " << status.catalogVersion << "\n";
  if (!status.lastError.empty()) std::cout << "last error: " << status.lastError << "\n";
  for (const auto& skipped : status.catalogSkipped) std::cout << "skipped " << skipped << "\n";
  return 0;
}

int showStatus(const GlobalOptions& options) {
  const auto config = laneConfig(options);
  auto settings = poscore::sync::syncSettingsFrom(config);
  if (!settings) throw std::runtime_error(settings.error());
  if (!settings.value()) {
    std::cout << "sync off: the settings have no \"server\" section; the lane runs offline\n";
    return 0;
  }
  SyncTool tool(options);
  poscore::sync::ServerLink link(settings.value()->url, settings.value()->caFile, settings.value()->timeout);
  auto health = link.send("GET", "/healthz");
  poscore::sync::OutboxQueue queue(*tool.db);
  auto pending = queue.pending(kListed);
  auto credential = poscore::sync::SyncStore(*tool.db).credential();
  if (!pending || !credential) throw std::runtime_error(!pending ? pending.error() : credential.error());
  const auto status = tool.client->status();
  std::string lastError = health ? "" : health.error();
  for (const auto& entry : pending.value()) {
    if (entry.lastError) lastError = *entry.lastError;
  }
  std::cout << "server:          " << settings.value()->url << "\n"
            << "state:           " << (health && health.value().status == 200 ? "online" : "offline") << "\n"
            << "enrolled:        " << (credential.value() ? "yes, device " + credential.value()->deviceId : std::string("no")) << "\n"
            << "backlog:         " << status.backlog << "\n"
            << "rejected:        " << status.rejected << "\n"
            << "catalog version: " << status.catalogVersion << "\n"
            << "last error:      " << (lastError.empty() ? "-" : lastError) << "\n";
  return 0;
}

int listOutbox(const GlobalOptions& options, bool rejected) {
  auto db = openLaneDb(options);
  poscore::sync::OutboxQueue queue(*db);
  auto entries = rejected ? queue.rejected(kListed) : queue.pending(kListed);
  if (!entries) throw std::runtime_error(entries.error());
  std::printf("%6s %-24s %-10s %-24s %-24s %8s %-24s %s\n", "ID", "QUEUED", "SENDER", "PATH", "KEY", "ATTEMPTS",
              rejected ? "REFUSED" : "NEXT ATTEMPT", "LAST ERROR");
  for (const auto& e : entries.value()) {
    const auto when = rejected ? e.rejectedAt : e.nextAttemptAt;
    std::printf("%6lld %-24s %-10s %-24s %-24s %8lld %-24s %s\n", static_cast<long long>(e.id), e.createdAt.c_str(),
                e.plugin.c_str(), e.path.c_str(), e.idempotencyKey.c_str(), static_cast<long long>(e.attempts),
                when.value_or("now").c_str(), e.lastError.value_or("-").c_str());
  }
  std::printf("%zu %s\n", entries.value().size(), rejected ? "refused by the server" : "to send");
  return 0;
}

}  // namespace

void addServerCommands(CLI::App& app, GlobalOptions& options) {
  auto* server = app.add_subcommand("server", "The lane's link to the store server: enrolment, sync and outbox");
  server->require_subcommand(1);

  // Option values must outlive this function; there is one command line per process.
  static std::string code;
  static std::string url;
  static bool rejected = false;

  auto* enrolCmd = server->add_subcommand("enrol", "Enrol the lane with a one-time code and keep its credential");
  enrolCmd->add_option("CODE", code, "The enrolment code from the server")->required();
  enrolCmd->add_option("--url", url, "The server's address, when the settings name none (http://host:port)");
  enrolCmd->callback([&options] { options.exitCode = enrolLane(options, code, url); });

  server->add_subcommand("status", "Online or not, backlog, refused entries, last error, catalog version")
      ->callback([&options] { options.exitCode = showStatus(options); });
  server->add_subcommand("sync", "Run one sync round now; exit 1 when the server cannot be reached")
      ->callback([&options] { options.exitCode = syncNow(options); });

  static std::string catalogFile;
  auto* publishCmd = server->add_subcommand("publish-catalog", "Publish a catalog CSV to the store server with a one-time admin code");
  publishCmd->add_option("FILE", catalogFile, "The catalog file (docs/catalog.md)")->required();
  publishCmd->add_option("--admin-code", code, "An enrolment code for role admin, spent by this run")->required();
  publishCmd->add_option("--url", url, "The server's address, when the settings name none (http://host:port)");
  publishCmd->callback([&options] {
    const auto config = laneConfig(options);
    auto pricing = poscore::sale::loadPricingRules(config);
    if (!pricing) throw std::runtime_error(pricing.error());
    options.exitCode = publishCatalog(settingsOf(config, url), pricing.value().taxClassCodes(), catalogFile, code);
  });

  auto* outboxCmd = server->add_subcommand("outbox", "The entries still to send, oldest first");
  outboxCmd->add_flag("--rejected", rejected, "The entries the server refused instead");
  outboxCmd->callback([&options] { options.exitCode = listOutbox(options, rejected); });
}

}  // namespace posctl

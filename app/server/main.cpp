// pos-server: serves the store's REST API until SIGTERM or SIGINT, or makes an enrolment code, or
// migrates the database (see pos-server --help and docs/server-api.md).
#include <malloc.h>

#include <iostream>

#include "poscore/layout.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/services/log.hpp"
#include "posserver/api/core_api.hpp"
#include "posserver/api/enrolment_codes.hpp"
#include "posserver/http/server_options.hpp"
#include "posserver/http/termination.hpp"
#include "posserver/store_server.hpp"

namespace {

using posserver::http::ServerCommand;

std::unique_ptr<posserver::db::Database> openMigrated(const posserver::db::DatabaseSpec& spec) {
  auto database = posserver::db::Database::open(spec, 2);
  if (auto migrated = posserver::api::migrateCore(*database); !migrated) throw std::runtime_error(migrated.error());
  return database;
}

int printEnrolmentCode(const posserver::db::DatabaseSpec& spec, const ServerCommand& command) {
  poscore::SystemClock clock;
  auto database = openMigrated(spec);
  const auto& options = command.enrolCode;
  posserver::api::EnrolmentCodeRequest request{options.role, options.store, std::nullopt, options.ttlMinutes};
  if (!options.lane.empty()) request.laneId = options.lane;
  auto code = posserver::api::makeEnrolmentCode(*database, clock, request);
  if (!code) {
    std::cerr << "pos-server: " << code.error() << "\n";
    return 2;
  }
  // Only the code goes to standard output, so scripts can take it; the rest is for the person.
  std::cout << code->code << "\n";
  std::cerr << "one-time enrolment code (role " << code->role << ", store " << code->storeId
            << (code->laneId ? ", lane " + *code->laneId : std::string()) << "), valid until " << code->expiresAt
            << "\n";
  return 0;
}

std::filesystem::path stateDirFor(const posserver::db::DatabaseSpec& spec, const std::string& given) {
  if (!given.empty()) return given;
  if (spec.dialect == posserver::db::Dialect::Sqlite) {
    return std::filesystem::absolute(spec.target).parent_path() / "pos-server-state";
  }
  return std::filesystem::current_path() / "pos-server-state";
}

posserver::StoreServerSetup setupFor(const posserver::db::DatabaseSpec& spec, const ServerCommand& command) {
  const auto& serve = command.serve;
  posserver::StoreServerSetup setup;
  setup.database = spec;
  setup.service.host = serve.listen.host;
  setup.service.port = serve.listen.port;
  setup.service.maxBodyBytes = serve.maxBodyBytes;
  setup.service.threads = serve.threads;
  setup.service.tls = {serve.certFile, serve.keyFile};
  // Without --plugins the server loads the folder the shell loads, beside its own executable.
  if (serve.pluginDirs.empty()) {
    setup.pluginDirs.push_back(poscore::Layout::fromExecutable().plugins);
  } else {
    setup.pluginDirs.assign(serve.pluginDirs.begin(), serve.pluginDirs.end());
  }
  setup.stateDir = stateDirFor(spec, serve.stateDir);
  if (!serve.settingsFile.empty()) setup.settings = poscore::Config::load(serve.settingsFile);
  setup.lookupRatePerMinute = serve.lookupRatePerMinute;
  return setup;
}

int serve(const posserver::db::DatabaseSpec& spec, const ServerCommand& command) {
  poscore::SystemClock clock;
  auto log = poscore::makeLogger("server");
  posserver::StoreServer server(setupFor(spec, command), clock, *log);
  server.start();
  const auto scheme = command.serve.certFile.empty() ? "http" : "https";
  log->info(std::string("listening on ") + scheme + "://" + command.serve.listen.host + ":" +
            std::to_string(server.port()) + " with " + spec.redacted());
  const int signal = posserver::http::waitForTermination();
  log->info("signal " + std::to_string(signal) + ": finishing the requests in flight, then stopping");
  server.stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // glibc hands a thread arena's free top back to the kernel (madvise) as soon as it passes 128 KiB;
  // with a request thread per connection that churn and its TLB shootdowns took a fifth of the
  // server's CPU under load. Keeping up to 16 MiB per arena stops it.
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
  posserver::http::blockTerminationSignals();
  auto command = posserver::http::parseServerCommand(argc, argv);
  if (!command) {
    std::cerr << "pos-server: " << command.error() << "\n";
    return 2;
  }
  if (command->kind == ServerCommand::Kind::Help) {
    std::cout << command->helpText;
    return 0;
  }
  auto spec = posserver::db::DatabaseSpec::parse(command->db);
  if (!spec) {
    std::cerr << "pos-server: " << spec.error() << "\n";
    return 2;
  }
  try {
    switch (command->kind) {
      case ServerCommand::Kind::EnrolCode:
        return printEnrolmentCode(spec.value(), command.value());
      case ServerCommand::Kind::Migrate:
        openMigrated(spec.value());
        std::cout << "pos-server: " << spec->redacted() << " is migrated\n";
        return 0;
      default:
        return serve(spec.value(), command.value());
    }
  } catch (const std::exception& e) {
    std::cerr << "pos-server: " << e.what() << "\n";
    return 1;
  }
}

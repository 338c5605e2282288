#include "rest_fixture.hpp"

#include <stdexcept>

#include "poscore/services/log.hpp"
#include "posserver/api/core_api.hpp"
#include "posserver/api/enrolment_codes.hpp"

namespace postest {
using posserver::db::Dialect;

void RestTest::SetUp() {
  if (GetParam() == Dialect::Postgres) {
    POSTEST_REQUIRE_POSTGRES();
    postgres_ = std::make_unique<FreshPostgresDatabase>(*postgresConnInfo());
    target_ = postgres_->connInfo();
  } else {
    target_ = (dir_ / "server.db").string();
  }
  log_ = poscore::makeLogger("rest-test");
}

void RestTest::TearDown() {
  server_.reset();
  database_.reset();
}

posserver::db::Database& RestTest::database() {
  if (!database_) {
    auto spec = posserver::db::DatabaseSpec::parse(target_);
    if (!spec) throw std::runtime_error(spec.error());
    database_ = posserver::db::Database::open(spec.value(), 2);
    if (auto migrated = posserver::api::migrateCore(*database_); !migrated) throw std::runtime_error(migrated.error());
  }
  return *database_;
}

posserver::StoreServer& RestTest::startServer(posserver::StoreServerSetup setup) {
  auto spec = posserver::db::DatabaseSpec::parse(target_);
  if (!spec) throw std::runtime_error(spec.error());
  setup.database = spec.value();
  setup.service.host = "127.0.0.1";
  setup.service.port = 0;
  setup.stateDir = dir_ / "state";
  server_ = std::make_unique<posserver::StoreServer>(std::move(setup), clock_, *log_);
  server_->start();
  return *server_;
}

std::unique_ptr<ServerProcess> RestTest::spawnServer(const std::vector<std::string>& args) {
  // An empty plugin folder: the core server alone, whatever is built beside pos-server.
  std::filesystem::create_directories(dir_ / "no-plugins");
  std::vector<std::string> all{"--db", target_, "--plugins", (dir_ / "no-plugins").string(), "--state-dir",
                               (dir_ / "state").string()};
  all.insert(all.end(), args.begin(), args.end());
  const auto logFile = dir_ / ("pos-server-" + std::to_string(++spawned_) + ".log");
  return std::make_unique<ServerProcess>(all, logFile);
}

std::string RestTest::enrol(std::uint16_t port, const std::string& role, const std::string& laneId) {
  RestClient client(port);
  return enrol(client, role, laneId);
}

std::string RestTest::enrol(RestClient& client, const std::string& role, const std::string& laneId) {
  posserver::api::EnrolmentCodeRequest wanted{role, "S001", std::nullopt};
  if (!laneId.empty()) wanted.laneId = laneId;
  auto code = posserver::api::makeEnrolmentCode(database(), clock_, wanted);
  if (!code) throw std::runtime_error(code.error());
  const auto answer = client.post("/api/v1/enrol", R"({"code":")" + code->code + R"(","name":"rest )" + role + R"("})");
  if (answer.status != 201) throw std::runtime_error("enrol answered " + std::to_string(answer.status) + " " + answer.body);
  return answer.json()->getValue<std::string>("token");
}

std::int64_t RestTest::addMember(RestClient& client, const std::string& card) {
  const auto added = client.post("/api/v1/members", R"({"card":")" + card + R"("})");
  if (added.status != 201) throw std::runtime_error("adding a member answered " + std::to_string(added.status) + " " + added.body);
  return added.json()->getObject("member")->getValue<std::int64_t>("id");
}

}  // namespace postest

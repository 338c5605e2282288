#pragma once
// pos-server over real sockets on 127.0.0.1: a database of the test's own (a SQLite file or a
// fresh PostgreSQL database on the test cluster), the server in process or as a child process,
// and devices enrolled over the wire.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "answer.hpp"
#include "poscore/services/clocks.hpp"
#include "possdk/logger.hpp"
#include "postgres.hpp"
#include "server_database.hpp"
#include "posserver/db/database.hpp"
#include "posserver/store_server.hpp"
#include "rest_client.hpp"
#include "server_process.hpp"
#include "temp_dir.hpp"

namespace postest {

class RestTest : public ::testing::TestWithParam<posserver::db::Dialect> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // --db for this test's database.
  const std::string& databaseTarget() const { return target_; }
  // A connection of the test's own to the server's database, migrated, for counting rows.
  posserver::db::Database& database();

  // The whole server in process, listening on 127.0.0.1 at a free port.
  posserver::StoreServer& startServer(posserver::StoreServerSetup setup = {});
  std::uint16_t port() const { return server_->port(); }
  // pos-server as a child process on this test's database; `args` come after --db.
  std::unique_ptr<ServerProcess> spawnServer(const std::vector<std::string>& args = {});

  // A device enrolled over the wire (through `client`, HTTP or HTTPS) with a code made in the
  // database; its bearer token.
  std::string enrol(RestClient& client, const std::string& role, const std::string& laneId = "");
  std::string enrol(std::uint16_t port, const std::string& role, const std::string& laneId = "");
  // A member registered over the wire; its id.
  std::int64_t addMember(RestClient& client, const std::string& card);

  TempDir dir_;
  std::unique_ptr<FreshPostgresDatabase> postgres_;
  std::string target_;
  std::unique_ptr<posserver::db::Database> database_;
  poscore::SystemClock clock_;
  std::unique_ptr<possdk::Logger> log_;
  std::unique_ptr<posserver::StoreServer> server_;
  int spawned_ = 0;
};

}  // namespace postest

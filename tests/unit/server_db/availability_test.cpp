#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "database_fixture.hpp"

namespace posserver::db::test {
namespace {

// A port nothing listens on: bound by us for a moment, then closed.
int closedPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), size);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

void expectUnavailable(Database& db, const std::string& mentioned, const std::string& hidden) {
  try {
    (void)db.exec("SELECT 1");
    ADD_FAILURE() << "expected DatabaseUnavailable";
  } catch (const DatabaseUnavailable& e) {
    EXPECT_NE(std::string(e.what()).find(mentioned), std::string::npos) << e.what();
    if (!hidden.empty()) {
      EXPECT_EQ(std::string(e.what()).find(hidden), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW((void)db.query("SELECT 1"), DatabaseUnavailable);
  EXPECT_THROW((void)db.transaction([](possdk::Sql&) { return possdk::Status::ok(); }), DatabaseUnavailable);
  EXPECT_FALSE(db.reachable());
}

TEST(DatabaseAvailability, SqliteFileInAMissingFolderIsUnavailable) {
  postest::TempDir dir;
  const auto path = (dir / "no-such-folder" / "server.db").string();
  auto db = Database::open({Dialect::Sqlite, path});
  expectUnavailable(*db, path, "");
}

TEST(DatabaseAvailability, PostgresOnAClosedPortIsUnavailableAndKeepsThePasswordHidden) {
  const auto port = std::to_string(closedPort());
  auto db = Database::open(
      {Dialect::Postgres, "host=127.0.0.1 port=" + port + " dbname=pos user=pos password=hunter2 connect_timeout=5"});
  expectUnavailable(*db, "port=" + port, "hunter2");
}

TEST(DatabaseAvailability, SqliteIsReachableOnceItsFolderExists) {
  postest::TempDir dir;
  auto db = Database::open({Dialect::Sqlite, (dir / "later" / "server.db").string()});
  EXPECT_FALSE(db->reachable());
  std::filesystem::create_directories(dir / "later");
  EXPECT_TRUE(db->reachable());
  EXPECT_TRUE(db->exec("CREATE TABLE t (k INTEGER)").isOk());
}

// The 503-and-recover path: the database goes away under pooled connections and comes back.
TEST(DatabaseAvailability, PostgresRecoversAfterARestart) {
  POSTEST_REQUIRE_POSTGRES();
  postest::PrivatePostgresCluster cluster;
  auto db = Database::open({Dialect::Postgres, cluster.connInfo()}, 4);
  ASSERT_TRUE(db->exec("CREATE TABLE t (k INTEGER)").isOk());
  ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)").isOk());

  cluster.stop();
  EXPECT_THROW((void)db->query("SELECT k FROM t"), DatabaseUnavailable);
  EXPECT_THROW((void)db->transaction([](possdk::Sql& tx) {
    auto added = tx.exec("INSERT INTO t VALUES (2)");
    return added ? possdk::Status::ok() : possdk::Status::fail(added.error());
  }),
               DatabaseUnavailable);
  EXPECT_FALSE(db->reachable());

  cluster.start();
  EXPECT_TRUE(db->reachable());
  auto rows = db->query("SELECT k FROM t");
  ASSERT_TRUE(rows.isOk()) << rows.error();
  EXPECT_EQ(rows.value(), (std::vector<possdk::SqlRow>{{std::int64_t{1}}}));
}

}  // namespace
}  // namespace posserver::db::test

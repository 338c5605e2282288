#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>

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

// A port that accepts connections and never answers, as a hung server or a black-holing firewall
// would: the kernel completes the handshake for the backlog, nobody reads.
class SilentListener {
 public:
  SilentListener() : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    ::bind(fd_, reinterpret_cast<sockaddr*>(&address), size);
    ::listen(fd_, 8);
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size);
    port_ = ntohs(address.sin_port);
  }
  ~SilentListener() { ::close(fd_); }
  SilentListener(const SilentListener&) = delete;
  SilentListener& operator=(const SilentListener&) = delete;
  int port() const { return port_; }

 private:
  int fd_;
  int port_ = 0;
};

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

// Without a connect timeout of our own libpq (through Poco) waits for a silent server far longer
// than a request may take; the connection string gives none here.
TEST(DatabaseAvailability, PostgresThatNeverAnswersTimesOut) {
  const SilentListener silent;
  auto db = Database::open(
      {Dialect::Postgres, "host=127.0.0.1 port=" + std::to_string(silent.port()) + " dbname=pos user=pos"});
  auto attempt = std::async(std::launch::async, [&]() -> std::string {
    try {
      (void)db->exec("SELECT 1");
      return "connected";
    } catch (const DatabaseUnavailable& e) {
      return e.what();
    }
  });
  // Not a measurement: the bound is 5 s, Poco's own default 60 s; this tells which one applied.
  ASSERT_EQ(attempt.wait_for(std::chrono::seconds(30)), std::future_status::ready) << "still connecting after 30 s";
  const auto failure = attempt.get();
  EXPECT_NE(failure.find("timeout"), std::string::npos) << failure;
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

#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "posserver/db/database.hpp"
#include "temp_dir.hpp"

// PostgreSQL for the server's tests (areas linking posserver): the shared cluster ctest starts
// under <build>/pg-test (the `postgres` fixture), a fresh database per test on it, and private
// clusters a test may stop.
namespace postest {

inline std::filesystem::path postgresClusterDir() { return std::filesystem::path(POS_BINARY_DIR) / "pg-test"; }

inline bool postgresRequired() {
  const char* required = std::getenv("POS_REQUIRE_POSTGRES");
  return required != nullptr && std::string(required) == "1";
}

inline std::string postgresMissing() {
  return "no PostgreSQL test cluster (" + (postgresClusterDir() / "conninfo").string() +
         " is absent): run the tests through ctest, which starts it, or run scripts/pg-test-cluster.sh start " +
         postgresClusterDir().string();
}

// The shared cluster's libpq connection words, or nothing when no cluster runs.
inline std::optional<std::string> postgresConnInfo() {
  const auto file = postgresClusterDir() / "conninfo";
  if (!std::filesystem::exists(file)) return std::nullopt;
  auto text = readFile(file);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// In a test or SetUp: skips when there is no cluster, or fails when POS_REQUIRE_POSTGRES=1 (scripts/test.sh).
#define POSTEST_REQUIRE_POSTGRES()                                                     \
  do {                                                                                 \
    if (!postest::postgresConnInfo()) {                                                \
      if (postest::postgresRequired()) {                                               \
        FAIL() << postest::postgresMissing();                                          \
      }                                                                                \
      GTEST_SKIP() << postest::postgresMissing();                                      \
    }                                                                                  \
  } while (0)

// A database of its own on a cluster, created empty and dropped afterwards, so test programs can
// run side by side on the shared cluster.
class FreshPostgresDatabase {
 public:
  explicit FreshPostgresDatabase(const std::string& clusterConnInfo)
      : admin_(posserver::db::Database::open({posserver::db::Dialect::Postgres, clusterConnInfo}, 1)) {
    static std::atomic<int> counter{0};
    name_ = "pos_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (auto made = admin_->exec("CREATE DATABASE " + name_); !made) {
      throw std::runtime_error("cannot create the test database: " + made.error());
    }
    // libpq takes the last of repeated words, so this dbname wins.
    connInfo_ = clusterConnInfo + " dbname=" + name_;
  }
  ~FreshPostgresDatabase() {
    try {
      (void)admin_->exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const std::exception&) {
      // The cluster is gone (a test stopped it); its databases went with it.
    }
  }
  FreshPostgresDatabase(const FreshPostgresDatabase&) = delete;
  FreshPostgresDatabase& operator=(const FreshPostgresDatabase&) = delete;

  const std::string& connInfo() const { return connInfo_; }

 private:
  std::unique_ptr<posserver::db::Database> admin_;
  std::string name_;
  std::string connInfo_;
};

// A cluster of the test's own in a temporary folder, for tests that take the database away and
// bring it back (same port, same data). Stopped and removed when the object goes.
class PrivatePostgresCluster {
 public:
  PrivatePostgresCluster() { start(); }
  ~PrivatePostgresCluster() { (void)run("stop"); }
  PrivatePostgresCluster(const PrivatePostgresCluster&) = delete;
  PrivatePostgresCluster& operator=(const PrivatePostgresCluster&) = delete;

  void start() {
    if (!run("start")) throw std::runtime_error("scripts/pg-test-cluster.sh could not start " + dir().string());
    connInfo_ = readFile(dir() / "conninfo");
    while (!connInfo_.empty() && connInfo_.back() == '\n') connInfo_.pop_back();
  }
  void stop() {
    if (!run("stop")) throw std::runtime_error("scripts/pg-test-cluster.sh could not stop " + dir().string());
  }
  const std::string& connInfo() const { return connInfo_; }

 private:
  std::filesystem::path dir() const { return temp_ / "pg"; }
  bool run(const std::string& command) const {
    const std::string line = "'" POS_SOURCE_DIR "/scripts/pg-test-cluster.sh' " + command + " '" + dir().string() +
                             "' >/dev/null";
    return std::system(line.c_str()) == 0;
  }

  TempDir temp_;
  std::string connInfo_;
};

}  // namespace postest

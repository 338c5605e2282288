#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "poscore/services/clocks.hpp"
#include "possdk/logger.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/dispatcher.hpp"
#include "posserver/http/metrics.hpp"
#include "posserver/http/rate_limiter.hpp"
#include "posserver/http/routes.hpp"
#include "posserver/api/device_authenticator.hpp"
#include "answer.hpp"
#include "server_database.hpp"

namespace postest {

// Log lines kept for a failing test's message.
class CollectingLogger final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view message) override;
  std::vector<std::string> lines() const;

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
};

// The core routes on a scratch database, called through the dispatcher in process.
class ApiTest : public ::testing::TestWithParam<posserver::db::Dialect> {
 protected:
  void SetUp() override;

  Answer call(const std::string& method, const std::string& target, const std::string& body = "",
              const std::string& token = "", const std::map<std::string, std::string>& headers = {});
  // A device enrolled through the API; its bearer token.
  std::string enrol(const std::string& role, const std::string& storeId = "S001",
                    const std::optional<std::string>& laneId = std::nullopt);
  // Rows in every core table, to show a refused request wrote nothing.
  std::map<std::string, std::int64_t> tableCounts();
  std::int64_t count(const std::string& table);
  // Runs work(0..n-1) on n threads released at one instant, after the database's session pool has
  // n sessions open, so the calls overlap instead of queueing behind connection setup.
  void runTogether(int n, const std::function<void(int)>& work);

  std::unique_ptr<ScratchDatabase> database_;
  poscore::ManualClock clock_{std::chrono::system_clock::from_time_t(1'795'000'000)};
  posserver::http::Metrics metrics_;
  posserver::http::Routes routes_;
  std::unique_ptr<posserver::api::DeviceAuthenticator> authenticator_;
  std::unique_ptr<posserver::http::RateLimiter> limiter_;
  CollectingLogger log_;
  std::unique_ptr<posserver::http::Dispatcher> dispatcher_;
};

}  // namespace postest

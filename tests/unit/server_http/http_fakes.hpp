#pragma once
#include <mutex>
#include <string>
#include <vector>

#include "possdk/logger.hpp"
#include "posserver/http/auth.hpp"

namespace postest {

// Tokens: "lane-token" (a lane), "admin-token" (an admin), "revoked-token" (a revoked device).
class FakeAuthenticator final : public posserver::http::Authenticator {
 public:
  posserver::http::Caller authenticate(const std::string& token) override {
    if (token == "lane-token") return {"dev-lane", "lane", "S001", "L01"};
    if (token == "admin-token") return {"dev-admin", "admin", "S001", ""};
    if (token == "revoked-token") {
      throw posserver::http::ApiError(401, "device_revoked", "Authorization", "this device was revoked");
    }
    throw posserver::http::ApiError(401, "unauthenticated", "Authorization", "unknown token");
  }
};

class CapturingLogger final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view message) override {
    std::lock_guard lock(mutex_);
    lines_.emplace_back(message);
  }
  std::vector<std::string> lines() const {
    std::lock_guard lock(mutex_);
    return lines_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
};

}  // namespace postest

#pragma once
#include "possdk/clock.hpp"
#include "possdk/logger.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/auth.hpp"

namespace posserver::api {

// Bearer tokens "<device_id>.<secret>" checked against the devices table: the secret's BLAKE2b hash
// is compared in constant time; a revoked device is told so only once its secret matched. A
// device's last_seen_at is written at most once a minute, not on every request, in a transaction of
// its own and best effort: a write that fails is logged and never fails the request it came with.
class DeviceAuthenticator final : public http::Authenticator {
 public:
  DeviceAuthenticator(db::Database& database, const possdk::Clock& clock, possdk::Logger& log)
      : database_(database), clock_(clock), log_(log) {}
  http::Caller authenticate(const std::string& token) override;

 private:
  void noteSeen(std::int64_t deviceId, std::int64_t now);

  db::Database& database_;
  const possdk::Clock& clock_;
  possdk::Logger& log_;
};

}  // namespace posserver::api

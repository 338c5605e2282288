#pragma once
#include "possdk/clock.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/auth.hpp"

namespace posserver::api {

// Bearer tokens "<device_id>.<secret>" checked against the devices table: the secret's BLAKE2b hash
// is compared in constant time; a revoked device is told so only once its secret matched. A
// device's last_seen_at is written at most once a minute, not on every request.
class DeviceAuthenticator final : public http::Authenticator {
 public:
  DeviceAuthenticator(db::Database& database, const possdk::Clock& clock) : database_(database), clock_(clock) {}
  http::Caller authenticate(const std::string& token) override;

 private:
  db::Database& database_;
  const possdk::Clock& clock_;
};

}  // namespace posserver::api

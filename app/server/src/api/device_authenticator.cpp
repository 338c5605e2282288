#include "posserver/api/device_authenticator.hpp"

#include <cctype>

#include "json_answer.hpp"
#include "secrets.hpp"
#include "sql_rows.hpp"

namespace posserver::api {
namespace {

constexpr std::int64_t kLastSeenGranularitySeconds = 60;

[[noreturn]] void refuse() {
  throw http::ApiError(401, "unauthenticated", "Authorization",
                       "the bearer token is not one this server issued; enrol the device again for a new one");
}

std::int64_t deviceIdOf(const std::string& token, std::string& secret) {
  const auto dot = token.find('.');
  if (dot == std::string::npos || dot == 0 || dot > 18) refuse();
  for (std::size_t i = 0; i < dot; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(token[i]))) refuse();
  }
  secret = token.substr(dot + 1);
  if (secret.empty()) refuse();
  return std::stoll(token.substr(0, dot));
}

}  // namespace

http::Caller DeviceAuthenticator::authenticate(const std::string& token) {
  std::string secret;
  const auto deviceId = deviceIdOf(token, secret);
  const auto rows = rowsOf(database_,
                           "SELECT role, store_id, lane_id, secret_hash, revoked_at, last_seen_at FROM devices WHERE id = ?",
                           {deviceId});
  if (rows.empty() || !sameHash(hashHex(secret), textAt(rows[0], 3))) refuse();
  const auto& row = rows[0];
  if (optionalIntAt(row, 4)) {
    throw http::ApiError(401, "device_revoked", "Authorization",
                         "device " + std::to_string(deviceId) + " was revoked; enrol it again with a new code");
  }
  const auto now = unixSeconds(clock_);
  const auto lastSeen = optionalIntAt(row, 5);
  if (!lastSeen || now - *lastSeen >= kLastSeenGranularitySeconds) {
    // Conditional, so concurrent requests of one device write it once.
    execOf(database_, "UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at <= ?)",
           {now, deviceId, now - kLastSeenGranularitySeconds});
  }
  return http::Caller{std::to_string(deviceId), textAt(row, 0), textAt(row, 1), optionalTextAt(row, 2).value_or("")};
}

}  // namespace posserver::api

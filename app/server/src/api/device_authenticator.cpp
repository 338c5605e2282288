#include "posserver/api/device_authenticator.hpp"

#include <cctype>

#include "json_answer.hpp"
#include "secrets.hpp"
#include "sql_rows.hpp"
#include "poscore/util/blake2b.hpp"

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

// Through transaction(), so on SQLite the write joins a group commit instead of syncing on its own
// beside it; a lost last_seen_at costs a minute of staleness, a failed request costs the lane a retry.
void DeviceAuthenticator::noteSeen(std::int64_t deviceId, std::int64_t now) {
  std::string failure;
  try {
    const auto written = database_.transaction([&](possdk::Sql& sql) {
      // Conditional, so concurrent requests of one device write it once.
      const auto updated = sql.exec(
          "UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at <= ?)",
          {now, deviceId, now - kLastSeenGranularitySeconds});
      return updated ? possdk::Status::ok() : possdk::Status::fail(updated.error());
    });
    if (!written) failure = written.error();
  } catch (const std::exception& e) {
    failure = e.what();
  }
  if (!failure.empty()) log_.warn("last_seen_at of device " + std::to_string(deviceId) + " not written: " + failure);
}

http::Caller DeviceAuthenticator::authenticate(const std::string& token) {
  std::string secret;
  const auto deviceId = deviceIdOf(token, secret);
  const auto rows = rowsOf(database_,
                           "SELECT role, store_id, lane_id, secret_hash, revoked_at, last_seen_at FROM devices WHERE id = ?",
                           {deviceId});
  if (rows.empty() || !sameHash(poscore::blake2bHex(secret), textAt(rows[0], 3))) refuse();
  const auto& row = rows[0];
  if (optionalIntAt(row, 4)) {
    throw http::ApiError(401, "device_revoked", "Authorization",
                         "device " + std::to_string(deviceId) + " was revoked; enrol it again with a new code");
  }
  const auto now = unixSeconds(clock_);
  const auto lastSeen = optionalIntAt(row, 5);
  if (!lastSeen || now - *lastSeen >= kLastSeenGranularitySeconds) noteSeen(deviceId, now);
  return http::Caller{std::to_string(deviceId), textAt(row, 0), textAt(row, 1), optionalTextAt(row, 2).value_or("")};
}

}  // namespace posserver::api

#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "possdk/clock.hpp"
#include "possdk/status.hpp"
#include "posserver/db/database.hpp"

namespace posserver::api {

inline constexpr std::int64_t kDefaultEnrolmentTtlMinutes = 1440;
inline constexpr std::int64_t kMaxEnrolmentTtlMinutes = 10080;

struct EnrolmentCodeRequest {
  std::string role;     // "lane", "kiosk", "technician", "admin"
  std::string storeId;  // "S001"
  std::optional<std::string> laneId;
  std::int64_t ttlMinutes = kDefaultEnrolmentTtlMinutes;
};

struct EnrolmentCode {
  std::string code;  // shown once; only its hash is stored
  std::string role;
  std::string storeId;
  std::optional<std::string> laneId;
  std::string expiresAt;  // ISO 8601 UTC
};

// Makes and stores a one-time enrolment code: what `POST /api/v1/enrolment-codes` and
// `pos-server enrol-code --role lane --store S001 --lane L01` both do. Fails naming the field at fault
// (role, store_id, lane_id, ttl_minutes) when the request breaks the rules of docs/server-api.md.
// The core tables must exist (migrateCore).
possdk::Result<EnrolmentCode> makeEnrolmentCode(db::Database& database, const possdk::Clock& clock,
                                                const EnrolmentCodeRequest& request);

}  // namespace posserver::api

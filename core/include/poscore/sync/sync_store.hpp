#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "poscore/services/lane_db.hpp"
#include "possdk/status.hpp"

namespace poscore::sync {

// The lane's credential as the server issued it at enrolment.
struct Credential {
  std::string deviceId;
  std::string token;  // "<device_id>.<secret>", sent as the bearer token
  std::string role;
  std::string storeId;
  std::string laneId;
  std::string enrolledAt;
};

// What the sync client keeps in the lane database (migration scope "sync"): the credential, an
// enrolment code the server refused (so it is not tried again on every round), and the catalog
// version the lane has applied.
class SyncStore {
 public:
  // Applies the scope's migrations; throws std::runtime_error with the database's reason.
  explicit SyncStore(LaneDb& db);

  possdk::Result<std::optional<Credential>> credential() const;
  // Replaces any credential and forgets a refused code.
  possdk::Status saveCredential(const Credential& credential);

  possdk::Result<std::optional<std::string>> refusedCode() const;
  possdk::Status saveRefusedCode(const std::string& code, const std::string& reason);

  // 0 before the first catalog change was applied.
  possdk::Result<std::int64_t> catalogVersion() const;
  // Inside the transaction that applies the changes up to `version`.
  static possdk::Status saveCatalogVersion(possdk::Sql& sql, std::int64_t version);

 private:
  LaneDb& db_;
};

}  // namespace poscore::sync

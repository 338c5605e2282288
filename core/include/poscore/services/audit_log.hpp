#pragma once
#include <memory>
#include <string>

#include "poscore/services/lane_db.hpp"
#include "possdk/audit.hpp"
#include "possdk/clock.hpp"

namespace poscore {

// Appends to the lane database's audit table: time, actor (host or plugin id), action, detail.
class AuditLog {
 public:
  AuditLog(LaneDb& db, const possdk::Clock& clock);
  possdk::Status record(const std::string& actor, const std::string& action, const std::string& detailJson);
  std::unique_ptr<possdk::Audit> facadeFor(const std::string& pluginId);

 private:
  LaneDb& db_;
  const possdk::Clock& clock_;
};

}  // namespace poscore

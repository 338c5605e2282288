#include "poscore/services/audit_log.hpp"

#include "poscore/services/iso_time.hpp"
#include "poscore/services/log.hpp"

namespace poscore {
namespace {

class PluginAudit final : public possdk::Audit {
 public:
  PluginAudit(AuditLog& log, std::string pluginId) : log_(log), pluginId_(std::move(pluginId)) {}
  possdk::Status record(const std::string& action, const std::string& detailJson) override {
    return log_.record(pluginId_, action, detailJson);
  }

 private:
  AuditLog& log_;
  std::string pluginId_;
};

}  // namespace

AuditLog::AuditLog(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {}

// The caller's action has already happened, so a record that cannot be written is reported in the
// log, which a technician reads, rather than undoing the action.
possdk::Status AuditLog::record(const std::string& actor, const std::string& action, const std::string& detailJson) {
  auto written = db_.exec("INSERT INTO audit(at, actor, action, detail) VALUES(?, ?, ?, ?)",
                          {isoUtc(clock_.now()), actor, action, detailJson});
  if (!written) {
    LogSink::instance().write(possdk::LogLevel::Error, "audit",
                              "lost the audit record '" + action + "' by " + actor + " " + detailJson + ": " +
                                  written.error());
    return possdk::Status::fail("audit record '" + action + "' not written: " + written.error());
  }
  return possdk::Status::ok();
}

std::unique_ptr<possdk::Audit> AuditLog::facadeFor(const std::string& pluginId) {
  return std::make_unique<PluginAudit>(*this, pluginId);
}

}  // namespace poscore

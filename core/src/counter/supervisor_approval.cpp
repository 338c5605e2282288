#include "poscore/counter/supervisor_approval.hpp"

#include <Poco/JSON/Object.h>


#include "poscore/counter/sign_on_text.hpp"
#include "poscore/services/json_text.hpp"
#include "poscore/services/log.hpp"

namespace poscore::counter {
namespace {

std::string refusalCode(staff::SignOnRefusal refusal) {
  switch (refusal) {
    case staff::SignOnRefusal::BadFormat: return "bad_format";
    case staff::SignOnRefusal::NotAccepted: return "not_accepted";
    case staff::SignOnRefusal::Locked: return "locked";
    case staff::SignOnRefusal::NotSupervisor: return "not_supervisor";
    case staff::SignOnRefusal::Unavailable: return "unavailable";
  }
  return "unknown";
}

std::string detailOf(const std::string& pluginId, const std::string& staffId, const staff::SignOnResult& result) {
  Poco::JSON::Object detail;
  detail.set("plugin", pluginId);
  detail.set("supervisor", staffId);
  detail.set("accepted", result.isOk());
  detail.set("refusal", result.isOk() ? std::string() : refusalCode(result.error().reason));
  return jsonText(detail);
}

}  // namespace

possdk::Result<std::string> approveForPlugin(staff::StaffStore& staff, AuditLog& audit, const Catalogs* text,
                                             const std::string& pluginId, const std::string& staffId,
                                             const std::string& pin) {
  const auto result = staff.approveAsSupervisor(staffId, pin);
  const auto detail = detailOf(pluginId, staffId, result);
  if (auto recorded = audit.record("host", "supervisor.approval", detail); !recorded) {
    LogSink::instance().write(possdk::LogLevel::Error, pluginId,
                              "supervisor approval " + detail + " was not audited: " + recorded.error());
    // An approval nobody can trace afterwards does not count.
    if (result) {
      return possdk::Result<std::string>::fail("the approval could not be written to the audit log (" + recorded.error() +
                                               "); it does not count, try again");
    }
  }
  if (result) return result.staff().name;
  if (!text) return possdk::Result<std::string>::fail(result.error().message);
  return possdk::Result<std::string>::fail(signOnRefusalText(CounterText(text), result.error(), staffId));
}

}  // namespace poscore::counter

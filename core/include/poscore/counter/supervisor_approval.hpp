#pragma once
#include <string>

#include "poscore/i18n/catalogs.hpp"
#include "poscore/services/audit_log.hpp"
#include "poscore/staff/staff_store.hpp"

namespace poscore::counter {

// A plugin asking for a supervisor's say-so (Host::approveSupervisor): the staff store decides,
// with the counter's rules and lockout; a refusal reads as at the counter, in the language of
// `text` (null: the store's English message). Every attempt is audited by the host, not the
// plugin (actor "host", action "supervisor.approval", detail {"plugin","supervisor","accepted",
// "refusal"}), so a plugin cannot leave its own attempts out; the PIN is never written.
possdk::Result<std::string> approveForPlugin(staff::StaffStore& staff, AuditLog& audit, const Catalogs* text,
                                             const std::string& pluginId, const std::string& staffId,
                                             const std::string& pin);

}  // namespace poscore::counter

#pragma once
#include <string>

#include "poscore/sync/server_link.hpp"
#include "poscore/sync/sync_store.hpp"

namespace poscore::sync {

enum class EnrolOutcome {
  Enrolled,     // the credential is stored
  Refused,      // the server said no (unknown, used or expired code): retrying will not help
  Unreachable,  // no answer, or the server failed: try again later
};

struct EnrolResult {
  EnrolOutcome outcome = EnrolOutcome::Unreachable;
  std::string message;  // what happened and what to do
};

// POST /api/v1/enrol {code, name, lane_id}; a 201 stores the credential in the lane database. A
// refused code is remembered so the sync client does not present it again.
EnrolResult enrol(ServerLink& link, SyncStore& store, const std::string& code, const std::string& name,
                  const std::string& laneId, const std::string& enrolledAt);

// The "message" of the API's error body, or the body itself when it is not one.
std::string serverError(int status, const std::string& body);
// The "code" of the API's error body ("not_found"), or empty when the body is not one.
std::string serverErrorCode(const std::string& body);

}  // namespace poscore::sync

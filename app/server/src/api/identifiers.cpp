#include "identifiers.hpp"

#include <algorithm>
#include <cctype>

namespace posserver::api {

bool isIdentifier(const std::string& text) {
  return !text.empty() && text.size() <= kMaxIdentifierLength && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

void checkIdentifier(const std::string& text, const std::string& field) {
  if (!isIdentifier(text)) {
    throw http::ApiError(422, "invalid_field", field,
                         field + " must be 1 to " + std::to_string(kMaxIdentifierLength) +
                             " of A-Z, a-z, 0-9, '_' and '-'; got \"" + text + "\"");
  }
}

void checkRole(const std::string& role, const std::string& field) {
  if (role != "lane" && role != "kiosk" && role != "technician" && role != "admin") {
    throw http::ApiError(422, "invalid_field", field,
                         field + " must be one of lane, kiosk, technician, admin; got \"" + role + "\"");
  }
}

void checkOwnLane(const http::Caller& caller, const std::string& laneId, const std::string& field) {
  if (caller.laneId.empty() || laneId != caller.laneId) {
    throw http::ApiError(403, "forbidden", field,
                         "device " + caller.deviceId + " may only send for its own lane \"" + caller.laneId +
                             "\", not \"" + laneId + "\"");
  }
}

std::int64_t rowIdParam(const http::Request& request, const std::string& name, const std::string& notFoundCode) {
  const auto it = request.pathParams.find(name);
  const std::string text = it == request.pathParams.end() ? "" : it->second;
  const bool digits = !text.empty() && text.size() <= 18 &&
                      std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (!digits) throw http::ApiError(404, notFoundCode, name, "there is no " + name + " \"" + text + "\"");
  return std::stoll(text);
}

}  // namespace posserver::api

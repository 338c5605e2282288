#pragma once
#include <cstdint>
#include <string>

#include "posserver/http/api.hpp"

namespace posserver::api {

inline constexpr std::size_t kMaxIdentifierLength = 32;
inline constexpr std::size_t kMaxDisplayNameLength = 80;

// Store and lane ids ("S001", "L01"): 1-32 of A-Z a-z 0-9 _ -; checked where they come in so they
// are safe as metric labels and in messages.
bool isIdentifier(const std::string& text);
// Throws 422 invalid_field naming `field` unless `text` is an identifier.
void checkIdentifier(const std::string& text, const std::string& field);
// Throws 422 invalid_field naming `field` unless `role` is lane, kiosk, technician or admin.
void checkRole(const std::string& role, const std::string& field);
// Throws 403 forbidden naming `field` when `laneId` is not the caller's own lane.
void checkOwnLane(const http::Caller& caller, const std::string& laneId, const std::string& field);

// A path parameter that is a row id; 404 `notFoundCode` for anything else (no such row can exist).
std::int64_t rowIdParam(const http::Request& request, const std::string& name, const std::string& notFoundCode);

}  // namespace posserver::api

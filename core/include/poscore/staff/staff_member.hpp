#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "poscore/counter/counter_session.hpp"

namespace poscore::staff {

// The counter's roles: the staff store and the counter session speak the same one.
using Role = counter::Role;

// "cashier" / "supervisor": the spelling stored in the lane database and typed at posctl.
std::string_view toString(Role role);
std::optional<Role> parseRole(std::string_view text);

// One row of the staff table as the lane sees it; the PIN hash never leaves the store.
struct StaffMember {
  std::string id;  // 1 to 10 digits, as keyed at sign-on
  std::string name;
  Role role = Role::Cashier;
  bool active = true;
  int failedAttempts = 0;  // wrong PINs since the last good one or the last lock
  std::optional<std::chrono::system_clock::time_point> lockedUntil;
};

}  // namespace poscore::staff

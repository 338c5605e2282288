#include "poscore/staff/staff_member.hpp"

namespace poscore::staff {

std::string_view toString(Role role) { return role == Role::Supervisor ? "supervisor" : "cashier"; }

std::optional<Role> parseRole(std::string_view text) {
  if (text == "cashier") return Role::Cashier;
  if (text == "supervisor") return Role::Supervisor;
  return std::nullopt;
}

}  // namespace poscore::staff

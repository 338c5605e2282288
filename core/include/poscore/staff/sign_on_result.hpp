#pragma once
#include <chrono>
#include <string>
#include <utility>
#include <variant>

#include "poscore/staff/staff_member.hpp"

namespace poscore::staff {

// Why a sign-on or an approval was refused. An unknown id, a wrong PIN and a deactivated id are all
// NotAccepted with the same message: a screen that told them apart would let anyone at the counter
// find out which ids exist, and then guess only their PINs. The lockout counts unknown ids too, so
// a lock does not give them away either.
enum class SignOnRefusal {
  BadFormat,      // the id or the PIN is not shaped like one: a typing slip, not counted as a guess
  NotAccepted,    // unknown id, wrong PIN or deactivated: counted toward the lock
  Locked,         // too many wrong PINs; lockedFor says how long is left
  NotSupervisor,  // right id and PIN, but an approval needs a supervisor
  Unavailable,    // the lane database failed; the message says what it reported
};

struct SignOnError {
  SignOnRefusal reason = SignOnRefusal::NotAccepted;
  std::string message;  // for the screen, in English; the fields below let a screen say it in Chinese
  std::chrono::seconds lockedFor{0};  // Locked: how long is left
  int attemptsLeft = 0;               // NotAccepted: wrong PINs left before the id locks
  std::string detail;                 // Unavailable: what the lane database reported
};

// The signed-on staff member, or why not.
class [[nodiscard]] SignOnResult {
 public:
  SignOnResult(StaffMember member) : value_(std::move(member)) {}  // NOLINT: implicit by design
  SignOnResult(SignOnError error) : value_(std::move(error)) {}    // NOLINT: implicit by design

  bool isOk() const { return std::holds_alternative<StaffMember>(value_); }
  explicit operator bool() const { return isOk(); }
  // Only after checking isOk() (staff) or !isOk() (error).
  const StaffMember& staff() const { return std::get<StaffMember>(value_); }
  const SignOnError& error() const { return std::get<SignOnError>(value_); }

 private:
  std::variant<StaffMember, SignOnError> value_;
};

}  // namespace poscore::staff

#include "poscore/counter/sign_on_text.hpp"

#include "poscore/staff/staff_rules.hpp"

namespace poscore::counter {
namespace {

// A lock's time left in whole minutes, rounded up: "try again in 4 min" is never too early.
std::string minutesLeft(std::chrono::seconds left) { return std::to_string((left.count() + 59) / 60); }

// The staff store refuses the id's shape before the PIN's, so an id that passes means the PIN did not.
std::string badFormat(const CounterText& text, const std::string& staffId) {
  if (!staff::checkStaffId(staffId).empty()) {
    return text.say("Not signed on: a staff id is 1 to {1} digits, as printed on the staff card",
                    {std::to_string(staff::kMaxIdDigits)});
  }
  return text.say("Not signed on: a PIN is {1} to {2} digits",
                  {std::to_string(staff::kMinPinDigits), std::to_string(staff::kMaxPinDigits)});
}

}  // namespace

std::string signOnRefusalText(const CounterText& text, const staff::SignOnError& error, const std::string& staffId) {
  using staff::SignOnRefusal;
  switch (error.reason) {
    case SignOnRefusal::BadFormat: return badFormat(text, staffId);
    case SignOnRefusal::NotAccepted:
      if (error.attemptsLeft == 1) {
        return text.say("Staff id or PIN not accepted; check both and try again (1 attempt left before the id locks)");
      }
      return text.say("Staff id or PIN not accepted; check both and try again ({1} attempts left before the id locks)",
                      {std::to_string(error.attemptsLeft)});
    case SignOnRefusal::Locked:
      return text.say("Staff id {1} is locked after {2} failed sign-ons: try again in {3} min, or call a supervisor to unlock it",
                      {staffId, std::to_string(staff::kAttemptsBeforeLock), minutesLeft(error.lockedFor)});
    case SignOnRefusal::NotSupervisor:
      return text.say("Staff {1} is a cashier; a supervisor has to enter their own id and PIN", {staffId});
    case SignOnRefusal::Unavailable:
      return text.say("Sign-on is unavailable, the lane database failed: {1}; call a technician", {error.detail});
  }
  return error.message;
}

}  // namespace poscore::counter

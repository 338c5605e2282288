#pragma once
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "poscore/services/lane_db.hpp"
#include "poscore/staff/sign_on_result.hpp"
#include "poscore/staff/staff_member.hpp"
#include "possdk/clock.hpp"

namespace poscore::staff {

struct NewStaff {
  std::string id;
  std::string name;
  Role role = Role::Cashier;
  std::string pin;
};

// The lane's cashiers and supervisors (migrations scope "staff"). PINs are stored only as argon2id
// hashes (pin_hash.hpp). kAttemptsBeforeLock wrong PINs in a row lock an id for kLockDuration, by
// the injected clock; a good PIN clears the count, and so do unlock() and setPin().
class StaffStore {
 public:
  // Applies the staff migrations; throws std::runtime_error when the lane database refuses them.
  StaffStore(LaneDb& db, const possdk::Clock& clock);

  // Refuses a malformed id, name or PIN and an id already taken, naming which and why.
  possdk::Status add(const NewStaff& staff);
  // All of them or, when one is refused, none.
  possdk::Status addAll(const std::vector<NewStaff>& staff);
  possdk::Status setPin(const std::string& id, const std::string& pin);
  // The record stays (sales and audit records name it) but it can no longer sign on or approve.
  possdk::Status deactivate(const std::string& id);
  // Lifts a lock and clears the wrong-PIN count, as a supervisor does for a locked-out cashier.
  possdk::Status unlock(const std::string& id);
  // Everyone, active or not, ordered by id.
  possdk::Result<std::vector<StaffMember>> list() const;
  possdk::Result<bool> empty() const;

  // Sign-on: the active staff member with this id and PIN, or why not (see SignOnRefusal).
  SignOnResult authenticate(const std::string& id, const std::string& pin);
  // A supervisor's say-so: as authenticate(), and the member must be a supervisor. Wrong PINs
  // count toward the same lock as at sign-on.
  SignOnResult approveAsSupervisor(const std::string& id, const std::string& pin);

 private:
  SignOnResult refuseGuess(const std::string& id, bool known);
  std::optional<std::chrono::seconds> lockLeft(std::int64_t lockedUntilMs) const;
  void rehashIfOld(const std::string& id, const std::string& hash, const std::string& pin);
  std::int64_t nowMs() const;

  LaneDb& db_;
  const possdk::Clock& clock_;
  // Wrong-PIN counts of ids that do not exist, so they lock like real ones (see SignOnRefusal).
  // Kept in memory only: there is no row to keep them in, and a restart forgets only guesses.
  std::mutex unknownMutex_;
  std::map<std::string, std::pair<int, std::int64_t>> unknownAttempts_;  // id -> (count, locked until ms)
};

}  // namespace poscore::staff

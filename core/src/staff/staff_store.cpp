#include "poscore/staff/staff_store.hpp"

#include <stdexcept>

#include "poscore/staff/pin_hash.hpp"
#include "poscore/staff/staff_rules.hpp"

namespace poscore::staff {
namespace {

using possdk::Status;

const std::vector<possdk::Migration> kMigrations = {
    {1, "staff table",
     "CREATE TABLE staff("
     " id TEXT PRIMARY KEY CHECK(length(id) BETWEEN 1 AND 10 AND id NOT GLOB '*[^0-9]*'),"
     " name TEXT NOT NULL,"
     " role TEXT NOT NULL CHECK(role IN ('cashier', 'supervisor')),"
     " pin_hash TEXT NOT NULL,"
     " active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0, 1)),"
     " failed_attempts INTEGER NOT NULL DEFAULT 0,"
     " locked_until INTEGER,"  // unix milliseconds; NULL when not locked
     " created_at INTEGER NOT NULL)"},
};

constexpr std::size_t kMaxRememberedUnknownIds = 1000;
constexpr const char* kNotAccepted = "Staff id or PIN not accepted; check both and try again";

std::string notFound(const std::string& id) {
  return "no staff member has id " + id + "; `posctl staff list` shows who exists";
}

// "4 min 30 s": what is left of a lock, rounded up to the second.
std::string minutesAndSeconds(std::chrono::seconds left) {
  const auto minutes = left.count() / 60;
  const auto seconds = left.count() % 60;
  if (minutes == 0) return std::to_string(seconds) + " s";
  return std::to_string(minutes) + " min" + (seconds ? " " + std::to_string(seconds) + " s" : "");
}

SignOnError refusal(SignOnRefusal reason, std::string message) {
  SignOnError error;
  error.reason = reason;
  error.message = std::move(message);
  return error;
}

SignOnError lockedError(const std::string& id, std::chrono::seconds left) {
  auto error = refusal(SignOnRefusal::Locked, "Staff id " + id + " is locked after " + std::to_string(kAttemptsBeforeLock) +
                                                  " failed sign-ons: try again in " + minutesAndSeconds(left) +
                                                  ", or call a supervisor to unlock it");
  error.lockedFor = left;
  return error;
}

SignOnError notAccepted(int attemptsLeft) {
  auto error = refusal(SignOnRefusal::NotAccepted, std::string(kNotAccepted) + " (" + std::to_string(attemptsLeft) +
                                                      (attemptsLeft == 1 ? " attempt" : " attempts") +
                                                      " left before the id locks)");
  error.attemptsLeft = attemptsLeft;
  return error;
}

SignOnError unavailable(const std::string& what) {
  auto error = refusal(SignOnRefusal::Unavailable,
                       "Sign-on is unavailable, the lane database failed: " + what + "; call a technician");
  error.detail = what;
  return error;
}

std::int64_t asInt(const possdk::SqlValue& v) { return std::get<std::int64_t>(v); }
std::string asText(const possdk::SqlValue& v) { return std::get<std::string>(v); }

std::int64_t toMs(std::chrono::system_clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

StaffMember memberFrom(const possdk::SqlRow& row) {
  StaffMember m;
  m.id = asText(row[0]);
  m.name = asText(row[1]);
  m.role = parseRole(asText(row[2])).value_or(Role::Cashier);  // the table's CHECK allows nothing else
  m.active = asInt(row[3]) != 0;
  m.failedAttempts = static_cast<int>(asInt(row[4]));
  if (!std::holds_alternative<std::nullptr_t>(row[5])) {
    m.lockedUntil = std::chrono::system_clock::time_point{std::chrono::milliseconds{asInt(row[5])}};
  }
  return m;
}

constexpr const char* kMemberColumns = "id, name, role, active, failed_attempts, locked_until";

// A hash of a PIN nobody has, checked when the id is unknown so that an unknown id takes as long
// to refuse as a wrong PIN does.
const std::string& decoyHash() {
  static const std::string hash = [] {
    auto made = hashPin("00000000");
    return made ? made.value() : std::string();
  }();
  return hash;
}

}  // namespace

StaffStore::StaffStore(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {
  if (auto migrated = db_.migrate("staff", kMigrations); !migrated) {
    throw std::runtime_error("staff tables could not be created in " + db_.file().string() + ": " + migrated.error());
  }
}

std::int64_t StaffStore::nowMs() const { return toMs(clock_.now()); }

Status StaffStore::add(const NewStaff& staff) { return addAll({staff}); }

Status StaffStore::addAll(const std::vector<NewStaff>& staff) {
  std::vector<std::string> hashes;
  for (const auto& s : staff) {
    for (const auto& why : {checkStaffId(s.id), checkName(s.name), checkPin(s.pin)}) {
      if (!why.empty()) return Status::fail("staff " + s.id + " not added: " + why);
    }
    auto hash = hashPin(s.pin);
    if (!hash) return Status::fail("staff " + s.id + " not added: " + hash.error());
    hashes.push_back(hash.value());
  }
  return db_.transaction([&](possdk::Sql& sql) {
    for (std::size_t i = 0; i < staff.size(); ++i) {
      const auto& s = staff[i];
      auto taken = sql.query("SELECT name FROM staff WHERE id = ?", {s.id});
      if (!taken) return Status::fail("staff " + s.id + " not added: " + taken.error());
      if (!taken.value().empty()) {
        return Status::fail("staff " + s.id + " not added: the id is already taken by " + asText(taken.value()[0][0]) +
                            "; choose another id, or change that member's PIN instead");
      }
      auto inserted = sql.exec("INSERT INTO staff(id, name, role, pin_hash, created_at) VALUES(?, ?, ?, ?, ?)",
                               {s.id, s.name, std::string(toString(s.role)), hashes[i], nowMs()});
      if (!inserted) return Status::fail("staff " + s.id + " not added: " + inserted.error());
    }
    return Status::ok();
  });
}

Status StaffStore::setPin(const std::string& id, const std::string& pin) {
  for (const auto& why : {checkStaffId(id), checkPin(pin)}) {
    if (!why.empty()) return Status::fail("PIN not changed: " + why);
  }
  auto hash = hashPin(pin);
  if (!hash) return Status::fail("PIN of " + id + " not changed: " + hash.error());
  auto changed = db_.exec("UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                          {hash.value(), id});
  if (!changed) return Status::fail("PIN of " + id + " not changed: " + changed.error());
  if (changed.value() == 0) return Status::fail("PIN not changed: " + notFound(id));
  return Status::ok();
}

Status StaffStore::deactivate(const std::string& id) {
  if (auto why = checkStaffId(id); !why.empty()) return Status::fail("nobody deactivated: " + why);
  auto changed = db_.exec("UPDATE staff SET active = 0 WHERE id = ?", {id});
  if (!changed) return Status::fail("staff " + id + " not deactivated: " + changed.error());
  if (changed.value() == 0) return Status::fail("nobody deactivated: " + notFound(id));
  return Status::ok();
}

Status StaffStore::unlock(const std::string& id) {
  if (auto why = checkStaffId(id); !why.empty()) return Status::fail("nothing unlocked: " + why);
  auto changed = db_.exec("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?", {id});
  if (!changed) return Status::fail("staff " + id + " not unlocked: " + changed.error());
  if (changed.value() == 0) return Status::fail("nothing unlocked: " + notFound(id));
  return Status::ok();
}

possdk::Result<std::vector<StaffMember>> StaffStore::list() const {
  auto rows = db_.query(std::string("SELECT ") + kMemberColumns + " FROM staff ORDER BY length(id), id");
  if (!rows) return possdk::Result<std::vector<StaffMember>>::fail("staff list unavailable: " + rows.error());
  std::vector<StaffMember> members;
  for (const auto& row : rows.value()) members.push_back(memberFrom(row));
  return members;
}

possdk::Result<bool> StaffStore::empty() const {
  auto rows = db_.query("SELECT count(*) FROM staff");
  if (!rows) return possdk::Result<bool>::fail("staff table unreadable: " + rows.error());
  return asInt(rows.value()[0][0]) == 0;
}

std::optional<std::chrono::seconds> StaffStore::lockLeft(std::int64_t lockedUntilMs) const {
  const auto leftMs = lockedUntilMs - nowMs();
  if (leftMs <= 0) return std::nullopt;
  return std::chrono::seconds{(leftMs + 999) / 1000};
}

SignOnResult StaffStore::authenticate(const std::string& id, const std::string& pin) {
  for (const auto& why : {checkStaffId(id), checkPin(pin)}) {
    if (!why.empty()) return refusal(SignOnRefusal::BadFormat, "Not signed on: " + why);
  }
  auto rows = db_.query(std::string("SELECT ") + kMemberColumns + ", pin_hash FROM staff WHERE id = ?", {id});
  if (!rows) return unavailable(rows.error());
  if (rows.value().empty()) {
    {
      std::lock_guard lock(unknownMutex_);
      if (auto it = unknownAttempts_.find(id); it != unknownAttempts_.end()) {
        if (auto left = lockLeft(it->second.second)) return lockedError(id, *left);
      }
    }
    (void)verifyPin(decoyHash(), pin);
    return refuseGuess(id, false);
  }
  const auto& row = rows.value()[0];
  const auto member = memberFrom(row);
  if (member.lockedUntil) {
    if (auto left = lockLeft(toMs(*member.lockedUntil))) return lockedError(id, *left);
  }
  const auto hash = asText(row[6]);
  if (!verifyPin(hash, pin) || !member.active) return refuseGuess(id, true);
  auto cleared = db_.exec("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?", {id});
  if (!cleared) return unavailable(cleared.error());
  rehashIfOld(id, hash, pin);
  auto signedOn = member;
  signedOn.failedAttempts = 0;
  signedOn.lockedUntil.reset();
  return signedOn;
}

// Counts a wrong guess; the one that reaches the limit locks the id and starts the count afresh.
SignOnResult StaffStore::refuseGuess(const std::string& id, bool known) {
  const auto lockUntil = nowMs() + std::chrono::duration_cast<std::chrono::milliseconds>(kLockDuration).count();
  int count = 0;
  if (known) {
    auto counted = db_.transaction([&](possdk::Sql& sql) {
      auto read = sql.query("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts",
                            {id});
      if (!read) return Status::fail(read.error());
      count = static_cast<int>(asInt(read.value().at(0).at(0)));
      if (count < kAttemptsBeforeLock) return Status::ok();
      auto locked = sql.exec("UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?", {lockUntil, id});
      return locked ? Status::ok() : Status::fail(locked.error());
    });
    if (!counted) return unavailable(counted.error());
  } else {
    std::lock_guard lock(unknownMutex_);
    // Forget guesses whose lock has passed, and unlocked counts once there are many, so guessing
    // many ids cannot grow the map without end. Forgetting a count only spares an id nobody has.
    const bool crowded = unknownAttempts_.size() >= kMaxRememberedUnknownIds;
    std::erase_if(unknownAttempts_, [&](const auto& entry) {
      const auto until = entry.second.second;
      return until == 0 ? crowded : until <= nowMs();
    });
    auto& [attempts, until] = unknownAttempts_[id];
    count = ++attempts;
    if (count >= kAttemptsBeforeLock) {
      attempts = 0;
      until = lockUntil;
    }
  }
  if (count >= kAttemptsBeforeLock) return lockedError(id, kLockDuration);
  return notAccepted(kAttemptsBeforeLock - count);
}

// A failure here leaves the old hash, which still verifies; the next sign-on tries again.
void StaffStore::rehashIfOld(const std::string& id, const std::string& hash, const std::string& pin) {
  if (!pinHashNeedsRehash(hash)) return;
  auto fresh = hashPin(pin);
  if (fresh) (void)db_.exec("UPDATE staff SET pin_hash = ? WHERE id = ? AND pin_hash = ?", {fresh.value(), id, hash});
}

SignOnResult StaffStore::approveAsSupervisor(const std::string& id, const std::string& pin) {
  auto signedOn = authenticate(id, pin);
  if (!signedOn) return signedOn;
  if (signedOn.staff().role != Role::Supervisor) {
    return refusal(SignOnRefusal::NotSupervisor,
                   "Staff " + id + " (" + signedOn.staff().name + ") is a cashier; a supervisor has to enter their own id and PIN");
  }
  return signedOn;
}

}  // namespace poscore::staff

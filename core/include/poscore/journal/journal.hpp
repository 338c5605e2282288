#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "poscore/journal/journal_entry.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"
#include "possdk/sql.hpp"
#include "possdk/status.hpp"

namespace poscore::journal {

// Where the chain is broken, and how.
struct ChainBreak {
  enum class Kind {
    Edited,     // the entry's fields no longer give its stored hash
    Removed,    // a gap in seq, or prev_hash that is not the previous entry's hash
    Truncated,  // the head record names a later or different last entry than the table holds
  };
  std::int64_t seq = 0;  // the first entry found broken (for Truncated: the head's last seq)
  Kind kind = Kind::Edited;
  std::string reason;    // names the seq and what disagrees
};

struct Verification {
  std::int64_t entries = 0;  // how many entries were checked
  std::optional<ChainBreak> broken;
  bool ok() const { return !broken.has_value(); }
};

// The append-only journal in the lane database (migration scope "journal"). Besides the entries it
// keeps a head record (last seq and hash), written in the same transaction as each entry, so that
// removing the newest entries is detected too. UPDATE and DELETE on the journal are refused by
// triggers; the hash chain catches what goes around them.
class Journal {
 public:
  // Applies the journal's migrations. Throws std::runtime_error when they fail.
  Journal(LaneDb& db, const possdk::Clock& clock);

  // Appends inside the caller's transaction when `sql` is in one (so a sale's rows and its entry
  // commit together), else in a transaction of its own. Refuses a malformed type or a payload that
  // is not JSON, naming the field.
  possdk::Result<Entry> append(possdk::Sql& sql, const NewEntry& entry);
  possdk::Result<Entry> append(const NewEntry& entry) { return append(db_, entry); }

  // Up to `count` entries after `afterSeq`, oldest first.
  possdk::Result<std::vector<Entry>> entriesAfter(std::int64_t afterSeq, std::size_t count) const;
  // The entries of `type` whose time is within [from, to) of the lane clock, oldest first.
  possdk::Result<std::vector<Entry>> entriesBetween(const std::string& type, std::chrono::system_clock::time_point from,
                                                    std::chrono::system_clock::time_point to) const;
  // The newest `count` entries, oldest first.
  possdk::Result<std::vector<Entry>> last(std::size_t count) const;

  // Walks the whole chain and the head record; stops at the first break.
  possdk::Result<Verification> verify() const;

 private:
  LaneDb& db_;
  const possdk::Clock& clock_;
};

std::string toString(ChainBreak::Kind kind);

}  // namespace poscore::journal

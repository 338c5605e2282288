#include <stdexcept>

#include "../services/sql_cells.hpp"
#include "poscore/journal/journal.hpp"

namespace poscore::journal {
namespace {

// Read in pages so a year of entries does not have to fit in memory at once.
constexpr std::size_t kPage = 1000;

class ChainWalk {
 public:
  // The first break this entry shows, if any.
  std::optional<ChainBreak> check(const Entry& e) {
    const auto expected = last_.seq + 1;
    ++checked_;
    if (e.seq != expected) {
      return ChainBreak{expected, ChainBreak::Kind::Removed,
                        "journal entry " + std::to_string(expected) + " is missing: the entry after " +
                            std::to_string(last_.seq) + " is " + std::to_string(e.seq)};
    }
    if (entryHash(e) != e.hash) {
      return ChainBreak{e.seq, ChainBreak::Kind::Edited,
                        "journal entry " + std::to_string(e.seq) + " was edited: its fields do not give its stored hash"};
    }
    if (e.prevHash != last_.hash) {
      return ChainBreak{e.seq, ChainBreak::Kind::Removed,
                        "journal entry " + std::to_string(e.seq) + " does not follow entry " + std::to_string(last_.seq) +
                            ": its prev_hash is not that entry's hash, so entries before it were removed or replaced"};
    }
    last_ = {e.seq, e.hash};
    return std::nullopt;
  }

  // Compares where the chain ended with where the head record says it ends.
  std::optional<ChainBreak> checkHead(const std::optional<std::pair<std::int64_t, std::string>>& head) const {
    if (!head) {
      if (last_.seq == 0) return std::nullopt;
      return ChainBreak{last_.seq, ChainBreak::Kind::Truncated,
                        "the journal's head record is missing although entries up to " + std::to_string(last_.seq) +
                            " exist"};
    }
    if (head->first == last_.seq && head->second == last_.hash) return std::nullopt;
    return ChainBreak{head->first, ChainBreak::Kind::Truncated,
                      "the journal's head record names entry " + std::to_string(head->first) +
                          " as the last, but the chain ends at entry " + std::to_string(last_.seq) +
                          (head->first == last_.seq ? " with a different hash" : "") +
                          ": the newest entries were removed or replaced"};
  }

  std::int64_t lastSeq() const { return last_.seq; }
  std::int64_t checked() const { return checked_; }

 private:
  struct Link {
    std::int64_t seq = 0;
    std::string hash = genesisHash();
  };
  Link last_;
  std::int64_t checked_ = 0;
};

}  // namespace

possdk::Result<Verification> Journal::verify() const {
  using Verified = possdk::Result<Verification>;
  ChainWalk walk;
  for (;;) {
    auto page = entriesAfter(walk.lastSeq(), kPage);
    if (!page) return Verified::fail(page.error());
    for (const auto& entry : page.value()) {
      if (auto broken = walk.check(entry)) return Verification{walk.checked(), broken};
    }
    if (page.value().size() < kPage) break;
  }
  auto head = db_.query("SELECT last_seq, last_hash FROM journal_head WHERE one = 1");
  if (!head) return Verified::fail("cannot read the journal's head record: " + head.error());
  std::optional<std::pair<std::int64_t, std::string>> recorded;
  try {
    if (!head.value().empty()) recorded.emplace(sql::integer(head.value()[0], 0), sql::text(head.value()[0], 1));
  } catch (const std::runtime_error& e) {
    return Verified::fail("cannot read the journal's head record: " + std::string(e.what()));
  }
  return Verification{walk.checked(), walk.checkHead(recorded)};
}

}  // namespace poscore::journal

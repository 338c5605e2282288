#include "poscore/journal/journal.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <stdexcept>

#include "poscore/services/iso_time.hpp"
#include "../services/sql_cells.hpp"
#include "journal_migrations.hpp"
#include "journal_rows.hpp"

namespace poscore::journal {
namespace {

bool isTypeName(const std::string& type) {
  if (type.empty() || type.size() > 32 || type.front() < 'a' || type.front() > 'z') return false;
  return std::all_of(type.begin(), type.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// Empty when the entry may be written, otherwise which field is wrong and why.
std::string refusal(const NewEntry& entry) {
  if (!isTypeName(entry.type)) {
    return "type '" + entry.type +
           "' is not an entry type; use up to 32 lower-case letters, digits and '-' from a letter, as in \"void-sale\"";
  }
  try {
    Poco::JSON::Parser().parse(entry.payload);
  } catch (const Poco::Exception& e) {
    return "payload of the " + entry.type + " entry is not JSON (" + e.displayText() + "); pass a JSON object";
  }
  return {};
}

struct Head {
  std::int64_t seq = 0;
  std::string hash = genesisHash();
};

Head readHead(possdk::Sql& sql) {
  auto rows = sql.query("SELECT last_seq, last_hash FROM journal_head WHERE one = 1");
  if (!rows) throw std::runtime_error(rows.error());
  if (rows.value().empty()) return {};
  return {sql::integer(rows.value()[0], 0), sql::text(rows.value()[0], 1)};
}

void write(possdk::Sql& sql, const Entry& e) {
  auto inserted = sql.exec(
      "INSERT INTO journal(seq, at, type, staff_id, reference, payload, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
      {e.seq, e.time, e.type, e.staffId, e.reference, e.payload, e.prevHash, e.hash});
  if (!inserted) throw std::runtime_error(inserted.error());
  auto head = sql.exec(
      "INSERT INTO journal_head(one, last_seq, last_hash) VALUES(1, ?, ?)"
      " ON CONFLICT(one) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash",
      {e.seq, e.hash});
  if (!head) throw std::runtime_error(head.error());
}

}  // namespace

Entry entryFromRow(const possdk::SqlRow& row) {
  return {sql::integer(row, 0), sql::text(row, 1), sql::text(row, 2), sql::text(row, 3),
          sql::text(row, 4),    sql::text(row, 5), sql::text(row, 6), sql::text(row, 7)};
}

namespace {

// The entries of `rows` in the order given, or why they cannot be read.
possdk::Result<std::vector<Entry>> entriesOf(const possdk::Result<std::vector<possdk::SqlRow>>& rows) {
  using Entries = possdk::Result<std::vector<Entry>>;
  if (!rows) return Entries::fail("cannot read the journal: " + rows.error());
  std::vector<Entry> entries;
  try {
    for (const auto& row : rows.value()) entries.push_back(entryFromRow(row));
  } catch (const std::runtime_error& e) {
    return Entries::fail("cannot read the journal: " + std::string(e.what()));
  }
  return entries;
}

}  // namespace

Journal::Journal(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {
  if (auto migrated = db_.migrate("journal", journalMigrations()); !migrated) {
    throw std::runtime_error("cannot prepare the journal tables: " + migrated.error());
  }
}

possdk::Result<Entry> Journal::append(possdk::Sql& sql, const NewEntry& entry) {
  if (auto why = refusal(entry); !why.empty()) return possdk::Result<Entry>::fail("journal refused an entry: " + why);
  Entry written{0, isoUtc(clock_.now()), entry.type, entry.staffId, entry.reference, entry.payload, {}, {}};
  // Joins the caller's transaction when there is one: the head is read and moved under its lock.
  auto stored = sql.transaction([&](possdk::Sql& tx) {
    try {
      const auto head = readHead(tx);
      written.seq = head.seq + 1;
      written.prevHash = head.hash;
      written.hash = entryHash(written);
      write(tx, written);
      return possdk::Status::ok();
    } catch (const std::runtime_error& e) {
      return possdk::Status::fail(e.what());
    }
  });
  if (!stored) {
    return possdk::Result<Entry>::fail("cannot append a " + entry.type + " entry to the journal: " + stored.error());
  }
  return written;
}

possdk::Result<std::vector<Entry>> Journal::entriesAfter(std::int64_t afterSeq, std::size_t count) const {
  return entriesOf(db_.query(std::string("SELECT ") + kEntryColumns + " FROM journal WHERE seq > ? ORDER BY seq LIMIT ?",
                             {afterSeq, static_cast<std::int64_t>(count)}));
}

possdk::Result<std::vector<Entry>> Journal::entriesBetween(const std::string& type,
                                                           std::chrono::system_clock::time_point from,
                                                           std::chrono::system_clock::time_point to) const {
  // isoUtc text has a fixed width, so comparing it as text compares the times.
  return entriesOf(db_.query(std::string("SELECT ") + kEntryColumns +
                                 " FROM journal WHERE type = ? AND at >= ? AND at < ? ORDER BY seq",
                             {type, isoUtc(from), isoUtc(to)}));
}

possdk::Result<std::vector<Entry>> Journal::last(std::size_t count) const {
  return entriesOf(db_.query(std::string("SELECT ") + kEntryColumns + " FROM (SELECT " + kEntryColumns +
                                 " FROM journal ORDER BY seq DESC LIMIT ?) ORDER BY seq",
                             {static_cast<std::int64_t>(count)}));
}

std::string toString(ChainBreak::Kind kind) {
  switch (kind) {
    case ChainBreak::Kind::Edited: return "edited";
    case ChainBreak::Kind::Removed: return "removed";
    case ChainBreak::Kind::Truncated: return "truncated";
  }
  return "unknown";
}

}  // namespace poscore::journal

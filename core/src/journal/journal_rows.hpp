#pragma once
#include <vector>

#include "poscore/journal/journal_entry.hpp"
#include "possdk/sql.hpp"

namespace poscore::journal {

// The columns every read of the journal selects, in the order entryFromRow expects.
inline constexpr const char* kEntryColumns = "seq, at, type, staff_id, reference, payload, prev_hash, hash";

// Throws std::runtime_error when a column has the wrong type.
Entry entryFromRow(const possdk::SqlRow& row);

}  // namespace poscore::journal

#pragma once

// The weighing.bagging states of docs/weighing.md.
namespace weighing {

enum class BaggingState { Idle, Expecting, Ok, UnexpectedItem, NotBagged, Mismatch, NeedsAttendant, ScaleOffline };

// "idle", "expecting", "ok", "unexpected_item", "not_bagged", "mismatch", "needs_attendant",
// "scale_offline".
const char* stateName(BaggingState state);

}  // namespace weighing

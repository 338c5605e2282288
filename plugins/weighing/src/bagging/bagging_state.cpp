#include "src/bagging/bagging_state.hpp"

namespace weighing {

const char* stateName(BaggingState state) {
  switch (state) {
    case BaggingState::Idle: return "idle";
    case BaggingState::Expecting: return "expecting";
    case BaggingState::Ok: return "ok";
    case BaggingState::UnexpectedItem: return "unexpected_item";
    case BaggingState::NotBagged: return "not_bagged";
    case BaggingState::Mismatch: return "mismatch";
    case BaggingState::NeedsAttendant: return "needs_attendant";
    case BaggingState::ScaleOffline: return "scale_offline";
  }
  return "idle";
}

}  // namespace weighing

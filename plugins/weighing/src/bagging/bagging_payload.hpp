#pragma once
#include <cstdint>
#include <string>

#include "src/bagging/bagging_state.hpp"

namespace weighing {

// What the weighing.bagging topic says; weights in milligrams here, whole grams in the payload.
struct BaggingView {
  BaggingState state = BaggingState::Idle;
  std::int64_t lineNo = 0;
  std::int64_t weightMg = 0;  // the bagging area's last settled weight
  std::int64_t expectedMg = 0;
  std::int64_t minMg = 0;
  std::int64_t maxMg = 0;
  std::string message;  // for the customer, already translated
};

// {"state","line_no","grams","expected_grams","min_grams","max_grams","message"}
std::string toPayload(const BaggingView& view);

}  // namespace weighing

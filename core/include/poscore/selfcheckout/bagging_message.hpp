#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "possdk/status.hpp"

namespace poscore::selfcheckout {

inline constexpr const char* kBaggingTopic = "weighing.bagging";
inline constexpr const char* kAttendantApprovedTopic = "selfcheckout.attendant_approved";

// What the weighing plugin says about the bagging area (docs/weighing.md, "Bus topics").
struct BaggingMessage {
  std::string state;  // idle, expecting, ok, unexpected_item, not_bagged, mismatch, needs_attendant, scale_offline
  int lineNo = 0;
  std::optional<std::int64_t> grams;
  std::optional<std::int64_t> expectedGrams;
  std::optional<std::int64_t> minGrams;
  std::optional<std::int64_t> maxGrams;
  std::string message;  // for the customer, in the lane's language
};

// Refuses a payload that is not a JSON object, lacks "state", names an unknown state or carries a
// field of the wrong type, naming the field.
possdk::Result<BaggingMessage> parseBaggingMessage(const std::string& json);

// Scanning and paying are refused in every state but idle, ok and expecting.
bool blocksCheckout(const BaggingMessage& message);

}  // namespace poscore::selfcheckout

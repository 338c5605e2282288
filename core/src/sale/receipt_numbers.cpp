#include "poscore/sale/receipt_numbers.hpp"

#include <algorithm>
#include <cstdio>

#include "../services/sql_cells.hpp"
#include "receipt_numbers_sequence.hpp"

namespace poscore::sale {
namespace {

bool isUpperOrDigit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

possdk::Status checkLaneId(const std::string& laneId) {
  if (laneId.empty() || laneId.size() > kMaxLaneIdLength || !std::all_of(laneId.begin(), laneId.end(), isUpperOrDigit)) {
    return possdk::Status::fail("lane id '" + laneId + "' cannot start receipt numbers: use 1 to " +
                                std::to_string(kMaxLaneIdLength) + " upper-case letters or digits, as in \"L01\"");
  }
  return possdk::Status::ok();
}

possdk::Result<std::string> laneIdFrom(const Config& settings) {
  auto laneId = settings.get("lane.id");
  if (!laneId) {
    return possdk::Result<std::string>::fail("the lane settings have no \"lane.id\"; set it to the lane's id, as in \"L01\"");
  }
  if (auto valid = checkLaneId(*laneId); !valid) return possdk::Result<std::string>::fail("lane.id: " + valid.error());
  return *laneId;
}

std::string formatReceiptNo(const std::string& laneId, std::int64_t sequence) {
  char digits[24];
  std::snprintf(digits, sizeof digits, "%0*lld", kReceiptSequenceDigits, static_cast<long long>(sequence));
  return laneId + "-" + digits;
}

possdk::Result<ReceiptNo> parseReceiptNo(const std::string& text) {
  using Parsed = possdk::Result<ReceiptNo>;
  const auto dash = text.find('-');
  if (dash == std::string::npos) {
    return Parsed::fail("receipt number '" + text + "' has no '-' between the lane id and the sequence, as in \"L01-00000042\"");
  }
  const auto laneId = text.substr(0, dash);
  if (auto valid = checkLaneId(laneId); !valid) return Parsed::fail("receipt number '" + text + "': " + valid.error());
  const auto digits = text.substr(dash + 1);
  const bool wellFormed = digits.size() >= static_cast<std::size_t>(kReceiptSequenceDigits) && digits.size() <= 18 &&
                          std::all_of(digits.begin(), digits.end(), isDigit);
  const auto sequence = wellFormed ? std::stoll(digits) : 0;
  if (sequence < 1 || formatReceiptNo(laneId, sequence) != text) {
    return Parsed::fail("receipt number '" + text + "' should end in its sequence as " +
                        std::to_string(kReceiptSequenceDigits) + " digits from 00000001");
  }
  return ReceiptNo{laneId, sequence};
}

possdk::Result<std::string> takeReceiptNo(possdk::Sql& sql, const std::string& laneId) {
  auto taken = sql.query(
      "INSERT INTO receipt_numbers(lane_id, last_sequence) VALUES(?, 1)"
      " ON CONFLICT(lane_id) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence",
      {laneId});
  if (!taken) return possdk::Result<std::string>::fail("cannot take the next receipt number: " + taken.error());
  return formatReceiptNo(laneId, sql::integer(taken.value().at(0), 0));
}

}  // namespace poscore::sale

#pragma once
#include <cstdint>
#include <string>

#include "poscore/services/config.hpp"
#include "possdk/status.hpp"

// Receipt numbers: "<lane id>-<sequence>", e.g. "L01-00000042".
//  - The lane id comes from the settings key "lane.id": 1 to 8 upper-case letters or digits.
//  - The sequence counts the lane's completed sales and returns from 1, without gaps, zero-padded
//    to 8 digits (wider only past 99,999,999). It is taken in the same transaction that stores the
//    sale, so a failed commit gives its number back.
// Upper-case letters, digits and '-' are all in Code 128 (and Code 39), so the receipt barcode
// encodes the number exactly as printed, and a scanned receipt reads back with parseReceiptNo.
namespace poscore::sale {

inline constexpr std::size_t kMaxLaneIdLength = 8;
inline constexpr int kReceiptSequenceDigits = 8;

possdk::Status checkLaneId(const std::string& laneId);
// "lane.id" from the lane's settings, checked.
possdk::Result<std::string> laneIdFrom(const Config& settings);

std::string formatReceiptNo(const std::string& laneId, std::int64_t sequence);

struct ReceiptNo {
  std::string laneId;
  std::int64_t sequence = 0;
};
// Refuses anything formatReceiptNo would not have written, saying what is wrong.
possdk::Result<ReceiptNo> parseReceiptNo(const std::string& text);

}  // namespace poscore::sale

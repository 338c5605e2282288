#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "poscore/barcode/ai_table.hpp"
#include "possdk/status.hpp"

namespace poscore::barcode {

inline constexpr char kGroupSeparator = '\x1d';  // FNC1 as a wedge scanner types it

// One AI and its value, cut out of an element string; nothing about the value is checked yet
// beyond its length and characters.
struct RawElement {
  const AiDefinition* definition = nullptr;
  std::string ai;             // "01", "3103"
  std::string value;
  std::size_t position = 0;   // character of the scan (from 1) where the AI starts
};

// The elements of the data after an AIM identifier, FNC1 sent as GS; `offset` is the number of
// scan characters before `data`, so positions count from the start of the scan.
possdk::Result<std::vector<RawElement>> splitElementString(std::string_view data, std::size_t offset);

// The elements of the printed form "(01)09501101530003(10)AB-123".
possdk::Result<std::vector<RawElement>> splitHumanReadable(std::string_view text);

// "GS1 code refused at character 21, AI 10: <what>; rescan the item or key its code from the label"
std::string elementRefusal(std::size_t position, std::string_view ai, const std::string& what);

}  // namespace poscore::barcode

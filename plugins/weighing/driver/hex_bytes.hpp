#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "possdk/status.hpp"

namespace weighing {

// "02 02" -> {0x02, 0x02}: bytes given as data in device parameters; spaces allowed.
possdk::Result<std::vector<std::uint8_t>> parseHexBytes(const std::string& text);

}  // namespace weighing

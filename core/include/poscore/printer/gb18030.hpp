#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "possdk/status.hpp"

namespace poscore::printer {

// UTF-8 to GB18030 through glibc's iconv: what Chinese ESC/POS printers print in their Chinese
// mode. ASCII stays as it is. Fails naming the byte offset when `utf8` is not valid UTF-8.
possdk::Result<std::vector<std::uint8_t>> toGb18030(std::string_view utf8);

}  // namespace poscore::printer

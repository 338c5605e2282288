#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace poscore::barcode {

// The 12-digit UPC-A a UPC-E code stands for, check digit included. `upcE` is the full 8-digit
// form: number system (0 or 1), six data digits, check digit. The last data digit says where the
// zeros go (GS1 rules): 0-2 after the first two digits (manufacturer ends X00, product 00xxx),
// 3 after three, 4 after four, 5-9 before it. The check digit is computed on the expansion and is
// not compared here: the caller reports a mismatch against upcE's last digit. Returns nullopt for
// other lengths, non-digits or a number system other than 0 and 1.
std::optional<std::string> expandUpcE(std::string_view upcE);

}  // namespace poscore::barcode

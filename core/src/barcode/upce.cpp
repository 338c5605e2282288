#include "poscore/barcode/upce.hpp"

#include "digits.hpp"
#include "poscore/barcode/gtin.hpp"

namespace poscore::barcode {

std::optional<std::string> expandUpcE(std::string_view upcE) {
  if (upcE.size() != 8 || !allDigits(upcE)) return std::nullopt;
  if (upcE[0] != '0' && upcE[0] != '1') return std::nullopt;
  const std::string d(upcE.substr(1, 6));  // d[0]..d[5]: the six data digits
  std::string body;                         // manufacturer (5) + product (5)
  switch (d[5]) {
    case '0':
    case '1':
    case '2':
      body = d.substr(0, 2) + d[5] + "0000" + d.substr(2, 3);
      break;
    case '3':
      body = d.substr(0, 3) + "00000" + d.substr(3, 2);
      break;
    case '4':
      body = d.substr(0, 4) + "00000" + d[4];
      break;
    default:
      body = d.substr(0, 5) + "0000" + d[5];
      break;
  }
  const std::string withoutCheck = upcE[0] + body;
  return withoutCheck + *gs1CheckDigit(withoutCheck);
}

}  // namespace poscore::barcode

#include "check_digit_refusal.hpp"

namespace poscore::barcode {

std::string checkDigitProblem(std::string_view what, char found, char expected) {
  return std::string(what) + " has check digit " + found + " but the digits before it give " + expected +
         ", so it was misread or misprinted";
}

}  // namespace poscore::barcode

#pragma once
#include <string>
#include <string_view>

namespace poscore::barcode {

// What the cashier does about a code the lane cannot trust.
inline constexpr std::string_view kRescanAdvice = "rescan the item, or key the code from the label";

// "<what> has check digit 2 but the digits before it give 1, so it was misread or misprinted";
// `what` names the code ("EAN-13 4006381333932").
std::string checkDigitProblem(std::string_view what, char found, char expected);

}  // namespace poscore::barcode

#pragma once
#include <string>
#include <string_view>

#include "poscore/counter/counter_text.hpp"

namespace poscore::sms {

// A number a receipt may be sent to: a China mainland mobile (11 digits, 1[3-9]xxxxxxxxx, with or
// without +86) or any E.164 number (+, country code, at most 15 digits). Spaces and '-' are
// ignored. Answers the number as the gateway takes it (+86... for mainland numbers, E.164 as
// given) or, when it is not one, an empty string and `problem` saying what is wrong, in `text`'s
// language.
std::string normalizeMobileNumber(std::string_view keyed, const counter::CounterText& text, std::string& problem);

}  // namespace poscore::sms

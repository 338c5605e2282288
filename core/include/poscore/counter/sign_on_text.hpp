#pragma once
#include <string>

#include "poscore/counter/counter_text.hpp"
#include "poscore/staff/sign_on_result.hpp"

namespace poscore::counter {

// A refused sign-on or supervisor approval in the lane's current language, worded from the
// refusal's reason and figures rather than the staff store's English message. An unknown id and a
// wrong PIN still read the same (see SignOnRefusal). `staffId` is the id keyed: a format slip says
// whether it or the PIN is not shaped right.
std::string signOnRefusalText(const CounterText& text, const staff::SignOnError& error, const std::string& staffId);

}  // namespace poscore::counter

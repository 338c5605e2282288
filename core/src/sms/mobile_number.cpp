#include "poscore/sms/mobile_number.hpp"

#include <algorithm>
#include <regex>

namespace poscore::sms {
namespace {

const std::regex& mainland() {
  static const std::regex pattern("^(\\+86)?(1[3-9][0-9]{9})$");
  return pattern;
}

// ITU-T E.164: a country code that never starts with 0, at most 15 digits in all.
const std::regex& e164() {
  static const std::regex pattern("^\\+[1-9][0-9]{6,14}$");
  return pattern;
}

}  // namespace

std::string normalizeMobileNumber(std::string_view keyed, const counter::CounterText& text, std::string& problem) {
  std::string number;
  std::copy_if(keyed.begin(), keyed.end(), std::back_inserter(number), [](char c) { return c != ' ' && c != '-'; });
  problem.clear();
  if (number.empty()) {
    problem = text.say("Key a mobile number");
    return {};
  }
  const bool plausible = std::all_of(number.begin() + (number[0] == '+' ? 1 : 0), number.end(),
                                     [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!plausible) {
    problem = text.say("A mobile number holds digits only, after an optional leading +");
    return {};
  }
  std::smatch match;
  if (std::regex_match(number, match, mainland())) return "+86" + match[2].str();
  if (number[0] != '+') {
    problem = text.say("A mainland mobile number has 11 digits and starts with 13 to 19; other countries start with + and the country code");
    return {};
  }
  if (number.rfind("+86", 0) == 0) {
    problem = text.say("A mainland mobile number has 11 digits after +86 and starts with 13 to 19");
    return {};
  }
  if (!std::regex_match(number, e164())) {
    problem = text.say("An international number is + and the country code, 8 to 15 digits in all");
    return {};
  }
  return number;
}

}  // namespace poscore::sms

#pragma once
#include <initializer_list>
#include <string>

#include "poscore/i18n/catalogs.hpp"

namespace poscore::counter {

// The counter's own messages, in the lane's current language: msgid is the English text with
// {1}, {2} ... where the values go, so translators can move them.
class CounterText {
 public:
  explicit CounterText(const Catalogs* catalogs) : catalogs_(catalogs) {}
  std::string say(const std::string& msgid, std::initializer_list<std::string> values = {}) const;

 private:
  const Catalogs* catalogs_;  // null: English
};

}  // namespace poscore::counter

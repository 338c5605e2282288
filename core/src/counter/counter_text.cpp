#include "poscore/counter/counter_text.hpp"

namespace poscore::counter {

std::string CounterText::say(const std::string& msgid, std::initializer_list<std::string> values) const {
  std::string text = catalogs_ != nullptr ? catalogs_->tr(msgid) : msgid;
  int index = 1;
  for (const auto& value : values) {
    const std::string marker = "{" + std::to_string(index++) + "}";
    for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + value.size())) {
      text.replace(at, marker.size(), value);
    }
  }
  return text;
}

}  // namespace poscore::counter

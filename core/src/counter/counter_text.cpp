#include "poscore/counter/counter_text.hpp"

#include <vector>

namespace poscore::counter {

std::string CounterText::say(const std::string& msgid, std::initializer_list<std::string> values) const {
  const std::string pattern = catalogs_ != nullptr ? catalogs_->tr(msgid) : msgid;
  const std::vector<std::string> slots(values);
  // One pass over the pattern, so a value that itself holds "{2}" is never substituted again.
  std::string text;
  for (std::size_t at = 0; at < pattern.size();) {
    const auto close = pattern.find('}', at);
    if (pattern[at] == '{' && close != std::string::npos && close - at == 2 && pattern[at + 1] >= '1' && pattern[at + 1] <= '9') {
      const auto index = static_cast<std::size_t>(pattern[at + 1] - '1');
      if (index < slots.size()) {
        text += slots[index];
        at = close + 1;
        continue;
      }
    }
    text += pattern[at++];
  }
  return text;
}

}  // namespace poscore::counter

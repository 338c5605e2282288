#include "shell_text.hpp"

namespace pos {

std::string fill(std::string pattern, std::initializer_list<std::pair<std::string_view, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (auto at = pattern.find(placeholder); at != std::string::npos;
         at = pattern.find(placeholder, at + value.size())) {
      pattern.replace(at, placeholder.size(), value);
    }
  }
  return pattern;
}

}  // namespace pos

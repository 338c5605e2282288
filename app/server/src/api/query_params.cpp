#include "query_params.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace posserver::api {

void allowOnlyQuery(const http::Request& request, std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : request.query) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      throw http::ApiError(422, "unknown_field", name, "query parameter " + name + " is not known here; use " + list);
    }
  }
}

std::int64_t queryInt(const http::Request& request, const std::string& name, std::int64_t min, std::int64_t max,
                      std::int64_t fallback) {
  const auto text = queryText(request, name);
  if (!text) return fallback;
  std::int64_t value = 0;
  const auto* end = text->data() + text->size();
  const auto [stop, error] = std::from_chars(text->data(), end, value);
  if (text->empty() || error != std::errc{} || stop != end || value < min || value > max) {
    throw http::ApiError(422, "invalid_field", name,
                         name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                             "; got \"" + *text + "\"");
  }
  return value;
}

std::optional<std::string> queryText(const http::Request& request, const std::string& name) {
  const auto it = request.query.find(name);
  if (it == request.query.end()) return std::nullopt;
  return it->second;
}

}  // namespace posserver::api

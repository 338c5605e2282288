#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "posserver/http/api.hpp"

namespace posserver::api {

// Throws 422 unknown_field naming the first query parameter not in `known`.
void allowOnlyQuery(const http::Request& request, std::initializer_list<std::string_view> known);
// The parameter as a whole number from min to max, `fallback` when absent; 422 invalid_field otherwise.
std::int64_t queryInt(const http::Request& request, const std::string& name, std::int64_t min, std::int64_t max,
                      std::int64_t fallback);
std::optional<std::string> queryText(const http::Request& request, const std::string& name);

}  // namespace posserver::api

#pragma once
#include <optional>
#include <string>

#include "posserver/http/api.hpp"

namespace posserver::http {

// Parts of the path space the server knows but cannot serve for now, as the mount of a disabled
// plugin. The dispatcher asks before it matches a route, so every method and path there gets the
// same retryable answer whether or not a route of it is in the table: a client keeps its calls for
// later instead of taking a 404 or 405 as a permanent refusal. The route table stays the list of
// what is served.
class OutOfService {
 public:
  virtual ~OutOfService() = default;
  // The answer for `path` (a 503 naming what is down), or nullopt when it is served. Called on every
  // request, from the request threads at once: cheap and thread-safe.
  virtual std::optional<ApiError> refusal(const std::string& path) const = 0;
};

}  // namespace posserver::http

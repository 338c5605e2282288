#pragma once
#include <string>

#include "posserver/http/api.hpp"
#include "possdk/server_module.hpp"

namespace posserver::modules {

// The request as a module sees it: the path below its mount `mount` ("/api/v1/plugins/<id>"), and
// the authenticated caller ("" for a public route) and the Idempotency-Key header ("" without one).
possdk::HttpRequest toModuleRequest(const http::Request& request, const std::string& mount);

// The module's answer for the HTTP layer, or why it cannot be sent (a status outside 200-599).
possdk::Result<http::Response> toHttpResponse(const possdk::HttpResponse& answer);

}  // namespace posserver::modules

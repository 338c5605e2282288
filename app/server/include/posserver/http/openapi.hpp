#pragma once
#include <string>

#include "posserver/http/routes.hpp"

namespace posserver::http {

// The OpenAPI 3.0.3 document of every route: path parameters, bearer security and the roles
// (x-roles) for routes with roles, request and success schemas from RouteSpec, and the error
// answers a route can give, all pointing at one Error schema.
std::string openApiDocument(const Routes& routes, const std::string& title, const std::string& version);

}  // namespace posserver::http

#include "posserver/http/openapi.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace posserver::http {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr object() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Object::Ptr parsedSchema(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Object::Ptr>();
}

Object::Ptr jsonContent(const Object::Ptr& schema) {
  auto media = object();
  media->set("schema", schema);
  auto content = object();
  content->set("application/json", media);
  return content;
}

Object::Ptr errorSchema() {
  auto error = object();
  error->set("type", "object");
  Array::Ptr required = new Array;
  for (const auto* name : {"status", "code", "field", "message"}) required->add(std::string(name));
  error->set("required", required);
  auto properties = object();
  auto integer = object();
  integer->set("type", "integer");
  properties->set("status", integer);
  for (const auto* name : {"code", "field", "message"}) {
    auto text = object();
    text->set("type", "string");
    properties->set(name, text);
  }
  error->set("properties", properties);

  auto root = object();
  root->set("type", "object");
  Array::Ptr rootRequired = new Array;
  rootRequired->add(std::string("error"));
  root->set("required", rootRequired);
  auto rootProperties = object();
  rootProperties->set("error", error);
  root->set("properties", rootProperties);
  return root;
}

// The errors a route can answer with, from what the dispatcher checks for it.
std::vector<std::pair<int, const char*>> errorsOf(const RouteSpec& route) {
  std::vector<std::pair<int, const char*>> errors;
  if (!route.requestSchema.empty()) errors.emplace_back(400, "malformed JSON or a malformed header");
  if (!route.roles.empty()) {
    errors.emplace_back(401, "no credential, an unknown one, or a revoked device");
    errors.emplace_back(403, "the device's role may not call this route");
  }
  errors.emplace_back(404, "not found");
  if (!route.requestSchema.empty()) {
    errors.emplace_back(413, "body over the limit");
    errors.emplace_back(415, "a body that is not application/json");
    errors.emplace_back(422, "a missing, invalid or unknown field");
  }
  if (!route.rateLimit.empty()) errors.emplace_back(429, "rate limited; see Retry-After");
  errors.emplace_back(500, "internal error, logged with a request id");
  errors.emplace_back(503, "the database is unavailable");
  return errors;
}

std::string operationId(const RouteSpec& route) {
  std::string id;
  for (const char c : route.method) id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool upper = true;
  for (const char c : route.path) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    } else {
      upper = true;
    }
  }
  return id;
}

Array::Ptr pathParameters(const std::string& path) {
  Array::Ptr parameters = new Array;
  std::size_t open = path.find('{');
  while (open != std::string::npos) {
    const auto close = path.find('}', open);
    auto parameter = object();
    parameter->set("name", path.substr(open + 1, close - open - 1));
    parameter->set("in", "path");
    parameter->set("required", true);
    auto schema = object();
    schema->set("type", "string");
    parameter->set("schema", schema);
    parameters->add(parameter);
    open = path.find('{', close);
  }
  return parameters;
}

Object::Ptr operation(const RouteSpec& route) {
  auto op = object();
  op->set("operationId", operationId(route));
  op->set("summary", route.summary);
  const auto parameters = pathParameters(route.path);
  if (parameters->size() > 0) op->set("parameters", parameters);
  if (!route.roles.empty()) {
    Array::Ptr security = new Array;
    auto bearer = object();
    bearer->set("bearer", Array::Ptr(new Array));
    security->add(bearer);
    op->set("security", security);
    Array::Ptr roles = new Array;
    for (const auto& role : route.roles) roles->add(role);
    op->set("x-roles", roles);
  }
  if (!route.requestSchema.empty()) {
    auto body = object();
    body->set("required", true);
    body->set("content", jsonContent(parsedSchema(route.requestSchema)));
    op->set("requestBody", body);
  }
  auto responses = object();
  auto success = object();
  success->set("description", "success");
  if (!route.responseSchema.empty()) success->set("content", jsonContent(parsedSchema(route.responseSchema)));
  responses->set(std::to_string(route.successStatus), success);
  for (const auto& [status, description] : errorsOf(route)) {
    auto reference = object();
    reference->set("$ref", "#/components/schemas/Error");
    auto answer = object();
    answer->set("description", description);
    answer->set("content", jsonContent(reference));
    responses->set(std::to_string(status), answer);
  }
  op->set("responses", responses);
  return op;
}

}  // namespace

std::string openApiDocument(const Routes& routes, const std::string& title, const std::string& version) {
  auto info = object();
  info->set("title", title);
  info->set("version", version);

  auto paths = object();
  for (const auto& route : routes.all()) {
    if (!paths->has(route.path)) paths->set(route.path, object());
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(), [](unsigned char c) { return std::tolower(c); });
    paths->getObject(route.path)->set(method, operation(route));
  }

  auto bearer = object();
  bearer->set("type", "http");
  bearer->set("scheme", "bearer");
  auto securitySchemes = object();
  securitySchemes->set("bearer", bearer);
  auto schemas = object();
  schemas->set("Error", errorSchema());
  auto components = object();
  components->set("schemas", schemas);
  components->set("securitySchemes", securitySchemes);

  Object document(Poco::JSON_PRESERVE_KEY_ORDER);
  document.set("openapi", "3.0.3");
  document.set("info", info);
  document.set("paths", paths);
  document.set("components", components);
  std::ostringstream text;
  document.stringify(text);
  return text.str();
}

}  // namespace posserver::http

#include "posserver/http/routes.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <stdexcept>

namespace posserver::http {
namespace {

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string::npos ? path.size() : slash;
    segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

bool isParameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool isNameChar(char c, bool first) {
  const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return letter || (!first && c >= '0' && c <= '9');
}

bool isLiteralChar(char c) { return isNameChar(c, false) || c == '.' || c == '~' || c == '-'; }

void checkSchema(const std::string& path, const char* which, const std::string& schema) {
  if (schema.empty()) return;
  try {
    const auto parsed = Poco::JSON::Parser().parse(schema);
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) throw std::invalid_argument("not an object");
  } catch (const std::exception& e) {
    throw std::invalid_argument("route " + path + ": the " + which + " schema is not a JSON object: " + e.what());
  }
}

// Which segments of `pattern` are literals when it matches `segments`; nullopt when it does not.
std::optional<std::vector<bool>> literalMask(const std::vector<std::string>& pattern,
                                             const std::vector<std::string>& segments) {
  if (pattern.size() != segments.size()) return std::nullopt;
  std::vector<bool> mask;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (isParameter(pattern[i])) {
      if (segments[i].empty()) return std::nullopt;
      mask.push_back(false);
    } else {
      if (pattern[i] != segments[i]) return std::nullopt;
      mask.push_back(true);
    }
  }
  return mask;
}

}  // namespace

std::optional<std::string> templateProblem(const std::string& path) {
  if (path.empty() || path.front() != '/') return "it must start with '/'";
  std::vector<std::string> names;
  for (const auto& segment : splitPath(path)) {
    if (segment.empty()) return "it has an empty segment (a '//' or a trailing '/')";
    if (!isParameter(segment)) {
      if (!std::all_of(segment.begin(), segment.end(), isLiteralChar)) {
        return "segment '" + segment + "' is neither A-Z a-z 0-9 . _ ~ - nor a whole {name}";
      }
      continue;
    }
    const auto name = segment.substr(1, segment.size() - 2);
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (!isNameChar(name[i], i == 0)) {
        return "parameter {" + name + "} is not a name (a letter or '_', then letters, digits, '_')";
      }
    }
    if (std::find(names.begin(), names.end(), name) != names.end()) return "{" + name + "} appears twice";
    names.push_back(name);
  }
  return std::nullopt;
}

std::string routeShape(const std::string& path) {
  std::string shape;
  for (const auto& segment : splitPath(path)) shape += "/" + (isParameter(segment) ? std::string("{}") : segment);
  return shape;
}

void Routes::add(RouteSpec spec) {
  if (const auto problem = templateProblem(spec.path)) {
    throw std::invalid_argument("route template \"" + spec.path + "\": " + *problem);
  }
  if (spec.method.empty()) throw std::invalid_argument("route " + spec.path + ": no method");
  if (!spec.handler) throw std::invalid_argument("route " + spec.method + " " + spec.path + ": no handler");
  checkSchema(spec.path, "request", spec.requestSchema);
  checkSchema(spec.path, "response", spec.responseSchema);
  const auto shape = routeShape(spec.path);
  for (const auto& existing : routes_) {
    if (existing.method == spec.method && routeShape(existing.path) == shape) {
      throw std::invalid_argument("route " + spec.method + " " + spec.path + " is added twice");
    }
  }
  routes_.push_back(std::move(spec));
}

std::optional<Routes::Match> Routes::match(const std::string& method, const std::string& path) const {
  if (path.empty() || path.front() != '/') return std::nullopt;
  const auto segments = splitPath(path);
  const RouteSpec* best = nullptr;
  std::vector<bool> bestMask;
  for (const auto& route : routes_) {
    if (route.method != method) continue;
    const auto mask = literalMask(splitPath(route.path), segments);
    // A literal segment beats a parameter at the first place two candidates differ.
    if (mask && (best == nullptr || *mask > bestMask)) {
      best = &route;
      bestMask = *mask;
    }
  }
  if (best == nullptr) return std::nullopt;
  Match found;
  found.route = best;
  const auto pattern = splitPath(best->path);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (isParameter(pattern[i])) found.params[pattern[i].substr(1, pattern[i].size() - 2)] = segments[i];
  }
  return found;
}

std::vector<std::string> Routes::allowed(const std::string& path) const {
  std::vector<std::string> methods;
  for (const auto& route : routes_) {
    if (std::find(methods.begin(), methods.end(), route.method) == methods.end() && match(route.method, path)) {
      methods.push_back(route.method);
    }
  }
  return methods;
}

}  // namespace posserver::http

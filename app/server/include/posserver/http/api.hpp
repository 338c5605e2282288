#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace posserver::http {

// The authenticated device behind a request.
struct Caller {
  std::string deviceId;
  std::string role;     // "lane", "kiosk", "technician", "admin"
  std::string storeId;
  std::string laneId;   // for lanes and kiosks; "" otherwise
};

struct Request {
  std::string method;
  std::string path;   // percent-decoded, without the query string
  std::string route;  // the matched route template, "/api/v1/members/{id}/points"
  std::map<std::string, std::string> pathParams;
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string remoteAddress;     // the peer's host, for per-address limits
  std::optional<Caller> caller;  // set on every route that needs a credential

  // The header's value, or "" when it is absent. `lowerName` is lower case.
  std::string header(const std::string& lowerName) const;
};

struct Response {
  int status = 200;
  std::string body;
  std::string contentType = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

// Thrown anywhere below the dispatcher to answer with the error body of docs/server-api.md:
// {"error":{"status":..,"code":..,"field":..,"message":..}}. `field` names the body field (with
// its path, "upserts[3].price"), header or query parameter at fault, or is "".
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string code, std::string field, const std::string& message,
           std::vector<std::pair<std::string, std::string>> headers = {});
  int status() const { return status_; }
  const std::string& code() const { return code_; }
  const std::string& field() const { return field_; }
  Response toResponse() const;

 private:
  int status_;
  std::string code_;
  std::string field_;
  std::vector<std::pair<std::string, std::string>> headers_;
};

}  // namespace posserver::http

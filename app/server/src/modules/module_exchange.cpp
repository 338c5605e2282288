#include "module_exchange.hpp"

namespace posserver::modules {

possdk::HttpRequest toModuleRequest(const http::Request& request, const std::string& mount) {
  possdk::HttpRequest out;
  out.method = request.method;
  out.path = request.path.rfind(mount, 0) == 0 ? request.path.substr(mount.size()) : request.path;
  out.pathParams = request.pathParams;
  out.query = request.query;
  out.body = request.body;
  out.idempotencyKey = request.header("idempotency-key");
  if (request.caller) {
    out.deviceId = request.caller->deviceId;
    out.role = request.caller->role;
  }
  return out;
}

possdk::Result<http::Response> toHttpResponse(const possdk::HttpResponse& answer) {
  if (answer.status < 200 || answer.status > 599) {
    return possdk::Result<http::Response>::fail("the handler answered status " + std::to_string(answer.status) +
                                                ", which is not an HTTP status from 200 to 599");
  }
  http::Response out;
  out.status = answer.status;
  out.body = answer.body;
  out.contentType = answer.contentType.empty() ? "application/json" : answer.contentType;
  return out;
}

}  // namespace posserver::modules

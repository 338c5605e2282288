#include <Poco/JSON/Object.h>

#include <sstream>

#include "posserver/http/dispatcher.hpp"
#include "posserver/http/openapi.hpp"

namespace posserver::http {
namespace {

Response healthz(const std::function<bool()>& databaseUp) {
  const bool up = databaseUp();
  Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
  body.set("status", up ? "ok" : "unavailable");
  body.set("database", up ? "ok" : "unavailable");
  std::ostringstream text;
  body.stringify(text);
  Response response;
  response.status = up ? 200 : 503;
  response.body = text.str();
  return response;
}

RouteSpec openRoute(std::string path, std::string summary, std::string responseSchema, Handler handler) {
  RouteSpec spec;
  spec.method = "GET";
  spec.path = std::move(path);
  spec.summary = std::move(summary);
  spec.responseSchema = std::move(responseSchema);
  spec.handler = std::move(handler);
  return spec;
}

}  // namespace

void addOperationalRoutes(Routes& routes, Metrics& metrics, std::function<bool()> databaseUp) {
  routes.add(openRoute("/healthz", "Whether the server and its database answer",
                       R"({"type":"object","required":["status","database"],)"
                       R"("properties":{"status":{"type":"string"},"database":{"type":"string"}}})",
                       [databaseUp](const Request&) { return healthz(databaseUp); }));
  routes.add(openRoute("/metrics", "Counters, latency histograms and gauges in the Prometheus text format 0.0.4", "",
                       [&metrics, databaseUp](const Request&) {
                         metrics.setGauge("pos_database_up", "1 when the database answers, 0 when it does not.", {},
                                          databaseUp() ? 1 : 0);
                         Response response;
                         response.body = metrics.render();
                         response.contentType = "text/plain; version=0.0.4; charset=utf-8";
                         return response;
                       }));
  routes.add(openRoute("/api/v1/openapi.json", "This document", R"({"type":"object"})", [&routes](const Request&) {
    Response response;
    response.body = openApiDocument(routes, "pos-server", "1");
    return response;
  }));
}

}  // namespace posserver::http

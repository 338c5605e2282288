// pos-server's HTTP layer: the dispatcher in process, JSON body parsing, and one keep-alive client
// over loopback against HttpService and against the bare Poco server (constant answer), whose
// ratio is the cost of everything pos-server adds per request.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>
#include <benchmark/benchmark.h>

#include "constant_handler.hpp"
#include "poscore/services/clocks.hpp"
#include "posserver/http/http_service.hpp"
#include "posserver/http/json_body.hpp"

using namespace posserver::http;

namespace {

class SilentLogger final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view) override {}
};

class OneDevice final : public Authenticator {
 public:
  Caller authenticate(const std::string& token) override {
    if (token != "lane-token") throw ApiError(401, "unauthenticated", "Authorization", "unknown token");
    return {"dev-lane", "lane", "S001", "L01"};
  }
};

struct Server {
  Server() {
    RouteSpec points;
    points.method = "GET";
    points.path = "/api/v1/members/{id}/points";
    points.roles = {"lane"};
    points.handler = [](const Request& r) {
      Response response;
      response.body = R"({"member_id":")" + r.pathParams.at("id") + R"(","balance":120,"entries":[]})";
      return response;
    };
    routes.add(points);
    addOperationalRoutes(routes, metrics, [] { return true; });
  }

  poscore::SystemClock clock;
  Routes routes;
  OneDevice authenticator;
  RateLimiter limiter{clock};
  Metrics metrics;
  SilentLogger log;
  Dispatcher dispatcher{routes, authenticator, limiter, metrics, clock, log};
};

void roundTrips(benchmark::State& state, std::uint16_t port) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  for (auto _ : state) {
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/members/42/points",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer lane-token");
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
    benchmark::DoNotOptimize(body);
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_Dispatch(benchmark::State& state) {
  Server server;
  for (auto _ : state) {
    Request request;
    request.method = "GET";
    request.path = "/api/v1/members/42/points";
    request.headers["authorization"] = "Bearer lane-token";
    benchmark::DoNotOptimize(server.dispatcher.handle(request));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Dispatch);

void BM_JsonBodyParse(benchmark::State& state) {
  std::string body = R"({"upserts":[)";
  for (int i = 0; i < state.range(0); ++i) {
    body += (i ? "," : "") + std::string(R"({"sku":"SKU)") + std::to_string(i) +
            R"(","name_en":"Jasmine tea 250 g","price":1290,"eas":false,"barcodes":["00012345678905"]})";
  }
  body += "]}";
  for (auto _ : state) {
    const auto parsed = JsonBody::parse(body);
    for (const auto& item : parsed.optionalObjects("upserts", 1000)) {
      benchmark::DoNotOptimize(item.requireInt("price", 0, 100000000));
      benchmark::DoNotOptimize(item.requireString("name_en", 200));
    }
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(body.size()));
}
BENCHMARK(BM_JsonBodyParse)->Arg(1)->Arg(100)->Arg(1000);

void BM_LoopbackHttpService(benchmark::State& state) {
  Server server;
  ServiceOptions options;
  HttpService service(options, server.dispatcher);
  service.start();
  roundTrips(state, service.port());
  service.stop();
}
BENCHMARK(BM_LoopbackHttpService)->UseRealTime();

void BM_LoopbackBarePoco(benchmark::State& state) {
  const ServiceOptions defaults;
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 64);
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(defaults.threads);
  params->setMaxQueued(defaults.maxQueued);
  Poco::ThreadPool pool(2, defaults.threads);
  Poco::Net::HTTPServer server(new posserver::tools::ConstantHandlerFactory, pool, socket, params);
  server.start();
  roundTrips(state, socket.address().port());
  server.stopAll(true);
  pool.joinAll();
}
BENCHMARK(BM_LoopbackBarePoco)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();

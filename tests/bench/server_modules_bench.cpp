// What mounting through a plugin costs per request: the same echo answered by a module's route
// (crash guard marker, request mapping, context) and by a route of the server's own, both through
// the dispatcher with a credential and a role check.
#include <benchmark/benchmark.h>

#include "module_server.hpp"
#include "temp_dir.hpp"

namespace {

struct Server {
  Server() {
    folder.add("notes_module");
    server = folder.start(*db);
    posserver::http::RouteSpec own;
    own.method = "GET";
    own.path = "/api/v1/bench/echo/{word}";
    own.roles = {"lane", "kiosk"};
    own.handler = [](const posserver::http::Request& r) {
      posserver::http::Response out;
      out.body = "{\"word\":\"" + r.pathParams.at("word") + "\",\"device\":\"" + r.caller->deviceId + "\"}";
      return out;
    };
    server->routes().add(std::move(own));
  }
  postest::TempDir dir;
  std::unique_ptr<posserver::db::Database> db =
      posserver::db::Database::open({posserver::db::Dialect::Sqlite, (dir / "server.db").string()});
  postest::PluginFolder folder{dir.path()};
  std::unique_ptr<postest::ModuleServer> server;
};

void answer(benchmark::State& state, const std::string& path) {
  Server s;
  for (auto _ : state) {
    auto response = s.server->call("GET", path, "lane");
    if (response.status != 200) state.SkipWithError(response.body.c_str());
    benchmark::DoNotOptimize(response);
  }
}

void BM_ModuleRoute(benchmark::State& state) { answer(state, "/api/v1/plugins/notes_module/echo/apple"); }
void BM_ServerRoute(benchmark::State& state) { answer(state, "/api/v1/bench/echo/apple"); }
BENCHMARK(BM_ModuleRoute);
BENCHMARK(BM_ServerRoute);

}  // namespace

BENCHMARK_MAIN();

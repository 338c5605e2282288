// Server modules that fail one way each, chosen by the plugin's id at build time
// (MODULE_FAULT): bad migration SQL, a throwing serverModule(), a handler that throws, a route
// with an unknown role, two routes that match the same requests, a handler that takes the server
// down.
#include <possdk/possdk.hpp>

#include <csignal>
#include <stdexcept>

namespace {

possdk::HttpResponse fine(const possdk::HttpRequest&, possdk::ServerContext&) {
  return possdk::HttpResponse{200, R"({"fine":true})"};
}

class FaultyModule final : public possdk::ServerModule {
 public:
  std::vector<possdk::Migration> migrations() const override {
    if (std::string(MODULE_FAULT) == "migration_fails") return {{1, "broken", "CREATE TABLE migration_fails_t ("}};
    return {};
  }
  std::vector<possdk::Route> routes() override {
    const std::string fault = MODULE_FAULT;
    std::vector<possdk::Route> out{{"GET", "/fine", {"lane"}, fine}};
    if (fault == "handler_throws") {
      out.push_back({"GET", "/boom", {"lane"}, [](const possdk::HttpRequest&, possdk::ServerContext&) -> possdk::HttpResponse {
                       throw std::runtime_error("order table index out of range");
                     }});
    }
    if (fault == "route_bad_role") out.push_back({"GET", "/managers", {"manager"}, fine});
    if (fault == "handler_crashes") {
      out.push_back({"GET", "/crash", {"lane"}, [](const possdk::HttpRequest&, possdk::ServerContext&) {
                       std::raise(SIGSEGV);
                       return possdk::HttpResponse{};
                     }});
    }
    if (fault == "route_clash") {
      out.push_back({"GET", "/items/{id}", {"lane"}, fine});
      out.push_back({"GET", "/items/{key}", {"admin"}, fine});
    }
    return out;
  }
};

class FaultyPlugin final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override { return possdk::Status::ok(); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
  possdk::ServerModule* serverModule() override {
    if (std::string(MODULE_FAULT) == "module_throws") throw std::runtime_error("signing key file missing");
    return &module_;
  }

 private:
  FaultyModule module_;
};

}  // namespace

POSSDK_PLUGIN(FaultyPlugin)

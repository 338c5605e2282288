// pos-server's plugin modules against real plugin libraries (tests/plugins): mounted routes answer
// through the dispatcher with the caller passed on, and a module that fails anywhere is reported
// and disabled while the others and the core routes serve on.
#include "posserver/modules/server_plugins.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <map>
#include <optional>
#include <thread>

#include "module_server.hpp"
#include "server_db/database_fixture.hpp"

namespace {
using posserver::modules::PluginReport;

// Each test on SQLite and on PostgreSQL, with a plugin folder of its own.
class ServerModules : public posserver::db::test::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (!IsSkipped()) folder_.emplace(dir_.path());
  }
  void add(const std::string& id) const { folder_->add(id); }
  std::unique_ptr<postest::ModuleServer> start() { return folder_->start(db()); }
  const std::filesystem::path& dir() const { return folder_->dir(); }
  const poscore::Config& config() const { return folder_->config(); }

  std::optional<postest::PluginFolder> folder_;
};

PluginReport reportOf(postest::ModuleServer& server, const std::string& id) {
  const auto all = server.plugins().reports();
  const auto it = std::find_if(all.begin(), all.end(), [&](const PluginReport& r) { return r.id == id; });
  if (it == all.end()) throw std::runtime_error("no report for " + id);
  return *it;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_P(ServerModules, MountedRoutesStoreAndReadThroughTheDispatcherWithTheCaller) {
  add("notes_module");
  auto server = start();
  const auto stored = server->call("POST", "/api/v1/plugins/notes_module/notes", "lane", R"("first note")");
  ASSERT_EQ(stored.status, 201) << stored.body;
  EXPECT_EQ(stored.body, R"({"id":1})");
  const auto read = server->call("GET", "/api/v1/plugins/notes_module/notes/1", "admin");
  ASSERT_EQ(read.status, 200) << read.body;
  // The device is the lane that stored it; the time is the server's clock, not the system's.
  EXPECT_EQ(read.body, R"({"id":1,"device":"D-LANE","text":"first note","created_at":1795338000})");
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/notes/2", "lane").status, 404);
}

TEST_P(ServerModules, TheModuleSeesItsPathParamsQueryCallerAndSettings) {
  add("notes_module");
  auto server = start();
  const auto echo = server->call("GET", "/api/v1/plugins/notes_module/echo/apple", "kiosk", "", {{"q", "42"}});
  ASSERT_EQ(echo.status, 200) << echo.body;
  EXPECT_EQ(echo.body, R"({"method":"GET","path":"/echo/apple","word":"apple","q":"42","device":"D-KIOSK",)"
                       R"("role":"kiosk","greeting":"hello"})");
}

TEST_P(ServerModules, ConcurrentRequestsAreEachStoredOnce) {
  add("notes_module");
  auto server = start();
  constexpr int kThreads = 4, kEach = 10;
  std::atomic<int> created{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        if (server->call("POST", "/api/v1/plugins/notes_module/notes", "lane", R"("busy lane")").status == 201) ++created;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(created, kThreads * kEach);
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/count", "admin").body,
            "{\"count\":" + std::to_string(kThreads * kEach) + "}");
  EXPECT_EQ(reportOf(*server, "notes_module").state, "mounted");
}

TEST_P(ServerModules, ARetriedPostWithTheSameIdempotencyKeyIsAppliedOnce) {
  add("notes_module");
  auto server = start();
  const auto post = [&](const std::string& text, std::map<std::string, std::string> headers) {
    return server->call("POST", "/api/v1/plugins/notes_module/notes", "lane", "\"" + text + "\"", {}, std::move(headers));
  };
  const auto first = post("paid", {{"idempotency-key", "L01/notes_module/k1"}});
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.body, R"({"id":1})");
  // The retry (the first answer was lost on the way) gets the first note back, and stores nothing.
  const auto retry = post("paid", {{"idempotency-key", "L01/notes_module/k1"}});
  ASSERT_EQ(retry.status, 200) << retry.body;
  EXPECT_EQ(retry.body, R"({"id":1})");
  // Another key, or none, is a new note (the refused insert of the retry may have used up an id).
  const auto other = post("paid", {{"idempotency-key", "L01/notes_module/k2"}});
  EXPECT_EQ(other.status, 201) << other.body;
  EXPECT_NE(other.body, first.body);
  EXPECT_EQ(post("no key", {}).status, 201);
  EXPECT_EQ(post("no key", {}).status, 201);
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/count", "admin").body, R"({"count":4})");
}

TEST_P(ServerModules, TheRoutesRolesAreEnforced) {
  add("notes_module");
  auto server = start();
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/count", "").status, 401);
  const auto lane = server->call("GET", "/api/v1/plugins/notes_module/count", "lane");
  EXPECT_EQ(lane.status, 403) << lane.body;
  EXPECT_EQ(server->call("POST", "/api/v1/plugins/notes_module/notes", "tech", R"("x")").status, 403);
  const auto anyone = server->call("GET", "/api/v1/plugins/notes_module/hello", "");
  EXPECT_EQ(anyone.status, 200) << anyone.body;
  EXPECT_EQ(anyone.body, R"({"device":""})");
  const auto admin = server->call("GET", "/api/v1/plugins/notes_module/count", "admin");
  EXPECT_EQ(admin.status, 200) << admin.body;
  EXPECT_EQ(admin.body, R"({"count":0})");
}

TEST_P(ServerModules, MigrationsApplyOnceAcrossTwoStartsAndDataStays) {
  add("notes_module");
  {
    auto first = start();
    ASSERT_EQ(first->call("POST", "/api/v1/plugins/notes_module/notes", "lane", R"("kept")").status, 201);
  }
  auto second = start();
  EXPECT_EQ(reportOf(*second, "notes_module").state, "mounted") << reportOf(*second, "notes_module").error;
  EXPECT_EQ(second->call("GET", "/api/v1/plugins/notes_module/count", "admin").body, R"({"count":1})");
  auto steps = db().query("SELECT version FROM schema_migrations WHERE owner = ? ORDER BY version",
                                  {std::string("notes_module")});
  ASSERT_TRUE(steps) << steps.error();
  EXPECT_EQ(steps.value(), (std::vector<possdk::SqlRow>{{std::int64_t{1}}, {std::int64_t{2}}, {std::int64_t{3}},
                                                        {std::int64_t{4}}}));
}

TEST_P(ServerModules, FailingModulesAreDisabledAndReportedWhileTheRestServes) {
  for (const auto* id : {"notes_module", "migration_fails", "module_throws", "route_bad_role", "route_clash", "good_base"}) {
    add(id);
  }
  auto server = start();

  const auto bad = reportOf(*server, "migration_fails");
  EXPECT_EQ(bad.state, "disabled");
  EXPECT_TRUE(contains(bad.error, "migrations")) << bad.error;
  EXPECT_TRUE(bad.routes.empty());
  const auto thrown = reportOf(*server, "module_throws");
  EXPECT_EQ(thrown.state, "disabled");
  EXPECT_TRUE(contains(thrown.error, "serverModule threw: signing key file missing")) << thrown.error;
  const auto role = reportOf(*server, "route_bad_role");
  EXPECT_EQ(role.state, "disabled");
  EXPECT_TRUE(contains(role.error, "role 'manager' is unknown")) << role.error;

  const auto clash = reportOf(*server, "route_clash");
  EXPECT_EQ(clash.state, "disabled");
  EXPECT_TRUE(contains(clash.error, "route GET /items/{key} of plugin route_clash is refused: another route already "
                                    "matches the same requests"))
      << clash.error;

  // A refused module mounts none of its routes, not even its good ones: its whole mount, any
  // method, answers 503 naming it, so a lane keeps the call for when the plugin is back.
  EXPECT_TRUE(clash.routes.empty());
  for (const auto* id : {"route_bad_role", "migration_fails", "module_throws", "route_clash"}) {
    for (const auto* method : {"GET", "DELETE"}) {
      const auto path = std::string("/api/v1/plugins/") + id + "/fine";
      const auto refused = server->call(method, path, "lane");
      EXPECT_EQ(refused.status, 503) << method << " " << path << ": " << refused.body;
      EXPECT_TRUE(contains(refused.body, R"("code":"plugin_disabled")")) << refused.body;
      EXPECT_TRUE(contains(refused.body, std::string("plugin ") + id + " is disabled")) << refused.body;
    }
  }
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/route_bad_role", "").status, 503);
  // A plugin without a server module is not the server's to report, nor is a plugin it does not
  // have; an unknown path of a mounted module is unknown.
  EXPECT_THROW(reportOf(*server, "good_base"), std::runtime_error);
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/good_base/fine", "lane").status, 404);
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/route_bad/fine", "lane").status, 404);
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/nothing", "lane").status, 404);

  EXPECT_EQ(server->call("POST", "/api/v1/plugins/notes_module/notes", "lane", R"("still here")").status, 201);
  EXPECT_EQ(server->call("GET", "/healthz", "").status, 200);
  auto migrated = db().query("SELECT COUNT(*) FROM schema_migrations WHERE owner = ?",
                                     {std::string("migration_fails")});
  ASSERT_TRUE(migrated) << migrated.error();
  EXPECT_EQ(migrated.value()[0][0], possdk::SqlValue{std::int64_t{0}});
}

TEST_P(ServerModules, ARouteTheServerAlreadyHasRefusesTheModule) {
  add("notes_module");
  poscore::ManualClock clock;
  posserver::http::Routes routes;
  posserver::http::RouteSpec own;
  own.method = "GET";
  own.path = "/api/v1/plugins/notes_module/notes/{note}";
  own.handler = [](const posserver::http::Request&) { return posserver::http::Response{}; };
  routes.add(own);
  posserver::modules::ServerPlugins plugins(dir() / "state", db(), clock, config());
  plugins.mount({dir() / "plugins"}, routes);
  ASSERT_EQ(plugins.reports().size(), 1u);
  EXPECT_EQ(plugins.reports()[0].state, "disabled");
  EXPECT_TRUE(contains(plugins.reports()[0].error, "route GET /notes/{id} of plugin notes_module is refused: another "
                                                   "route already matches"))
      << plugins.reports()[0].error;
  EXPECT_EQ(routes.all().size(), 1u);
}

TEST_P(ServerModules, AThrowingHandlerAnswers500AndDisablesItsModuleOnly) {
  add("handler_throws");
  add("notes_module");
  auto server = start();
  ASSERT_EQ(server->call("GET", "/api/v1/plugins/handler_throws/fine", "lane").status, 200);

  const auto boom = server->call("GET", "/api/v1/plugins/handler_throws/boom", "lane");
  EXPECT_EQ(boom.status, 500);
  EXPECT_TRUE(contains(boom.body, R"("code":"plugin_failed")")) << boom.body;
  EXPECT_TRUE(contains(boom.body, "plugin handler_throws failed on GET /boom")) << boom.body;
  EXPECT_FALSE(contains(boom.body, "order table index out of range")) << boom.body;

  const auto after = server->call("GET", "/api/v1/plugins/handler_throws/fine", "lane");
  EXPECT_EQ(after.status, 503);
  EXPECT_TRUE(contains(after.body, R"("code":"plugin_disabled")")) << after.body;
  EXPECT_TRUE(contains(after.body, "handler_throws")) << after.body;
  // Paths it never had answer so too: the lane cannot tell them from the routes it lost.
  EXPECT_EQ(server->call("POST", "/api/v1/plugins/handler_throws/newer", "lane", "{}").status, 503);
  EXPECT_EQ(reportOf(*server, "handler_throws").state, "disabled");
  EXPECT_EQ(reportOf(*server, "handler_throws").error, "route GET /boom threw: order table index out of range");
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/count", "admin").status, 200);
}

TEST_P(ServerModules, ThePluginListIsForAdminsAndTechnicians) {
  add("notes_module");
  add("module_throws");
  auto server = start();
  EXPECT_EQ(server->call("GET", "/api/v1/plugins", "lane").status, 403);
  const auto list = server->call("GET", "/api/v1/plugins", "tech");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(server->call("GET", "/api/v1/plugins", "admin").body, list.body);
  EXPECT_TRUE(contains(list.body, R"({"error":"","id":"notes_module","routes":["POST /api/v1/plugins/notes_module/notes",)"
                                  R"("GET /api/v1/plugins/notes_module/notes/{id}","GET /api/v1/plugins/notes_module/count",)"
                                  R"("GET /api/v1/plugins/notes_module/echo/{word}","GET /api/v1/plugins/notes_module/hello"],)"
                                  R"("state":"mounted"})"))
      << list.body;
  EXPECT_TRUE(contains(list.body, R"("id":"module_throws")")) << list.body;
  EXPECT_TRUE(contains(list.body, R"("state":"disabled")")) << list.body;
}

// The real database, unreachable while `down` is set, as a lost PostgreSQL server would be.
class FlakyDatabase final : public posserver::db::Database {
 public:
  explicit FlakyDatabase(posserver::db::Database& real) : real_(real) {}
  std::atomic<bool> down{false};

  posserver::db::Dialect dialect() const override { return real_.dialect(); }
  possdk::Status migrate(const std::string& owner, const std::vector<possdk::Migration>& steps) override {
    return real_.migrate(owner, steps);
  }
  bool reachable() override { return !down && real_.reachable(); }
  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) override {
    check();
    return real_.exec(sql, params);
  }
  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) override {
    check();
    return real_.query(sql, params);
  }
  possdk::Status transaction(const std::function<possdk::Status(possdk::Sql&)>& work) override {
    check();
    return real_.transaction([&](possdk::Sql& tx) {
      check();
      return work(tx);
    });
  }

 private:
  void check() const {
    if (down) throw posserver::db::DatabaseUnavailable("cannot connect to the PostgreSQL database: connection refused");
  }
  posserver::db::Database& real_;
};

TEST_P(ServerModules, AnUnreachableDatabaseAnswers503AndLeavesTheModuleMounted) {
  add("notes_module");
  FlakyDatabase flaky(db());
  postest::ModuleServer server(dir(), flaky, config());
  flaky.down = true;
  const auto lost = server.call("POST", "/api/v1/plugins/notes_module/notes", "lane", R"("lost")");
  EXPECT_EQ(lost.status, 503) << lost.body;
  EXPECT_TRUE(contains(lost.body, R"("code":"database_unavailable")")) << lost.body;
  EXPECT_EQ(reportOf(server, "notes_module").state, "mounted");
  flaky.down = false;
  EXPECT_EQ(server.call("POST", "/api/v1/plugins/notes_module/notes", "lane", R"("back")").body, R"({"id":1})");
}

TEST_P(ServerModules, MountedRoutesAppearInTheOpenApiDocument) {
  add("notes_module");
  auto server = start();
  const auto document = server->call("GET", "/api/v1/openapi.json", "");
  ASSERT_EQ(document.status, 200) << document.body;
  EXPECT_TRUE(contains(document.body, "/api/v1/plugins/notes_module/notes/{id}")) << document.body;
  EXPECT_TRUE(contains(document.body, R"("/api/v1/plugins")")) << document.body;
}

TEST_P(ServerModules, AHandlerThatTakesTheServerDownIsQuarantinedAtTheNextStart) {
  GTEST_FLAG_SET(death_test_style, "fast");  // the child must share the fixture's folders
  add("handler_crashes");
  add("notes_module");
  EXPECT_EXIT(
      {
        // A database of the child's own: a connection must not cross a fork.
        auto own = openAnother();
        postest::ModuleServer server(dir(), *own, config());
        server.call("GET", "/api/v1/plugins/handler_crashes/crash", "lane");
      },
      testing::KilledBySignal(SIGSEGV), "");

  auto server = start();
  const auto report = reportOf(*server, "handler_crashes");
  EXPECT_EQ(report.state, "disabled");
  EXPECT_TRUE(contains(report.error, "quarantined")) << report.error;
  const auto quarantined = server->call("GET", "/api/v1/plugins/handler_crashes/fine", "lane");
  EXPECT_EQ(quarantined.status, 503) << quarantined.body;
  EXPECT_TRUE(contains(quarantined.body, "plugin handler_crashes is disabled")) << quarantined.body;
  EXPECT_EQ(server->call("GET", "/api/v1/plugins/notes_module/count", "admin").status, 200);
}

TEST_P(ServerModules, APluginTheHostRefusesIsReportedWithTheHostsReason) {
  add("wrong_abi_binary");
  auto server = start();
  const auto report = reportOf(*server, "wrong_abi_binary");
  EXPECT_EQ(report.state, "disabled");
  EXPECT_TRUE(contains(report.error, "abi")) << report.error;
  EXPECT_EQ(server->call("POST", "/api/v1/plugins/wrong_abi_binary/anything", "lane", "{}").status, 503);
}

}  // namespace

POS_DATABASE_TEST_SUITE(ServerModules);

// The plugin host against real plugin libraries that misbehave one way each
// (tests/plugins). Every fault must name the plugin and the cause, and leave the others running.
#include "poscore/plugins/plugin_host.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <thread>

#include "lane_fixture.hpp"

namespace {
using poscore::PluginState;
using postest::LaneFixture;

const poscore::PluginRecord& record(poscore::Runtime& rt, const std::string& id) {
  const auto* r = rt.plugins().find(id);
  if (!r) throw std::runtime_error("no record for " + id);
  return *r;
}

void rewriteManifest(const std::filesystem::path& dir, const std::string& from, const std::string& to) {
  const auto file = dir / "plugin.json";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text = std::regex_replace(text, std::regex(from), to);
  std::ofstream(file, std::ios::trunc) << text;
}

std::string hostAbi() { return std::to_string(possdk::kAbiMajor) + "." + std::to_string(possdk::kAbiMinor); }

TEST(PluginHost, RunsPluginsInDependencyOrder) {
  LaneFixture lane;
  lane.addPlugin("good_child");
  lane.addPlugin("good_base");
  auto rt = lane.make();
  std::vector<std::string> calls;
  auto sub = rt->bus().subscribe("test.lifecycle", [&](const possdk::BusMessage& m) { calls.push_back(m.payload); });
  rt->start();
  lane.dispatcher.drain();
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running) << record(*rt, "good_base").error;
  EXPECT_EQ(record(*rt, "good_child").state, PluginState::Running) << record(*rt, "good_child").error;
  EXPECT_EQ(calls, (std::vector<std::string>{R"({"init":"good_base"})", R"({"init":"good_child"})",
                                             R"({"start":"good_base"})", R"({"start":"good_child"})"}));
  EXPECT_GT(record(*rt, "good_base").loadTime.count(), 0);
  calls.clear();
  rt->stop();
  lane.dispatcher.drain();
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Stopped);
  EXPECT_EQ(calls, (std::vector<std::string>{R"({"stop":"good_child"})", R"({"stop":"good_base"})"}));
}

// pos-server reaches serverModule() through instance(); a plugin the host destroyed is gone.
TEST(PluginHost, InstanceIsTheCreatedPluginUntilTheHostDestroysIt) {
  LaneFixture lane;
  lane.addPlugin("good_base");
  lane.addPlugin("init_throws");
  auto rt = lane.start();
  EXPECT_NE(rt->plugins().instance("good_base"), nullptr);
  EXPECT_EQ(record(*rt, "init_throws").state, PluginState::Failed);
  EXPECT_EQ(rt->plugins().instance("init_throws"), nullptr);
  EXPECT_EQ(rt->plugins().instance("absent"), nullptr);
}

TEST(PluginHost, ADuplicateFolderDoesNotFailWhatDependsOnTheOriginal) {
  LaneFixture lane;
  const auto first = lane.addPlugin("good_base");
  std::filesystem::copy(first, lane.pluginRoot() / "zz_copy", std::filesystem::copy_options::recursive);
  lane.addPlugin("good_child");
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "good_child").state, PluginState::Running) << record(*rt, "good_child").error;
}

TEST(PluginHost, NewerMinorAbiThanTheHostIsRefused) {
  LaneFixture lane;
  rewriteManifest(lane.addPlugin("good_base"), "\"1.0\"", "\"1.5\"");
  auto rt = lane.start();
  EXPECT_NE(record(*rt, "good_base").error.find("needs SDK ABI 1.5 but this host provides only " + hostAbi() + "; update the host"),
            std::string::npos)
      << record(*rt, "good_base").error;
}

TEST(PluginHost, AnUnreadableEntryInThePluginFolderFailsOnlyItself) {
  LaneFixture lane;
  lane.addPlugin("good_base");
  std::filesystem::create_directory_symlink(lane.pluginRoot() / "loop", lane.pluginRoot() / "loop");
  auto rt = lane.start();
  const auto& loop = record(*rt, "loop");
  EXPECT_EQ(loop.state, PluginState::Failed);
  EXPECT_NE(loop.error.find("discovery: cannot read"), std::string::npos) << loop.error;
  EXPECT_NE(loop.error.find("fix its permissions or remove it"), std::string::npos) << loop.error;
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running);
}

TEST(PluginHost, AConstructorThatThrowsFailsTheLoad) {
  LaneFixture lane;
  lane.addPlugin("ctor_throws");
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "ctor_throws").error, "load: its entry returned no plugin (the plugin's constructor threw)");
}

TEST(PluginHost, AFailedInitLeavesNothingWiredIn) {
  LaneFixture lane;
  lane.addPlugin("init_fails");
  lane.dir.write("dev.json", R"({"steps": [{"expect": "PING", "reply": "PONG"}]})");
  lane.writeConfig(R"({"devices": {"usb": false, "simulators": [{"id": "sim:test-x", "script": "dev.json"}]}})");
  auto rt = lane.start();
  ASSERT_EQ(record(*rt, "init_fails").state, PluginState::Failed);
  ASSERT_EQ(lane.ui.actions.size(), 1u) << "the plugin did register its action";
  EXPECT_EQ(lane.ui.removed, std::vector<std::string>{"init_fails"});
  EXPECT_FALSE(rt->ui().trigger("init_fails", "setup"));
  possdk::UiEvent e;
  e.screen = "setup";
  EXPECT_FALSE(rt->ui().dispatch("init_fails", e));
  for (const auto& d : rt->devices().list()) EXPECT_EQ(d.driver, "") << d.info.id << " kept the failed plugin's driver";
}

TEST(PluginHost, AFailedStartIsUndoneWithStopThenThePluginIsDestroyed) {
  LaneFixture lane;
  lane.addPlugin("start_fails");
  const auto trace = lane.dir / "trace.txt";
  lane.writeConfig(R"({"plugins": {"start_fails": {"trace": ")" + trace.string() + R"("}}})");
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "start_fails").error, "start: the printer did not answer");
  EXPECT_EQ(postest::readFile(trace), "init\nstart\nstop\ndestroyed\n");
  rt.reset();
  EXPECT_EQ(postest::readFile(trace), "init\nstart\nstop\ndestroyed\n") << "nothing may be called after that";
}

TEST(PluginHost, MissingLibraryIsNamed) {
  LaneFixture lane;
  std::filesystem::remove(lane.addPlugin("good_base") / "libgood_base.so");
  lane.addPlugin("init_fails");
  auto rt = lane.start();
  const auto& r = record(*rt, "good_base");
  EXPECT_EQ(r.state, PluginState::Failed);
  EXPECT_NE(r.error.find("libgood_base.so is missing"), std::string::npos) << r.error;
}

TEST(PluginHost, LibraryWithoutEntryIsRefusedWithoutRunningIt) {
  LaneFixture lane;
  lane.addPlugin("no_entry");
  auto rt = lane.start();
  const auto& r = record(*rt, "no_entry");
  EXPECT_EQ(r.state, PluginState::Failed);
  EXPECT_NE(r.error.find("does not export the entry possdk_create_plugin_abi_1; add POSSDK_PLUGIN"), std::string::npos) << r.error;
  EXPECT_EQ(r.loadTime.count(), 0) << "the library must not even be loaded";
}

TEST(PluginHost, AbiMajorMismatchInManifestIsRefused) {
  LaneFixture lane;
  rewriteManifest(lane.addPlugin("good_base"), "\"1.0\"", "\"2.0\"");
  auto rt = lane.start();
  const auto& r = record(*rt, "good_base");
  EXPECT_EQ(r.state, PluginState::Failed);
  EXPECT_NE(r.error.find("built for SDK ABI 2.0 but this host provides " + hostAbi()), std::string::npos) << r.error;
}

TEST(PluginHost, AbiMismatchInBinaryIsCaughtFromItsSymbols) {
  LaneFixture lane;
  lane.addPlugin("wrong_abi_binary");
  auto rt = lane.start();
  const auto& r = record(*rt, "wrong_abi_binary");
  EXPECT_EQ(r.state, PluginState::Failed);
  EXPECT_NE(r.error.find("was built for SDK ABI 2 but this host provides " + hostAbi()), std::string::npos) << r.error;
}

TEST(PluginHost, CorruptAndMissingManifestsFailOnlyTheirPlugin) {
  LaneFixture lane;
  lane.dir.write("plugins/broken/plugin.json", "{\"id\": \"broken\",");
  std::filesystem::remove(lane.addPlugin("init_fails") / "plugin.json");
  lane.addPlugin("good_base");
  auto rt = lane.start();
  EXPECT_NE(record(*rt, "broken").error.find("manifest: "), std::string::npos);
  EXPECT_NE(record(*rt, "broken").error.find("not valid JSON"), std::string::npos);
  EXPECT_NE(record(*rt, "init_fails").error.find("no plugin.json"), std::string::npos) << record(*rt, "init_fails").error;
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running);
}

TEST(PluginHost, DuplicateIdKeepsTheFirstAndNamesBothFolders) {
  LaneFixture lane;
  const auto first = lane.addPlugin("good_base");
  std::filesystem::copy(first, lane.pluginRoot() / "zz_copy", std::filesystem::copy_options::recursive);
  auto rt = lane.start();
  ASSERT_EQ(rt->plugins().plugins().size(), 2u);
  int running = 0, failed = 0;
  for (const auto& r : rt->plugins().plugins()) {
    if (r.state == PluginState::Running) ++running;
    if (r.state == PluginState::Failed) {
      ++failed;
      EXPECT_NE(r.error.find("duplicate plugin id 'good_base'"), std::string::npos) << r.error;
      EXPECT_NE(r.error.find("zz_copy"), std::string::npos);
    }
  }
  EXPECT_EQ(running, 1);
  EXPECT_EQ(failed, 1);
}

TEST(PluginHost, InitThatThrowsIsContained) {
  LaneFixture lane;
  lane.addPlugin("init_throws");
  lane.addPlugin("good_base");
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "init_throws").state, PluginState::Failed);
  EXPECT_EQ(record(*rt, "init_throws").error, "init threw: scale calibration table missing");
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running);
}

TEST(PluginHost, InitFailureFailsItsDependents) {
  LaneFixture lane;
  lane.addPlugin("init_fails");
  rewriteManifest(lane.addPlugin("good_child"), "good_base>=1.0.0", "init_fails");
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "init_fails").error,
            "init: setting 'endpoint' is empty; set plugins.init_fails.endpoint");
  const auto& child = record(*rt, "good_child");
  EXPECT_EQ(child.state, PluginState::Failed);
  EXPECT_NE(child.error.find("requires 'init_fails', which is failed"), std::string::npos) << child.error;
}

TEST(PluginHost, MissingDependencyAndCycleAreRefused) {
  LaneFixture lane;
  lane.addPlugin("good_child");  // needs good_base, which is not there
  auto rt = lane.start();
  EXPECT_NE(record(*rt, "good_child").error.find("requires plugin 'good_base', which is not installed"), std::string::npos);

  LaneFixture cyclic;
  cyclic.addPlugin("good_child");
  rewriteManifest(cyclic.addPlugin("good_base"), "\"requires\": \\[\\]", "\"requires\": [\"good_child\"]");
  auto rt2 = cyclic.start();
  EXPECT_NE(record(*rt2, "good_base").error.find("dependency cycle: good_base -> good_child -> good_base"), std::string::npos)
      << record(*rt2, "good_base").error;
  EXPECT_EQ(record(*rt2, "good_child").state, PluginState::Failed);
}

TEST(PluginHost, LibrariesStayLoadedAfterTheHostIsGone) {
  LaneFixture lane;
  const auto lib = lane.addPlugin("good_base") / "libgood_base.so";
  lane.start().reset();
  void* handle = ::dlopen(lib.c_str(), RTLD_NOW | RTLD_NOLOAD);
  EXPECT_NE(handle, nullptr);
  if (handle) ::dlclose(handle);
}

// Runs posctl over the lane until the plugin is inside `step`, then kills it, as a technician
// would a shell that froze. False when it never got there.
bool killWhileInsidePlugin(LaneFixture& lane, const std::string& pluginId, const std::string& step) {
  const pid_t child = ::fork();
  if (child == 0) {
    const int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 1);
    ::dup2(devnull, 2);
    ::execl(POSCTL_PATH, "posctl", "--plugins", lane.pluginRoot().c_str(), "--data-dir", lane.dataDir().c_str(),
            "plugins", "list", "--init", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  auto inside = [&] {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(lane.dataDir(), ec)) {
      if (e.path().extension() == ".marker" && postest::readFile(e.path()) == pluginId + "\n" + step + "\n") return true;
    }
    return false;
  };
  bool reached = false;
  for (int i = 0; i < 3000 && !(reached = inside()); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  return reached;
}

TEST(PluginHost, AHungPluginKilledByHandIsQuarantinedAtTheNextStart) {
  LaneFixture lane;
  lane.addPlugin("init_hangs");
  lane.addPlugin("good_base");
  ASSERT_TRUE(killWhileInsidePlugin(lane, "init_hangs", "init")) << "posctl never reached the plugin's init";
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "init_hangs").state, PluginState::Quarantined);
  ASSERT_EQ(rt->plugins().notices().size(), 1u);
  EXPECT_NE(rt->plugins().notices()[0].find("'init_hangs' took the process down during init"), std::string::npos);
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running);
}

TEST(PluginHost, ACrashWhileLoadingTheLibraryIsQuarantined) {
  LaneFixture lane;
  lane.addPlugin("load_crashes");
  const std::string posctl = std::string(POSCTL_PATH) + " --plugins " + lane.pluginRoot().string() + " --data-dir " +
                             lane.dataDir().string();
  ASSERT_NE(std::system((posctl + " plugins list --init >/dev/null 2>&1").c_str()), 0);
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "load_crashes").state, PluginState::Quarantined);
  ASSERT_EQ(rt->plugins().notices().size(), 1u);
  EXPECT_NE(rt->plugins().notices()[0].find("during load"), std::string::npos);
}

TEST(PluginHost, ACrashInADriversProbeIsPutOnThePluginThatBroughtIt) {
  LaneFixture lane;
  lane.addPlugin("probe_crashes");
  lane.addPlugin("good_base");
  lane.dir.write("dev.json", R"({"steps": [{"expect": "PING", "reply": "PONG"}]})");
  lane.writeConfig(R"({"devices": {"usb": false, "simulators": [{"id": "sim:test-x", "script": "dev.json"}]}})");
  const std::string posctl = std::string(POSCTL_PATH) + " --config " + lane.config.string() + " --plugins " +
                             lane.pluginRoot().string() + " --data-dir " + lane.dataDir().string();
  ASSERT_NE(std::system((posctl + " plugins list --init >/dev/null 2>&1").c_str()), 0);
  auto rt = lane.start();
  EXPECT_EQ(record(*rt, "probe_crashes").state, PluginState::Quarantined);
  ASSERT_EQ(rt->plugins().notices().size(), 1u);
  EXPECT_NE(rt->plugins().notices()[0].find("driver 'crashing-probe' of plugin 'probe_crashes' in supported()"),
            std::string::npos)
      << rt->plugins().notices()[0];
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running);
}

TEST(PluginHost, CrashDuringInitQuarantinesThePluginAtTheNextStart) {
  LaneFixture lane;
  lane.addPlugin("init_crashes");
  lane.addPlugin("good_base");
  const std::string posctl = std::string(POSCTL_PATH) + " --plugins " + lane.pluginRoot().string() + " --data-dir " +
                             lane.dataDir().string();
  const int status = std::system((posctl + " plugins list --init >/dev/null 2>&1").c_str());
  ASSERT_NE(status, 0) << "the crashing plugin should have taken posctl down";

  auto rt = lane.start();
  const auto& r = record(*rt, "init_crashes");
  EXPECT_EQ(r.state, PluginState::Quarantined);
  EXPECT_NE(r.error.find("posctl plugins release init_crashes"), std::string::npos);
  ASSERT_EQ(rt->plugins().notices().size(), 1u);
  EXPECT_NE(rt->plugins().notices()[0].find("'init_crashes' took the process down during init"), std::string::npos);
  EXPECT_EQ(record(*rt, "good_base").state, PluginState::Running);
  rt.reset();

  EXPECT_EQ(std::system((posctl + " plugins release init_crashes >/dev/null").c_str()), 0);
  poscore::CrashGuard after(lane.dataDir());
  EXPECT_FALSE(after.isQuarantined("init_crashes"));
}

TEST(CrashGuard, OnlyMarkersOfProcessesThatAreGoneCountAsCrashes) {
  postest::TempDir state;
  const pid_t gone = ::fork();
  if (gone == 0) ::_exit(0);
  ::waitpid(gone, nullptr, 0);
  state.write("plugin-call." + std::to_string(gone) + ".marker", "face\ninit\n");
  // A lane's shell still running beside this process: its marker is a call in progress.
  state.write("plugin-call." + std::to_string(::getppid()) + ".marker", "points\nstart\n");

  poscore::CrashGuard guard(state.path());
  EXPECT_TRUE(guard.isQuarantined("face"));
  EXPECT_FALSE(guard.isQuarantined("points"));
  ASSERT_EQ(guard.notices().size(), 1u);
  EXPECT_NE(guard.notices()[0].find("during init"), std::string::npos);

  poscore::CrashGuard nextStart(state.path());
  EXPECT_TRUE(nextStart.isQuarantined("face")) << "quarantine must persist until released";
  EXPECT_TRUE(nextStart.notices().empty()) << "the crash is announced once";
  EXPECT_TRUE(nextStart.release("face"));
  EXPECT_FALSE(nextStart.release("face"));
}

}  // namespace

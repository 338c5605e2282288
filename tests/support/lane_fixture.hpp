#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "poscore/dispatcher.hpp"
#include "poscore/runtime.hpp"
#include "poscore/ui_backend.hpp"
#include "temp_dir.hpp"

namespace postest {

// Remembers what plugins asked the UI to do, as the shell would show it.
struct RecordingUi final : poscore::UiBackend {
  struct Shown {
    std::string plugin;
    possdk::Screen screen;
  };
  void addAction(const std::string& plugin, const possdk::Action& a) override {
    actions.emplace_back(plugin, a.id);
    labels.push_back(a.label);
  }
  void show(const std::string& plugin, const possdk::Screen& s) override { shown.push_back({plugin, s}); }
  void close(const std::string& plugin, const std::string& id) override { closed.emplace_back(plugin, id); }
  void removePlugin(const std::string& plugin) override { removed.push_back(plugin); }

  std::vector<std::pair<std::string, std::string>> actions;
  std::vector<std::string> labels;
  std::vector<Shown> shown;
  std::vector<std::pair<std::string, std::string>> closed;
  std::vector<std::string> removed;
};

// A lane in a temporary folder: its own data dir, plugin root and settings file, with copies of
// whichever built plugins a test asks for.
class LaneFixture {
 public:
  std::filesystem::path pluginRoot() const { return dir / "plugins"; }
  std::filesystem::path dataDir() const { return dir / "data"; }

  // Copies <from>/<id> into the lane's plugin root and returns the copy's folder.
  std::filesystem::path addPlugin(const std::string& id, const std::filesystem::path& from = POS_TEST_PLUGIN_DIR) const {
    const auto target = pluginRoot() / id;
    std::filesystem::create_directories(pluginRoot());
    std::filesystem::copy(from / id, target,
                          std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
    return target;
  }

  void writeConfig(const std::string& json) { config = dir.write("pos.json", json); }

  poscore::RuntimeOptions options() const {
    poscore::RuntimeOptions o;
    o.configFile = config;
    o.dataDir = dataDir();
    o.pluginRoots = {pluginRoot()};
    o.mode = "headless";
    return o;
  }

  std::unique_ptr<poscore::Runtime> make() { return std::make_unique<poscore::Runtime>(options(), dispatcher, ui); }

  // A runtime started up to `last`, with the dispatcher drained once.
  std::unique_ptr<poscore::Runtime> start(const std::string& last = "start") {
    auto rt = make();
    rt->start(last);
    dispatcher.drain();
    return rt;
  }

  TempDir dir;
  std::filesystem::path config;
  poscore::QueueDispatcher dispatcher;
  RecordingUi ui;
};

}  // namespace postest

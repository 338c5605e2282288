#include "headless_session.hpp"

#include "poscore/layout.hpp"

namespace posctl {

poscore::RuntimeOptions runtimeOptions(const GlobalOptions& options) {
  const auto layout = poscore::Layout::fromExecutable();
  poscore::RuntimeOptions ro;
  ro.configFile = options.config;
  for (const auto& d : options.pluginDirs) ro.pluginRoots.emplace_back(d);
  ro.dataDir = options.dataDir;
  // Without a settings file the lane is this installation's own: its plugins, its data folder.
  if (options.config.empty()) {
    if (ro.pluginRoots.empty()) ro.pluginRoots.push_back(layout.plugins);
    if (ro.dataDir.empty()) ro.dataDir = layout.dataDir;
  }
  ro.serialPorts = options.serialPorts;
  ro.localeDir = layout.locale;
  ro.mode = "headless";
  return ro;
}

HeadlessSession::HeadlessSession(const GlobalOptions& options, const std::string& lastStep) {
  runtime_ = std::make_unique<poscore::Runtime>(runtimeOptions(options), dispatcher_, ui_);
  runtime_->start(lastStep);
  dispatcher_.drain();
}

HeadlessSession::~HeadlessSession() {
  runtime_->stop();
  dispatcher_.drain();
}

}  // namespace posctl

#include "headless_session.hpp"

namespace posctl {

HeadlessSession::HeadlessSession(const GlobalOptions& options, const std::string& lastStep) {
  poscore::RuntimeOptions ro;
  ro.configFile = options.config;
  if (!options.dataDir.empty()) ro.dataDir = options.dataDir;
  for (const auto& d : options.pluginDirs) ro.pluginRoots.emplace_back(d);
  ro.serialPorts = options.serialPorts;
  ro.mode = "headless";
  runtime_ = std::make_unique<poscore::Runtime>(ro, dispatcher_, ui_);
  runtime_->start(lastStep);
  dispatcher_.drain();
}

HeadlessSession::~HeadlessSession() {
  runtime_->stop();
  dispatcher_.drain();
}

}  // namespace posctl

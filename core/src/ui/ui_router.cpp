#include "poscore/ui/ui_router.hpp"

#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"

namespace poscore {

// The Ui a plugin sees: everything it registers is keyed by its id, so plugins cannot reach into
// each other's screens or actions.
class PluginUi final : public possdk::Ui {
 public:
  PluginUi(UiRouter& router, std::string pluginId) : router_(router), id_(std::move(pluginId)) {}

  void addAction(possdk::Action action) override {
    router_.actions_[{id_, action.id}] = action.onTrigger;
    router_.backend_.addAction(id_, action);
  }
  void show(const possdk::Screen& screen) override { router_.backend_.show(id_, screen); }
  void close(const std::string& screenId) override { router_.backend_.close(id_, screenId); }
  void onEvent(const std::string& screenId, std::function<void(const possdk::UiEvent&)> handler) override {
    router_.handlers_[{id_, screenId}] = std::move(handler);
  }

 private:
  UiRouter& router_;
  std::string id_;
};

namespace {
// Plugin handlers run inside the shell's event loop; an exception must not take the shell down.
// The handler is a copy: it may replace its own registration while it runs.
void runPluginCode(const std::string& pluginId, const std::string& what, std::function<void()> code) {
  auto done = callPlugin(pluginId, what, code);
  if (!done) LogSink::instance().write(possdk::LogLevel::Error, pluginId, done.error());
}
}  // namespace

std::unique_ptr<possdk::Ui> UiRouter::facadeFor(const std::string& pluginId) {
  return std::make_unique<PluginUi>(*this, pluginId);
}

bool UiRouter::dispatch(const std::string& pluginId, const possdk::UiEvent& event) {
  const auto it = handlers_.find({pluginId, event.screen});
  if (it == handlers_.end() || !it->second) return false;
  runPluginCode(pluginId, "the event handler of screen '" + event.screen + "'",
                [handler = it->second, &event] { handler(event); });
  return true;
}

bool UiRouter::trigger(const std::string& pluginId, const std::string& actionId) {
  const auto it = actions_.find({pluginId, actionId});
  if (it == actions_.end() || !it->second) return false;
  runPluginCode(pluginId, "action '" + actionId + "'", it->second);
  return true;
}

void UiRouter::forget(const std::string& pluginId) {
  std::erase_if(handlers_, [&](const auto& h) { return h.first.first == pluginId; });
  std::erase_if(actions_, [&](const auto& a) { return a.first.first == pluginId; });
  backend_.removePlugin(pluginId);
}

}  // namespace poscore

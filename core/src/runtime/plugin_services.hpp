#pragma once
#include <atomic>
#include <memory>

#include "poscore/plugins/manifest.hpp"
#include "poscore/services/audit_log.hpp"
#include "poscore/services/plugin_settings.hpp"
#include "poscore/services/plugin_storage.hpp"
#include "possdk/host.hpp"

namespace poscore {

class Runtime;

// The Host one plugin is lent: every service scoped to the plugin's id.
class PluginServices final : public possdk::Host {
 public:
  // `alive` is set until the plugin's stop() has returned (the runtime clears it then, this
  // destructor at the latest): direct-call answers and timers check it on the UI thread.
  PluginServices(Runtime& runtime, AuditLog& audit, const Manifest& manifest, std::shared_ptr<std::atomic<bool>> alive);
  // Unhooks what the plugin registered (actions, screen handlers, drivers, language handlers), so a
  // plugin that failed or has gone is never called again.
  ~PluginServices() override;
  PluginServices(const PluginServices&) = delete;
  PluginServices& operator=(const PluginServices&) = delete;

  const possdk::PluginContext& context() const override { return context_; }
  possdk::Logger& log() override { return *logger_; }
  possdk::Settings& settings() override { return settings_; }
  possdk::Storage& storage() override { return storage_; }
  possdk::EventBus& events() override { return *events_; }
  possdk::Ui& ui() override { return *ui_; }
  possdk::Devices& devices() override { return *devices_; }
  possdk::ServerClient& server() override { return *server_; }
  possdk::Clock& clock() override { return clock_; }
  possdk::Audit& audit() override { return *audit_; }
  possdk::Translator& i18n() override { return *i18n_; }
  possdk::Checkout& checkout() override { return *checkout_; }
  possdk::Result<std::string> approveSupervisor(const std::string& staffId, const std::string& pin) override;
  std::unique_ptr<possdk::Subscription> schedule(std::chrono::milliseconds delay, std::function<void()> work) override;

 private:
  Runtime& runtime_;
  AuditLog& auditLog_;
  std::shared_ptr<std::atomic<bool>> alive_;
  possdk::PluginContext context_;
  std::unique_ptr<possdk::Logger> logger_;
  PluginSettings settings_;
  PluginStorage storage_;
  std::unique_ptr<possdk::EventBus> events_;
  std::unique_ptr<possdk::Ui> ui_;
  std::unique_ptr<possdk::Devices> devices_;
  std::unique_ptr<possdk::ServerClient> server_;
  possdk::Clock& clock_;
  std::unique_ptr<possdk::Audit> audit_;
  std::unique_ptr<possdk::Translator> i18n_;
  std::unique_ptr<possdk::Checkout> checkout_;
};

}  // namespace poscore

#pragma once
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "possdk/audit.hpp"
#include "possdk/checkout.hpp"
#include "possdk/clock.hpp"
#include "possdk/device.hpp"
#include "possdk/event_bus.hpp"
#include "possdk/i18n.hpp"
#include "possdk/logger.hpp"
#include "possdk/server_client.hpp"
#include "possdk/settings.hpp"
#include "possdk/storage.hpp"
#include "possdk/ui.hpp"

namespace possdk {

struct PluginContext {
  std::string id;
  std::string version;
  std::string directory;  // the plugin's folder: plugin.json, its library, assets, locale/
  std::string mode;       // the shell mode at start: "counter", "self-checkout", ... or "headless"
};

// Everything the host lends a plugin. References stay valid until the plugin's stop() returns.
class Host {
 public:
  virtual ~Host() = default;
  virtual const PluginContext& context() const = 0;
  virtual Logger& log() = 0;
  virtual Settings& settings() = 0;
  virtual Storage& storage() = 0;
  virtual EventBus& events() = 0;
  virtual Ui& ui() = 0;
  virtual Devices& devices() = 0;
  virtual ServerClient& server() = 0;
  virtual Clock& clock() = 0;
  virtual Audit& audit() = 0;
  virtual Translator& i18n() = 0;
  // Since ABI 1.1.
  virtual Checkout& checkout() = 0;
  // Since ABI 1.3. Checks a supervisor's staff id and PIN against the lane's staff, with the same
  // rules as an approval at the counter (wrong PINs count towards the lockout). Answers the
  // supervisor's name, or why not in the lane's language. The host audits every attempt.
  virtual Result<std::string> approveSupervisor(const std::string& staffId, const std::string& pin) = 0;
  // Since ABI 1.3. Runs `work` once on the UI thread after `delay` (a settle timeout, a prompt that
  // clears itself). Dropping the returned handle before then cancels it; nothing runs after the
  // plugin's stop() returns.
  virtual std::unique_ptr<Subscription> schedule(std::chrono::milliseconds delay, std::function<void()> work) = 0;
};

}  // namespace possdk

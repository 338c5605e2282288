#pragma once
#include <boost/dll/alias.hpp>
#include <memory>

#include "possdk/abi.hpp"
#include "possdk/host.hpp"
#include "possdk/server_module.hpp"
#include "possdk/status.hpp"

namespace possdk {

// A plugin. The host calls init once (register drivers, screens, actions, migrations), then start,
// and stop at shutdown, all on the UI thread. Errors come back as Status, never as exceptions.
// A plugin whose init fails is destroyed without start or stop; one whose start fails gets stop()
// to undo what it began, then is destroyed. Either way nothing it registered stays in the host, and
// the destructor must release whatever stop() would.
class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual Status init(Host& host) = 0;
  virtual Status start() = 0;
  virtual void stop() noexcept = 0;
  // The plugin's part of pos-server, or null when it has none. pos-server creates the plugin and
  // calls this without init() (see server_module.hpp), so a module must not need the Host; the
  // plugin owns the module, which lives as long as the plugin.
  virtual ServerModule* serverModule() { return nullptr; }
};

using PluginFactory = Plugin* () noexcept;

}  // namespace possdk

// Exports the plugin's factory under the ABI-versioned entry symbol. Use once per plugin library:
//   POSSDK_PLUGIN(MyPlugin)
#define POSSDK_PLUGIN(PluginClass)                                    \
  namespace {                                                         \
  ::possdk::Plugin* possdk_make_plugin() noexcept {                   \
    try {                                                             \
      return new PluginClass();                                       \
    } catch (...) {                                                   \
      return nullptr;                                                 \
    }                                                                 \
  }                                                                   \
  }                                                                   \
  BOOST_DLL_ALIAS(possdk_make_plugin, POSSDK_ENTRY_NAME)

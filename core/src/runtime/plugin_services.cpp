#include "plugin_services.hpp"

#include "poscore/runtime.hpp"
#include "poscore/services/log.hpp"

namespace poscore {

PluginServices::PluginServices(Runtime& runtime, AuditLog& audit, const Manifest& manifest)
    : runtime_(runtime),
      context_{manifest.id, manifest.version, manifest.dir.string(), runtime.options().mode},
      logger_(makeLogger(manifest.id)),
      settings_(runtime.config(), runtime.laneDb(), manifest.id),
      storage_(runtime.laneDb(), manifest.id),
      events_(runtime.bus().facadeFor(manifest.id)),
      ui_(runtime.ui().facadeFor(manifest.id)),
      devices_(runtime.devices().facadeFor(manifest.id, manifest.devices)),
      server_(runtime.outbox().facadeFor(manifest.id)),
      clock_(runtime.clock()),
      audit_(audit.facadeFor(manifest.id)),
      checkout_(runtime.checkout().facadeFor(manifest.id)) {
  runtime.catalogs().addDomain(manifest.id, manifest.dir / "locale");
  i18n_ = runtime.catalogs().facadeFor(manifest.id);
}

PluginServices::~PluginServices() {
  runtime_.ui().forget(context_.id);
  runtime_.catalogs().forget(context_.id);
  runtime_.devices().forgetDriversOf(context_.id);
  runtime_.checkout().forget(context_.id);
}

possdk::Result<std::string> PluginServices::approveSupervisor(const std::string&, const std::string&) {
  return possdk::Result<std::string>::fail("supervisor approval is not available to plugins on this lane yet");
}

std::unique_ptr<possdk::Subscription> PluginServices::schedule(std::chrono::milliseconds, std::function<void()>) {
  return nullptr;
}

}  // namespace poscore

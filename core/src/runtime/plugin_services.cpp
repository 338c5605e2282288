#include "plugin_services.hpp"

#include "poscore/counter/supervisor_approval.hpp"
#include "poscore/runtime.hpp"
#include "poscore/services/log.hpp"

namespace poscore {

PluginServices::PluginServices(Runtime& runtime, AuditLog& audit, const Manifest& manifest,
                               std::shared_ptr<std::atomic<bool>> alive)
    : runtime_(runtime),
      auditLog_(audit),
      alive_(std::move(alive)),
      context_{manifest.id, manifest.version, manifest.dir.string(), runtime.options().mode},
      logger_(makeLogger(manifest.id)),
      settings_(runtime.config(), runtime.laneDb(), manifest.id),
      storage_(runtime.laneDb(), manifest.id),
      events_(runtime.bus().facadeFor(manifest.id)),
      ui_(runtime.ui().facadeFor(manifest.id)),
      devices_(runtime.devices().facadeFor(manifest.id, manifest.devices)),
      server_(runtime.outbox().facadeFor(
          manifest.id,
          [&direct = runtime.directCalls(), id = manifest.id, alive = alive_](
              const std::string& method, const std::string& path, const std::string& body,
              std::chrono::milliseconds timeout, std::function<void(possdk::Result<possdk::ServerReply>)> done) {
            direct.request(id, alive, method, path, body, timeout, std::move(done));
          })),
      clock_(runtime.clock()),
      audit_(audit.facadeFor(manifest.id)),
      checkout_(runtime.checkout().facadeFor(manifest.id)) {
  runtime.catalogs().addDomain(manifest.id, manifest.dir / "locale");
  i18n_ = runtime.catalogs().facadeFor(manifest.id);
}

PluginServices::~PluginServices() {
  *alive_ = false;
  runtime_.ui().forget(context_.id);
  runtime_.catalogs().forget(context_.id);
  runtime_.devices().forgetDriversOf(context_.id);
  runtime_.checkout().forget(context_.id);
}

possdk::Result<std::string> PluginServices::approveSupervisor(const std::string& staffId, const std::string& pin) {
  return counter::approveForPlugin(runtime_.staff(), auditLog_, &runtime_.catalogs(), context_.id, staffId, pin);
}

std::unique_ptr<possdk::Subscription> PluginServices::schedule(std::chrono::milliseconds delay, std::function<void()> work) {
  return runtime_.timers().schedule(delay, std::move(work), alive_);
}

}  // namespace poscore

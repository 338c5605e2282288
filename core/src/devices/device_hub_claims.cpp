// DeviceHub: claiming devices and what claims report back.
#include "device_claim.hpp"

namespace poscore {

namespace {

std::string noDriverMessage(const std::string& id, const std::string& problems) {
  return "device '" + id + "' has no driver (" +
         (problems.empty() ? "no registered driver matches it and says it is supported" : problems) +
         "); install the plugin that drives it, or check its settings";
}

}  // namespace

possdk::Result<std::shared_ptr<possdk::DeviceHandle>> DeviceHub::claim(
    const std::string& claimant, const std::string& deviceId, std::function<void(const possdk::DeviceEvent&)> onEvent) {
  using R = possdk::Result<std::shared_ptr<possdk::DeviceHandle>>;
  std::lock_guard transports(transportMutex_);
  std::shared_ptr<Claim> claim;
  DriverChoice driver;
  Found found;
  {
    std::lock_guard lock(mutex_);
    if (shutDown_) return R::fail("device '" + deviceId + "' cannot be claimed: the lane is shutting down");
    Entry* entry = find(deviceId);
    if (!entry) return R::fail("no device '" + deviceId + "'; run `posctl devices` to list what is attached");
    if (!entry->claimant.empty()) {
      return R::fail("device '" + deviceId + "' is already claimed by plugin '" + entry->claimant +
                     "'; it must release the device first");
    }
    if (!entry->driver.driver) return R::fail(noDriverMessage(deviceId, entry->driver.problems));
    claim = std::make_shared<Claim>(shared_from_this(), entry->info, claimant, std::move(onEvent));
    entry->claimant = claimant;
    entry->claim = claim;
    entry->error.clear();
    driver = entry->driver;
    found = {entry->info, entry->source};
  }
  auto started = claim->start(driver, found.source->transportFor(found.info));
  if (!started) {
    endClaim(claim.get(), deviceId, started.error());
    return R::fail(started.error());
  }
  markStarted(claim.get(), deviceId);
  return std::shared_ptr<possdk::DeviceHandle>(std::make_shared<ClaimHandle>(claim));
}

bool DeviceHub::holds(const Entry& entry, const Claim* claim) const { return entry.claim.lock().get() == claim; }

void DeviceHub::markStarted(const Claim* claim, const std::string& id) {
  {
    std::lock_guard lock(mutex_);
    Entry* e = find(id);
    // An Error event while enabling already moved it on.
    if (e && holds(*e, claim) && e->state == possdk::DeviceState::Closed) e->state = possdk::DeviceState::Idle;
  }
  notifyChanged();
}

void DeviceHub::endClaim(const Claim* claim, const std::string& id, const std::string& problem) {
  {
    std::lock_guard lock(mutex_);
    Entry* e = find(id);
    if (!e || !holds(*e, claim)) return;
    e->claimant.clear();
    e->claim.reset();
    e->state = possdk::DeviceState::Closed;
    e->busyCalls = 0;
    e->error = problem;
    if (!e->present) std::erase_if(entries_, [&](const Entry& x) { return x.info.id == id; });
  }
  notifyChanged();
}

void DeviceHub::noteEvent(const Claim* claim, const std::string& id, const possdk::DeviceEvent& event) {
  if (event.kind != possdk::DeviceEventKind::Error) return;
  noteProblem(claim, id, event.name + (event.payload.empty() ? "" : " " + event.payload));
}

void DeviceHub::noteProblem(const Claim* claim, const std::string& id, const std::string& problem) {
  {
    std::lock_guard lock(mutex_);
    Entry* e = find(id);
    if (!e || !holds(*e, claim)) return;
    e->state = possdk::DeviceState::Error;
    e->error = problem;
  }
  notifyChanged();
}

void DeviceHub::markOnline(const Claim* claim, const std::string& id) {
  {
    std::lock_guard lock(mutex_);
    Entry* e = find(id);
    if (!e || !holds(*e, claim)) return;
    e->state = possdk::DeviceState::Idle;
    e->error.clear();
  }
  notifyChanged();
}

void DeviceHub::markBusy(const Claim* claim, const std::string& id, bool busy) {
  std::lock_guard lock(mutex_);
  Entry* e = find(id);
  if (!e || !holds(*e, claim)) return;
  e->busyCalls += busy ? 1 : -1;
  if (e->state == possdk::DeviceState::Error) return;
  e->state = e->busyCalls > 0 ? possdk::DeviceState::Busy : possdk::DeviceState::Idle;
}

}  // namespace poscore

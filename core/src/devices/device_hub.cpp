#include "poscore/devices/device_hub.hpp"

#include <algorithm>

#include "device_claim.hpp"

namespace poscore {

namespace {

std::string joined(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "; " + b;
}

}  // namespace

std::shared_ptr<DeviceHub> DeviceHub::create(Dispatcher& dispatcher,
                                             std::vector<std::unique_ptr<DeviceSource>> sources) {
  std::shared_ptr<DeviceHub> hub(new DeviceHub(dispatcher, std::move(sources)));
  for (auto& source : hub->sources_) {
    source->watch([weak = std::weak_ptr<DeviceHub>(hub)] {
      if (auto self = weak.lock()) self->scan();
    });
  }
  return hub;
}

DeviceHub::DeviceHub(Dispatcher& dispatcher, std::vector<std::unique_ptr<DeviceSource>> sources)
    : dispatcher_(dispatcher), sources_(std::move(sources)) {}

DeviceHub::~DeviceHub() {
  for (auto& source : sources_) source->unwatch();
}

void DeviceHub::shutdown() {
  for (auto& source : sources_) source->unwatch();
  std::lock_guard lock(postMutex_);
  shutDown_ = true;
}

void DeviceHub::registerDriver(const std::string& ownerPluginId, std::shared_ptr<possdk::DeviceDriver> driver) {
  drivers_.add(ownerPluginId, std::move(driver));
}

void DeviceHub::forgetDriversOf(const std::string& ownerPluginId) {
  drivers_.removeOwnedBy(ownerPluginId);
  {
    std::lock_guard lock(mutex_);
    for (auto& entry : entries_) {
      if (entry.claimant.empty() && entry.driver.owner == ownerPluginId) {
        entry.driver = {};
        entry.probedAt.reset();
      }
    }
  }
  notifyChanged();
}

void DeviceHub::onChange(std::function<void()> handler) {
  std::lock_guard lock(mutex_);
  handlers_.push_back(std::move(handler));
}

DeviceHub::Entry* DeviceHub::find(const std::string& id) {
  auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.info.id == id; });
  return it == entries_.end() ? nullptr : &*it;
}

const DeviceHub::Entry* DeviceHub::find(const std::string& id) const { return const_cast<DeviceHub*>(this)->find(id); }

std::vector<possdk::DeviceStatus> DeviceHub::list() const {
  std::lock_guard lock(mutex_);
  std::vector<possdk::DeviceStatus> result;
  for (const auto& e : entries_) {
    result.push_back({e.info, e.driver.name, e.claimant, e.state, joined(e.error, e.driver.problems)});
  }
  return result;
}

possdk::DeviceState DeviceHub::stateOf(const std::string& id) const {
  std::lock_guard lock(mutex_);
  const Entry* e = find(id);
  return e ? e->state : possdk::DeviceState::Closed;
}

// ---- scanning ----

std::vector<DeviceHub::Found> DeviceHub::enumerateSources() const {
  std::vector<Found> found;
  for (const auto& source : sources_) {
    for (auto& info : source->enumerate()) {
      // The same id from two places (a port in the settings and on the command line): first wins.
      const bool seen = std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.info.id == info.id; });
      if (!seen) found.push_back({std::move(info), source.get()});
    }
  }
  return found;
}

void DeviceHub::scan() {
  std::lock_guard transports(transportMutex_);
  const auto changes = reconcile(enumerateSources());
  probe(changes);
  for (const auto& claim : changes.offline) claim->goOffline();
  for (const auto& claim : changes.online) claim->comeBack();
  notifyChanged();
}

DeviceHub::Reconciled DeviceHub::reconcile(const std::vector<Found>& found) {
  Reconciled changes;
  changes.generation = drivers_.generation();
  std::lock_guard lock(mutex_);
  auto isFound = [&](const Entry& e) {
    return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.info.id == e.info.id; });
  };
  for (auto& entry : entries_) {
    if (!isFound(entry)) markGone(entry, changes);
  }
  // Free devices that are gone are forgotten; claimed ones stay listed, offline, for their claimant.
  std::erase_if(entries_, [&](const Entry& e) { return !isFound(e) && e.claimant.empty(); });
  for (const auto& f : found) {
    Entry* entry = find(f.info.id);
    if (!entry) {
      entry = &entries_.emplace_back();
      entry->info = f.info;
      entry->source = f.source;
    }
    if (!entry->present) {
      entry->present = true;
      if (auto claim = entry->claim.lock()) changes.online.push_back(claim);
    }
    if (entry->claimant.empty() && entry->probedAt != changes.generation) changes.toProbe.push_back(f);
  }
  return changes;
}

void DeviceHub::markGone(Entry& entry, Reconciled& changes) {
  if (entry.claimant.empty() || !entry.present) return;
  entry.present = false;
  entry.state = possdk::DeviceState::Error;
  entry.error = "offline: the device was disconnected; plug it back in";
  if (auto claim = entry.claim.lock()) changes.offline.push_back(claim);
}

void DeviceHub::probe(const Reconciled& changes) {
  for (const auto& f : changes.toProbe) {
    auto choice = drivers_.choose(f.info, [&] { return f.source->transportFor(f.info); });
    std::lock_guard lock(mutex_);
    Entry* entry = find(f.info.id);
    if (!entry || !entry->claimant.empty()) continue;
    entry->probedAt = choice.retry ? std::nullopt : std::optional(changes.generation);
    entry->driver = std::move(choice);
  }
}

// ---- notifications ----

void DeviceHub::post(std::function<void()> work) {
  std::lock_guard lock(postMutex_);
  if (!shutDown_) dispatcher_.post(std::move(work));
}

void DeviceHub::notifyChanged() {
  post([weak = weak_from_this()] {
    if (auto self = weak.lock()) self->runChangeHandlers();
  });
}

void DeviceHub::runChangeHandlers() {
  std::vector<std::function<void()>> handlers;
  {
    std::lock_guard lock(mutex_);
    handlers = handlers_;
  }
  for (const auto& handler : handlers) handler();
}

}  // namespace poscore

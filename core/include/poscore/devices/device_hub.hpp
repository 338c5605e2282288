#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "poscore/devices/device_source.hpp"
#include "poscore/devices/driver_registry.hpp"
#include "poscore/dispatcher.hpp"
#include "possdk/device.hpp"

namespace poscore {

class Claim;

// The devices found on every source, the driver each got, and who has claimed it (UnifiedPOS
// arbitration: one claimant per device). Shared with the handles and plugin views it hands
// out, so they stay valid whatever order things are destroyed in. DeviceManager wraps one.
class DeviceHub : public std::enable_shared_from_this<DeviceHub> {
 public:
  // Starts watching the sources for hotplug; each change runs scan() on the source's thread.
  static std::shared_ptr<DeviceHub> create(Dispatcher& dispatcher, std::vector<std::unique_ptr<DeviceSource>> sources);
  ~DeviceHub();
  DeviceHub(const DeviceHub&) = delete;
  DeviceHub& operator=(const DeviceHub&) = delete;

  void registerDriver(const std::string& ownerPluginId, std::shared_ptr<possdk::DeviceDriver> driver);
  // Drops the plugin's drivers; free devices they drove lose their driver until the next scan.
  void forgetDriversOf(const std::string& ownerPluginId);
  // Enumerates the sources, probes drivers for free devices that are new or have new drivers
  // to try, takes claimed devices that vanished offline and brings back those that returned.
  void scan();
  std::vector<possdk::DeviceStatus> list() const;
  possdk::Result<std::shared_ptr<possdk::DeviceHandle>> claim(const std::string& claimant, const std::string& deviceId,
                                                              std::function<void(const possdk::DeviceEvent&)> onEvent);
  void onChange(std::function<void()> handler);
  // Stops hotplug and all posting to the dispatcher (which may go away next). Handles still held
  // keep working until released; new claims are refused. Call before dropping the last reference.
  void shutdown();

 private:
  friend class Claim;
  struct Entry {
    possdk::DeviceInfo info;
    DeviceSource* source = nullptr;
    DriverChoice driver;
    std::optional<std::uint64_t> probedAt;  // driver generation of the last probe
    std::string claimant;
    std::weak_ptr<Claim> claim;
    possdk::DeviceState state = possdk::DeviceState::Closed;
    std::string error;  // what went wrong since it was claimed
    bool present = true;
    int busyCalls = 0;
  };
  struct Found {
    possdk::DeviceInfo info;
    DeviceSource* source = nullptr;
  };
  struct Reconciled {
    std::vector<Found> toProbe;
    std::uint64_t generation = 0;
    std::vector<std::shared_ptr<Claim>> offline;
    std::vector<std::shared_ptr<Claim>> online;
  };

  DeviceHub(Dispatcher& dispatcher, std::vector<std::unique_ptr<DeviceSource>> sources);
  std::vector<Found> enumerateSources() const;
  Reconciled reconcile(const std::vector<Found>& found);
  void markGone(Entry& entry, Reconciled& changes);
  void probe(const Reconciled& changes);
  Entry* find(const std::string& id);
  const Entry* find(const std::string& id) const;
  bool holds(const Entry& entry, const Claim* claim) const;

  // Called by Claim, from any thread.
  void post(std::function<void()> work);
  void notifyChanged();
  void runChangeHandlers();
  void noteEvent(const Claim* claim, const std::string& id, const possdk::DeviceEvent& event);
  void noteProblem(const Claim* claim, const std::string& id, const std::string& problem);
  void markBusy(const Claim* claim, const std::string& id, bool busy);
  void markStarted(const Claim* claim, const std::string& id);
  void markOnline(const Claim* claim, const std::string& id);
  void endClaim(const Claim* claim, const std::string& id, const std::string& problem);
  possdk::DeviceState stateOf(const std::string& id) const;

  Dispatcher& dispatcher_;
  std::vector<std::unique_ptr<DeviceSource>> sources_;
  DriverRegistry drivers_;
  std::mutex transportMutex_;  // probes and claims open transports one at a time
  mutable std::mutex mutex_;   // entries_ and handlers_; never held while calling out
  std::vector<Entry> entries_;
  std::vector<std::function<void()>> handlers_;
  std::mutex postMutex_;  // makes shutdown() and posting exclusive
  std::atomic<bool> shutDown_{false};
};

}  // namespace poscore

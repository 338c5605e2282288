#include "poscore/devices/driver_registry.hpp"

#include <algorithm>

#include "poscore/plugins/plugin_call.hpp"

namespace poscore {

namespace {

void note(std::string& problems, const std::string& problem) { problems += (problems.empty() ? "" : "; ") + problem; }

}  // namespace

std::string describeDriver(const std::string& name, const std::string& owner) {
  return "driver '" + name + "' of plugin '" + owner + "'";
}

void DriverRegistry::add(const std::string& ownerPluginId, std::shared_ptr<possdk::DeviceDriver> driver) {
  if (!driver) return;
  Registered entry{driver, "", ownerPluginId, 0};
  // Read once: a driver that throws here still registers, under a name that says whose it is.
  auto name = callPluginFor(ownerPluginId, describeDriver("?", ownerPluginId) + " in name()", [&] { return driver->name(); });
  entry.name = name ? name.value() : "(name() threw)";
  auto priority = callPluginFor(ownerPluginId, describeDriver(entry.name, ownerPluginId) + " in priority()", [&] { return driver->priority(); });
  entry.priority = priority ? priority.value() : 0;
  std::lock_guard lock(mutex_);
  drivers_.push_back(std::move(entry));
  ++generation_;
}

void DriverRegistry::removeOwnedBy(const std::string& ownerPluginId) {
  std::lock_guard lock(mutex_);
  if (std::erase_if(drivers_, [&](const Registered& r) { return r.owner == ownerPluginId; }) > 0) ++generation_;
}

std::uint64_t DriverRegistry::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

std::vector<DriverRegistry::Registered> DriverRegistry::candidates(const possdk::DeviceInfo& info,
                                                                   std::string& problems) const {
  std::vector<Registered> all;
  {
    std::lock_guard lock(mutex_);
    all = drivers_;
  }
  std::vector<Registered> matching;
  for (const auto& entry : all) {
    auto matches = callPluginFor(entry.owner, describeDriver(entry.name, entry.owner) + " in matches()",
                                [&] { return entry.driver->matches(info); });
    if (!matches) note(problems, matches.error());
    if (matches && matches.value()) matching.push_back(entry);
  }
  std::stable_sort(matching.begin(), matching.end(),
                   [](const Registered& a, const Registered& b) { return a.priority > b.priority; });
  return matching;
}

DriverChoice DriverRegistry::choose(const possdk::DeviceInfo& info, const TransportMaker& makeTransport) const {
  DriverChoice choice;
  for (const auto& entry : candidates(info, choice.problems)) {
    const auto who = describeDriver(entry.name, entry.owner);
    auto transport = makeTransport();
    const auto opened = transport ? transport->open() : possdk::Status::fail("no transport for this device");
    if (!opened) {
      // The status this lands in already names the device; the transport's message does too.
      auto why = opened.error();
      if (why.starts_with(info.id + ": ")) why.erase(0, info.id.size() + 2);
      note(choice.problems, "could not open it to probe drivers: " + why);
      choice.retry = true;
      return choice;
    }
    auto supported = callPluginFor(entry.owner, who + " in supported()", [&] { return entry.driver->supported(*transport); });
    transport->close();
    if (!supported) note(choice.problems, supported.error());
    if (supported && supported.value()) {
      choice.driver = entry.driver;
      choice.name = entry.name;
      choice.owner = entry.owner;
      return choice;
    }
  }
  return choice;
}

}  // namespace poscore

#include "poscore/plugins/dependency_order.hpp"

#include <algorithm>
#include <set>

namespace poscore {

namespace {

using ById = std::map<std::string, const Manifest*>;

std::string whyDependencyFails(const Dependency& dep, const ById& byId, const DependencyPlan& plan,
                               const std::map<std::string, std::string>& unavailable) {
  if (auto u = unavailable.find(dep.id); u != unavailable.end()) {
    return "requires '" + dep.id + "', which cannot run: " + u->second;
  }
  const auto found = byId.find(dep.id);
  if (found == byId.end()) {
    return "requires plugin '" + dep.id + "', which is not installed; install it or remove it from \"requires\"";
  }
  if (!dep.minVersion.empty() && compareVersions(found->second->version, dep.minVersion) < 0) {
    return "requires '" + dep.id + "' >= " + dep.minVersion + " but " + found->second->version +
           " is installed; update '" + dep.id + "'";
  }
  if (auto e = plan.errors.find(dep.id); e != plan.errors.end()) {
    return "requires '" + dep.id + "', which cannot run: " + e->second;
  }
  return {};
}

// Marks every plugin whose requirements cannot be met, repeating until nothing changes, so a
// failure travels up a whole chain of dependents.
void refuseUnmet(const ById& byId, DependencyPlan& plan, const std::map<std::string, std::string>& unavailable) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& [id, m] : byId) {
      if (plan.errors.count(id)) continue;
      for (const auto& dep : m->requires_) {
        if (auto why = whyDependencyFails(dep, byId, plan, unavailable); !why.empty()) {
          plan.errors[id] = why;
          changed = true;
          break;
        }
      }
    }
  }
}

// Follows requirements from `start` until a plugin repeats; what lies between is a cycle.
std::vector<std::string> cycleFrom(const std::string& start, const ById& byId, const std::set<std::string>& left) {
  std::vector<std::string> path{start};
  for (;;) {
    const auto& deps = byId.at(path.back())->requires_;
    const auto next = std::find_if(deps.begin(), deps.end(), [&](const Dependency& d) { return left.count(d.id) > 0; });
    const auto seen = std::find(path.begin(), path.end(), next->id);
    if (seen != path.end()) {
      std::vector<std::string> cycle(seen, path.end());
      cycle.push_back(next->id);
      return cycle;
    }
    path.push_back(next->id);
  }
}

void refuseCycles(const ById& byId, DependencyPlan& plan, const std::set<std::string>& left) {
  for (const auto& id : left) {
    const auto cycle = cycleFrom(id, byId, left);
    std::string text;
    for (const auto& c : cycle) text += (text.empty() ? "" : " -> ") + c;
    if (std::find(cycle.begin(), cycle.end(), id) != cycle.end()) {
      plan.errors[id] = "dependency cycle: " + text + "; remove one of these requirements";
      continue;
    }
    const auto& deps = byId.at(id)->requires_;
    const auto stuck = std::find_if(deps.begin(), deps.end(), [&](const Dependency& d) { return left.count(d.id) > 0; });
    plan.errors[id] = "requires '" + stuck->id + "', which cannot run because of the dependency cycle " + text;
  }
}

}  // namespace

DependencyPlan planDependencies(const std::vector<Manifest>& manifests,
                                const std::map<std::string, std::string>& unavailable) {
  DependencyPlan plan;
  ById byId;
  for (const auto& m : manifests) byId[m.id] = &m;
  refuseUnmet(byId, plan, unavailable);

  std::map<std::string, int> waiting;
  std::map<std::string, std::vector<std::string>> dependents;
  for (const auto& [id, m] : byId) {
    if (plan.errors.count(id)) continue;
    waiting[id] = 0;
    for (const auto& dep : m->requires_) {
      ++waiting[id];
      dependents[dep.id].push_back(id);
    }
  }
  std::set<std::string> ready;
  for (const auto& [id, n] : waiting) {
    if (n == 0) ready.insert(id);
  }
  while (!ready.empty()) {
    const std::string id = *ready.begin();
    ready.erase(ready.begin());
    plan.order.push_back(id);
    waiting.erase(id);
    for (const auto& d : dependents[id]) {
      if (--waiting[d] == 0) ready.insert(d);
    }
  }
  std::set<std::string> left;
  for (const auto& [id, n] : waiting) left.insert(id);
  refuseCycles(byId, plan, left);
  return plan;
}

}  // namespace poscore

#pragma once
#include <map>
#include <string>
#include <vector>

#include "poscore/plugins/manifest.hpp"

namespace poscore {

struct DependencyPlan {
  std::vector<std::string> order;             // every plugin that can run, dependencies first
  std::map<std::string, std::string> errors;  // plugin id -> why it cannot run
};

// Orders plugins so each comes after what it requires (ties broken by id, so the order is stable).
// Refuses missing and too-old dependencies, cycles (naming the whole cycle), and anything that
// requires a refused plugin. `unavailable` names plugins already failed, with their reason.
DependencyPlan planDependencies(const std::vector<Manifest>& manifests,
                                const std::map<std::string, std::string>& unavailable);

}  // namespace poscore

#include "plugin_discovery.hpp"

#include <algorithm>

#include "poscore/services/log.hpp"

namespace poscore {
namespace fs = std::filesystem;

namespace {

std::string unreadable(const fs::path& p, const std::error_code& ec) {
  return "cannot read " + p.string() + " (" + ec.message() + "); fix its permissions or remove it";
}

bool holdsPlugin(const fs::path& dir, std::error_code& ec) {
  if (fs::exists(dir / "plugin.json", ec) || ec) return !ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".so") return true;
  }
  return false;
}

void scanRoot(const fs::path& root, std::vector<FoundPlugin>& found) {
  std::error_code ec;
  if (fs::exists(root / "plugin.json", ec)) {
    found.push_back({root, {}});
    return;
  }
  std::vector<FoundPlugin> here;
  auto it = fs::directory_iterator(root, ec);
  if (ec) {
    found.push_back({root, unreadable(root, ec)});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::error_code entryEc;
    const bool isDir = it->is_directory(entryEc);
    if (entryEc) {
      here.push_back({it->path(), unreadable(it->path(), entryEc)});
    } else if (isDir) {
      const bool plugin = holdsPlugin(it->path(), entryEc);
      if (entryEc) here.push_back({it->path(), unreadable(it->path(), entryEc)});
      else if (plugin) here.push_back({it->path(), {}});
    }
  }
  if (ec) here.push_back({root, unreadable(root, ec)});
  std::sort(here.begin(), here.end(), [](const FoundPlugin& a, const FoundPlugin& b) { return a.dir < b.dir; });
  found.insert(found.end(), here.begin(), here.end());
}

}  // namespace

std::vector<FoundPlugin> discoverPlugins(const std::vector<fs::path>& roots) {
  std::vector<FoundPlugin> found;
  for (const auto& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
      LogSink::instance().write(possdk::LogLevel::Warning, "plugins",
                                "plugin folder " + root.string() + " does not exist; check plugins.paths in the settings");
      continue;
    }
    scanRoot(root, found);
  }
  return found;
}

}  // namespace poscore

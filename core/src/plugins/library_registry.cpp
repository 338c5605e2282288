#include "library_registry.hpp"

#include <map>
#include <mutex>

namespace poscore {

namespace {
struct Libraries {
  std::mutex mutex;
  std::map<std::filesystem::path, boost::dll::shared_library> loaded;
};
// Deliberately never destroyed, so no library is closed by static destruction at exit either.
Libraries& libraries() {
  static auto* all = new Libraries;
  return *all;
}
}  // namespace

LibraryRegistry& LibraryRegistry::instance() {
  static LibraryRegistry registry;
  return registry;
}

boost::dll::shared_library& LibraryRegistry::load(const std::filesystem::path& file) {
  auto& libs = libraries();
  std::lock_guard lock(libs.mutex);
  const auto canonical = std::filesystem::canonical(file);
  auto it = libs.loaded.find(canonical);
  if (it == libs.loaded.end()) {
    boost::dll::shared_library lib(boost::dll::fs::path(canonical.string()),
                                   boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    it = libs.loaded.emplace(canonical, std::move(lib)).first;
  }
  return it->second;
}

}  // namespace poscore

#pragma once
#include <boost/dll/shared_library.hpp>

#include <filesystem>

namespace poscore {

// Plugin libraries stay loaded until the process ends: unloading code that may still have live
// objects, threads or registered callbacks is undefined behaviour (DESIGN decision 2).
class LibraryRegistry {
 public:
  static LibraryRegistry& instance();
  // Loads (or finds already loaded) the library; throws boost::dll's error with dlerror's text.
  boost::dll::shared_library& load(const std::filesystem::path& file);
};

}  // namespace poscore

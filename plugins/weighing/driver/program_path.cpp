#include "driver/program_path.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace weighing {

possdk::Result<std::string> findProgram(const std::string& name, const std::string& searchPath) {
  std::istringstream folders(searchPath);
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (folder.empty()) continue;
    const auto candidate = std::filesystem::path(folder) / name;
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) {
      return candidate.string();
    }
  }
  return possdk::Result<std::string>::fail("'" + name + "' was not found in " +
                                           (searchPath.empty() ? std::string("an empty PATH") : "PATH " + searchPath));
}

std::string environmentPath() {
  const char* path = std::getenv("PATH");
  return path == nullptr ? "" : path;
}

}  // namespace weighing

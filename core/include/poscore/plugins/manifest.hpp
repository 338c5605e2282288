#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "possdk/status.hpp"

namespace poscore {

struct Dependency {
  std::string id;
  std::string minVersion;  // empty: any version
};

// plugin.json, validated. Unknown keys are refused so a typo never silently drops a setting.
struct Manifest {
  std::string id;
  std::string name;
  std::string version;  // MAJOR.MINOR.PATCH
  int abiMajor = 0;
  int abiMinor = 0;
  std::string library;  // file name beside plugin.json; default lib<id>.so
  std::vector<Dependency> requires_;
  std::vector<std::string> provides;
  std::vector<std::string> devices;  // patterns the plugin may claim
  std::vector<std::string> permissions;
  std::filesystem::path dir;

  std::filesystem::path libraryPath() const { return dir / library; }
};

// Reads and validates <dir>/plugin.json. The error names the file, the key and what is expected.
possdk::Result<Manifest> readManifest(const std::filesystem::path& dir);

// Compares dotted version strings numerically: -1, 0 or 1.
int compareVersions(const std::string& a, const std::string& b);

}  // namespace poscore

#include "poscore/plugins/binary_check.hpp"

#include <boost/dll/library_info.hpp>

#include <algorithm>
#include <fstream>

#include "possdk/abi.hpp"

namespace poscore {
using possdk::Status;

namespace {
const std::string kEntryPrefix = POSSDK_ENTRY_PREFIX;

bool isElf(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, sizeof magic) && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
}

std::string hostAbi() { return std::to_string(possdk::kAbiMajor) + "." + std::to_string(possdk::kAbiMinor); }
}  // namespace

Status checkAbi(const Manifest& m) {
  const std::string wanted = std::to_string(m.abiMajor) + "." + std::to_string(m.abiMinor);
  if (m.abiMajor != possdk::kAbiMajor) {
    return Status::fail("plugin '" + m.id + "' is built for SDK ABI " + wanted + " but this host provides " +
                        hostAbi() + "; rebuild it against PosSDK " + std::to_string(possdk::kAbiMajor) + ".x");
  }
  if (m.abiMinor > possdk::kAbiMinor) {
    return Status::fail("plugin '" + m.id + "' needs SDK ABI " + wanted + " but this host provides only " +
                        hostAbi() + "; update the host");
  }
  return Status::ok();
}

Status checkBinary(const Manifest& m) {
  const auto lib = m.libraryPath();
  if (!std::filesystem::is_regular_file(lib)) {
    return Status::fail("plugin '" + m.id + "': library " + lib.string() +
                        " is missing; build the plugin or fix \"library\" in plugin.json");
  }
  if (!isElf(lib)) {
    return Status::fail("plugin '" + m.id + "': " + lib.string() +
                        " is not an ELF shared library; rebuild the plugin for this platform");
  }
  std::vector<std::string> symbols;
  try {
    boost::dll::library_info info(boost::dll::fs::path(lib.string()), false);
    symbols = info.symbols("boostdll");
  } catch (const std::exception& e) {
    return Status::fail("plugin '" + m.id + "': " + lib.string() + " is not a loadable shared library (" +
                        e.what() + ")");
  }
  if (std::find(symbols.begin(), symbols.end(), possdk::kEntrySymbol) != symbols.end()) return Status::ok();
  for (const auto& s : symbols) {
    if (s.rfind(kEntryPrefix, 0) == 0) {
      return Status::fail("plugin '" + m.id + "': " + lib.string() + " was built for SDK ABI " +
                          s.substr(kEntryPrefix.size()) + " but this host provides " + hostAbi() +
                          " (plugin.json claims " + std::to_string(m.abiMajor) + "." +
                          std::to_string(m.abiMinor) + "); rebuild it against this SDK");
    }
  }
  return Status::fail("plugin '" + m.id + "': " + lib.string() + " does not export the entry " +
                      possdk::kEntrySymbol + "; add POSSDK_PLUGIN(YourPluginClass) to one of its sources");
}

}  // namespace poscore

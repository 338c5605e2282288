#pragma once
#include <filesystem>

namespace poscore {

// Where a lane's files are, found from the running executable: the build tree (bin/ beside
// plugins/, themes/, locale/, demo/) or an installed prefix (bin/, lib/pos/plugins, share/pos/...).
struct Layout {
  std::filesystem::path plugins;
  std::filesystem::path themes;
  std::filesystem::path locale;
  std::filesystem::path demo;
  std::filesystem::path dataDir;  // $POS_DATA_DIR, else $XDG_STATE_HOME/pos, else ~/.local/state/pos

  static Layout fromExecutable();
  static Layout fromBinDir(const std::filesystem::path& binDir);
};

}  // namespace poscore

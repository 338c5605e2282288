#include "poscore/layout.hpp"

#include <cstdlib>
#include <system_error>

namespace poscore {
namespace fs = std::filesystem;

namespace {
fs::path defaultDataDir() {
  if (const char* d = std::getenv("POS_DATA_DIR"); d && *d) return d;
  if (const char* s = std::getenv("XDG_STATE_HOME"); s && *s) return fs::path(s) / "pos";
  if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".local/state/pos";
  return fs::current_path() / "pos-data";
}
}  // namespace

Layout Layout::fromBinDir(const fs::path& binDir) {
  const fs::path root = binDir.parent_path();
  Layout l;
  l.dataDir = defaultDataDir();
  if (fs::is_directory(root / "plugins")) {  // build tree
    l.plugins = root / "plugins";
    l.themes = root / "themes";
    l.locale = root / "locale";
    l.demo = root / "demo";
  } else {
    l.plugins = root / "lib/pos/plugins";
    l.themes = root / "share/pos/themes";
    l.locale = root / "share/locale";
    l.demo = root / "share/pos/demo";
  }
  return l;
}

Layout Layout::fromExecutable() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return fromBinDir(ec ? fs::current_path() : exe.parent_path());
}

}  // namespace poscore

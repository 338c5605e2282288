#include "poscore/theme/theme_loader.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include "theme_fields.hpp"

namespace poscore::theme {

namespace fs = std::filesystem;

namespace {
constexpr const char* kThemeFile = "theme.json";

Palette readPalette(const detail::FieldReader& p) {
  p.onlyKeys({"background", "foreground", "accent", "danger", "warning", "success", "panel"});
  return Palette{p.colour("background"), p.colour("foreground"), p.colour("accent"), p.colour("danger"),
                 p.colour("warning"),    p.colour("success"),    p.colour("panel")};
}

Fonts readFonts(const detail::FieldReader& f) {
  f.onlyKeys({"family", "size", "title_size"});
  Fonts fonts;
  fonts.family = f.text("family");
  fonts.size = f.integer("size", kMinFontSize, kMaxFontSize);
  // A title smaller than body text would invert the hierarchy the screens rely on.
  fonts.titleSize = f.integer("title_size", std::max(kMinTitleSize, fonts.size), kMaxTitleSize);
  return fonts;
}

Poco::JSON::Object::Ptr parseRoot(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  Poco::Dynamic::Var parsed;
  try {
    parsed = Poco::JSON::Parser().parse(text.str());
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("is not valid JSON: " + e.displayText());
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) throw std::runtime_error("must hold a JSON object");
  return parsed.extract<Poco::JSON::Object::Ptr>();
}

Theme readTheme(const fs::path& dir, const fs::path& file) {
  const detail::FieldReader root(parseRoot(file), "");
  root.onlyKeys({"palette", "fonts", "touch_target", "logo"});
  Theme t;
  t.name = dir.filename().string();
  t.dir = dir;
  t.palette = readPalette(root.object("palette"));
  t.fonts = readFonts(root.object("fonts"));
  t.touchTarget = root.integer("touch_target", kMinTouchTarget, kMaxTouchTarget);
  t.logo = root.pngFile("logo", dir);
  return t;
}

// "themes/classic/" names the folder "classic", as "themes/classic" does.
fs::path folderOf(const fs::path& themeDir) {
  const fs::path normal = themeDir.lexically_normal();
  return normal.has_filename() ? normal : normal.parent_path();
}

LoadedTheme fallback(const std::string& problem) {
  return LoadedTheme{builtinTheme(), problem + "; using the built-in theme."};
}
}  // namespace

LoadedTheme loadTheme(const fs::path& themeDir) {
  const fs::path dir = folderOf(themeDir);
  const fs::path file = dir / kThemeFile;
  if (!fs::is_regular_file(file)) return fallback("Theme file " + file.string() + " does not exist");
  try {
    return LoadedTheme{readTheme(dir, file), {}};
  } catch (const std::exception& e) {
    return fallback("Theme file " + file.string() + ": " + e.what());
  }
}

LoadedTheme loadNamedTheme(const fs::path& themesRoot, const std::string& nameOrDir) {
  const fs::path requested(nameOrDir);
  const bool isPath = requested.has_parent_path() || requested.is_absolute();
  return loadTheme(isPath ? requested : themesRoot / requested);
}

std::vector<std::string> availableThemes(const fs::path& themesRoot) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(themesRoot, ec)) {
    if (fs::is_regular_file(entry.path() / kThemeFile)) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace poscore::theme

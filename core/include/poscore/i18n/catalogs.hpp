#pragma once
#include <filesystem>
#include <functional>
#include <locale>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "possdk/i18n.hpp"
#include "possdk/status.hpp"

namespace poscore {

// The one translation layer: gettext catalogs (.mo) read through Boost.Locale, independent of the
// system's installed locales. Domain "pos" is the host's; each plugin's domain is its id.
class Catalogs {
 public:
  static constexpr const char* kHostDomain = "pos";

  Catalogs();
  // A folder laid out as <dir>/<lang>/LC_MESSAGES/<domain>.mo.
  void addDomain(const std::string& domain, const std::filesystem::path& localeDir);
  // "en" or "zh_CN". Fails, keeping the current language, for any other.
  possdk::Status setLanguage(const std::string& language);
  const std::string& language() const { return language_; }
  static const std::vector<std::string>& supportedLanguages();

  std::string tr(const std::string& domain, const std::string& msgid) const;
  std::string tr(const std::string& msgid) const { return tr(kHostDomain, msgid); }
  // Runs after every language switch, on the caller's (UI) thread.
  void onChanged(std::function<void()> handler);
  // The Translator a plugin sees, bound to its domain.
  std::unique_ptr<possdk::Translator> facadeFor(const std::string& domain);

 private:
  void rebuild();
  std::map<std::string, std::filesystem::path> domains_;
  std::string language_ = "en";
  std::locale locale_;
  std::vector<std::function<void()>> handlers_;
};

}  // namespace poscore

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
// system's installed locales. Domain "pos" is the host's; each plugin's domain is its id. Each
// domain is read from its own folder only, so a plugin cannot ship a catalog that rewords the
// host's or another plugin's text. Used from the UI thread.
class Catalogs {
 public:
  static constexpr const char* kHostDomain = "pos";

  // A folder laid out as <dir>/<lang>/LC_MESSAGES/<domain>.mo.
  void addDomain(const std::string& domain, const std::filesystem::path& localeDir);
  // "en" or "zh_CN". Fails, keeping the current language, for any other.
  possdk::Status setLanguage(const std::string& language);
  const std::string& language() const { return language_; }
  static const std::vector<std::string>& supportedLanguages();

  std::string tr(const std::string& domain, const std::string& msgid) const;
  std::string tr(const std::string& msgid) const { return tr(kHostDomain, msgid); }
  // Runs after every language switch. `owner` is the plugin that registered it, empty for the host.
  void onChanged(std::function<void()> handler, const std::string& owner = {});
  // Drops the handlers a plugin registered, when it fails or goes away.
  void forget(const std::string& owner);
  // The Translator a plugin sees, bound to its domain.
  std::unique_ptr<possdk::Translator> facadeFor(const std::string& domain);

 private:
  std::locale localeFor(const std::filesystem::path& dir, const std::string& domain) const;

  struct Domain {
    std::filesystem::path dir;
    std::locale locale;
  };
  std::map<std::string, Domain> domains_;
  std::string language_ = "en";
  std::vector<std::pair<std::string, std::function<void()>>> handlers_;
};

}  // namespace poscore

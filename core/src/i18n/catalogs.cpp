#include "poscore/i18n/catalogs.hpp"

#include <boost/locale/generator.hpp>
#include <boost/locale/message.hpp>

#include <algorithm>

namespace poscore {

namespace {

// Boost.Locale needs a full locale name; its own backend does not depend on the system having
// that locale installed, which lanes built from a minimal image usually do not.
std::string localeName(const std::string& language) { return (language == "en" ? "en_US" : language) + ".UTF-8"; }

class PluginTranslator final : public possdk::Translator {
 public:
  PluginTranslator(Catalogs& catalogs, std::string domain) : catalogs_(catalogs), domain_(std::move(domain)) {}
  std::string tr(const std::string& msgid) const override { return catalogs_.tr(domain_, msgid); }
  std::string language() const override { return catalogs_.language(); }
  void onLanguageChanged(std::function<void()> handler) override { catalogs_.onChanged(std::move(handler)); }

 private:
  Catalogs& catalogs_;
  std::string domain_;
};

}  // namespace

Catalogs::Catalogs() { rebuild(); }

const std::vector<std::string>& Catalogs::supportedLanguages() {
  static const std::vector<std::string> languages{"en", "zh_CN"};
  return languages;
}

void Catalogs::addDomain(const std::string& domain, const std::filesystem::path& localeDir) {
  domains_[domain] = localeDir;
  rebuild();
}

possdk::Status Catalogs::setLanguage(const std::string& language) {
  const auto& known = supportedLanguages();
  if (std::find(known.begin(), known.end(), language) == known.end()) {
    return possdk::Status::fail("language '" + language + "' is not supported; use one of: en, zh_CN");
  }
  if (language == language_) return possdk::Status::ok();
  language_ = language;
  rebuild();
  for (const auto& handler : handlers_) handler();
  return possdk::Status::ok();
}

std::string Catalogs::tr(const std::string& domain, const std::string& msgid) const {
  return boost::locale::translate(msgid).str(locale_, domain);
}

void Catalogs::onChanged(std::function<void()> handler) { handlers_.push_back(std::move(handler)); }

std::unique_ptr<possdk::Translator> Catalogs::facadeFor(const std::string& domain) {
  return std::make_unique<PluginTranslator>(*this, domain);
}

void Catalogs::rebuild() {
  boost::locale::generator gen;
  gen.categories(boost::locale::message_facet);
  gen.add_messages_domain(kHostDomain);
  for (const auto& [domain, dir] : domains_) {
    gen.add_messages_path(dir.string());
    if (domain != kHostDomain) gen.add_messages_domain(domain);
  }
  locale_ = gen(localeName(language_));
}

}  // namespace poscore

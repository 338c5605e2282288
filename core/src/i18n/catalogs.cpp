#include "poscore/i18n/catalogs.hpp"

#include <boost/locale/generator.hpp>
#include <boost/locale/message.hpp>

#include <algorithm>

#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"

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
  void onLanguageChanged(std::function<void()> handler) override { catalogs_.onChanged(std::move(handler), domain_); }

 private:
  Catalogs& catalogs_;
  std::string domain_;
};

}  // namespace

const std::vector<std::string>& Catalogs::supportedLanguages() {
  static const std::vector<std::string> languages{"en", "zh_CN"};
  return languages;
}

std::locale Catalogs::localeFor(const std::filesystem::path& dir, const std::string& domain) const {
  boost::locale::generator gen;
  gen.categories(boost::locale::message_facet);
  gen.add_messages_path(dir.string());
  gen.add_messages_domain(domain);
  return gen(localeName(language_));
}

void Catalogs::addDomain(const std::string& domain, const std::filesystem::path& localeDir) {
  domains_[domain] = {localeDir, localeFor(localeDir, domain)};
}

possdk::Status Catalogs::setLanguage(const std::string& language) {
  const auto& known = supportedLanguages();
  if (std::find(known.begin(), known.end(), language) == known.end()) {
    return possdk::Status::fail("language '" + language + "' is not supported; use one of: en, zh_CN");
  }
  if (language == language_) return possdk::Status::ok();
  language_ = language;
  for (auto& [name, domain] : domains_) domain.locale = localeFor(domain.dir, name);
  // A copy: a handler may register another while they run.
  const auto handlers = handlers_;
  for (const auto& [owner, handler] : handlers) {
    auto done = callPlugin(owner, "the language change handler", handler);
    if (!done) LogSink::instance().write(possdk::LogLevel::Error, owner.empty() ? "i18n" : owner, done.error());
  }
  return possdk::Status::ok();
}

std::string Catalogs::tr(const std::string& domain, const std::string& msgid) const {
  const auto it = domains_.find(domain);
  if (it == domains_.end()) return msgid;
  return boost::locale::translate(msgid).str(it->second.locale, domain);
}

void Catalogs::onChanged(std::function<void()> handler, const std::string& owner) {
  handlers_.emplace_back(owner, std::move(handler));
}

void Catalogs::forget(const std::string& owner) {
  std::erase_if(handlers_, [&](const auto& h) { return h.first == owner; });
}

std::unique_ptr<possdk::Translator> Catalogs::facadeFor(const std::string& domain) {
  return std::make_unique<PluginTranslator>(*this, domain);
}

}  // namespace poscore

#pragma once
#include <functional>
#include <string>

namespace possdk {

// The one translation layer (gettext catalogs). A plugin's catalog is
// <plugin dir>/locale/<lang>/LC_MESSAGES/<plugin id>.mo; msgids are the English text.
class Translator {
 public:
  virtual ~Translator() = default;
  virtual std::string tr(const std::string& msgid) const = 0;
  virtual std::string language() const = 0;  // "en" or "zh_CN"
  // Called on the UI thread after the shell switches language, so screens can be shown again.
  virtual void onLanguageChanged(std::function<void()> handler) = 0;
};

}  // namespace possdk

#pragma once
#include <possdk/i18n.hpp>
#include <possdk/screen.hpp>

#include <cstdint>
#include <string>

namespace hello {

// What the hello screen shows; rendering it is the shell's job.
struct HelloView {
  std::string greeting;      // from the settings; empty means the translated default
  std::int64_t presses = 0;  // kept in the plugin's own table, so it survives restarts
  std::string lastScan;
  std::string bellId;        // empty when no bell is attached
  std::string bellStatus;    // English (a msgid), translated when shown so it follows the language
};

inline constexpr const char* kScreenId = "hello";

possdk::Screen helloScreen(const HelloView& view, const possdk::Translator& i18n);

}  // namespace hello

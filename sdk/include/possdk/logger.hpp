#pragma once
#include <string_view>

namespace possdk {

enum class LogLevel { Debug, Info, Warning, Error };

// Log lines are tagged with the plugin id by the host.
class Logger {
 public:
  virtual ~Logger() = default;
  virtual void log(LogLevel level, std::string_view message) = 0;

  void debug(std::string_view m) { log(LogLevel::Debug, m); }
  void info(std::string_view m) { log(LogLevel::Info, m); }
  void warn(std::string_view m) { log(LogLevel::Warning, m); }
  void error(std::string_view m) { log(LogLevel::Error, m); }
};

}  // namespace possdk

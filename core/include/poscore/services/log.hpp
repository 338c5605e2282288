#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "possdk/logger.hpp"

namespace poscore {

// Where log lines go: standard error, and the lane's log file when one is set. Thread-safe.
class LogSink {
 public:
  static LogSink& instance();
  // Appends to `file` from now on; an empty path stops writing to a file. Throws
  // std::runtime_error naming the file when it cannot be opened.
  void setFile(const std::filesystem::path& file);
  // Lines below `level` are dropped; the default is Info.
  void setMinimum(possdk::LogLevel level);
  void write(possdk::LogLevel level, const std::string& tag, std::string_view message);

 private:
  struct Impl;
  LogSink();
  std::unique_ptr<Impl> impl_;
};

// A Logger whose lines carry `tag` (a plugin id or a host part).
std::unique_ptr<possdk::Logger> makeLogger(std::string tag);

}  // namespace poscore

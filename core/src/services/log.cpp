#include "poscore/services/log.hpp"

#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <stdexcept>

#include "poscore/services/iso_time.hpp"

namespace poscore {
namespace {

const char* levelName(possdk::LogLevel level) {
  switch (level) {
    case possdk::LogLevel::Debug:
      return "DEBUG";
    case possdk::LogLevel::Info:
      return "INFO";
    case possdk::LogLevel::Warning:
      return "WARN";
    case possdk::LogLevel::Error:
      return "ERROR";
  }
  return "ERROR";
}

class TaggedLogger final : public possdk::Logger {
 public:
  explicit TaggedLogger(std::string tag) : tag_(std::move(tag)) {}
  void log(possdk::LogLevel level, std::string_view message) override {
    LogSink::instance().write(level, tag_, message);
  }

 private:
  std::string tag_;
};

}  // namespace

struct LogSink::Impl {
  std::mutex mutex;
  possdk::LogLevel minimum = possdk::LogLevel::Info;
  std::ofstream file;
};

LogSink::LogSink() : impl_(std::make_unique<Impl>()) {}

LogSink& LogSink::instance() {
  static LogSink sink;
  return sink;
}

void LogSink::setFile(const std::filesystem::path& file) {
  std::lock_guard lock(impl_->mutex);
  impl_->file.close();
  if (file.empty()) return;
  impl_->file.clear();
  impl_->file.open(file, std::ios::app);
  if (!impl_->file) {
    throw std::runtime_error("cannot open log file " + file.string() +
                             " for appending; check that its folder exists and is writable");
  }
}

void LogSink::setMinimum(possdk::LogLevel level) {
  std::lock_guard lock(impl_->mutex);
  impl_->minimum = level;
}

void LogSink::write(possdk::LogLevel level, const std::string& tag, std::string_view message) {
  std::lock_guard lock(impl_->mutex);
  if (level < impl_->minimum) return;
  std::string line = isoUtc(std::chrono::system_clock::now()) + " " + levelName(level) + " [" + tag + "] ";
  line.append(message);
  line += '\n';
  std::cerr << line << std::flush;
  if (impl_->file.is_open()) impl_->file << line << std::flush;
}

std::unique_ptr<possdk::Logger> makeLogger(std::string tag) { return std::make_unique<TaggedLogger>(std::move(tag)); }

}  // namespace poscore

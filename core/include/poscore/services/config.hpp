#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include <Poco/JSON/Object.h>

namespace poscore {

// The lane's settings file (JSON), read once at start. Keys are dotted paths ("shell.theme").
class Config {
 public:
  // Throws std::invalid_argument naming the file, the line and column, and what is wrong.
  static Config load(const std::filesystem::path& file);
  static Config empty(const std::filesystem::path& baseDir = std::filesystem::current_path());

  // A scalar (string, number or boolean) as text; nullopt when absent or not a scalar.
  std::optional<std::string> get(const std::string& dottedKey) const;
  // An object below the root, or null when absent or not an object.
  Poco::JSON::Object::Ptr section(const std::string& dottedKey) const;
  // The folder relative paths in the file resolve against (the file's own folder).
  const std::filesystem::path& baseDir() const { return baseDir_; }
  std::filesystem::path resolvePath(const std::string& path) const;

 private:
  Config(Poco::JSON::Object::Ptr root, std::filesystem::path baseDir);
  Poco::JSON::Object::Ptr root_;
  std::filesystem::path baseDir_;
};

}  // namespace poscore

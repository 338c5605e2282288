#include "poscore/services/config.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "poscore/util/text_position.hpp"

namespace poscore {
namespace {

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw std::invalid_argument("cannot read settings file " + file.string() + ": " + std::strerror(errno) +
                                "; check the path and the file's permissions, or start without one");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Poco's parser reads the stream byte by byte and stops just past the byte it could not accept,
// so the stream's position tells where the text went wrong.
Poco::JSON::Object::Ptr parseObject(const std::filesystem::path& file, const std::string& text) {
  std::istringstream in(text);
  Poco::Dynamic::Var parsed;
  try {
    parsed = Poco::JSON::Parser().parse(in);
  } catch (const Poco::Exception& e) {
    in.clear();
    const auto consumed = static_cast<std::streamoff>(in.tellg());
    const auto offset = consumed > 0 ? static_cast<std::size_t>(consumed - 1) : text.size();
    throw std::invalid_argument("settings file " + file.string() + " is not valid JSON near " + lineAndColumn(text, offset) +
                                ": " + e.message() + "; fix the file and start again");
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
    throw std::invalid_argument("settings file " + file.string() +
                                " must hold a JSON object at the top level ({ ... }); fix the file and start again");
  }
  return parsed.extract<Poco::JSON::Object::Ptr>();
}

bool isScalar(const Poco::Dynamic::Var& value) { return value.isString() || value.isNumeric() || value.isBoolean(); }

}  // namespace

Config::Config(Poco::JSON::Object::Ptr root, std::filesystem::path baseDir)
    : root_(std::move(root)), baseDir_(std::move(baseDir)) {}

Config Config::load(const std::filesystem::path& file) {
  return Config(parseObject(file, readText(file)), std::filesystem::absolute(file).parent_path());
}

Config Config::empty(const std::filesystem::path& baseDir) { return Config(new Poco::JSON::Object, baseDir); }

// Walks the dotted path one object at a time: "a.b.c" is c inside b inside a. Empty segments
// match nothing, so a mistyped key is absent rather than silently shortened.
std::optional<std::string> Config::get(const std::string& dottedKey) const {
  const auto dot = dottedKey.rfind('.');
  Poco::JSON::Object::Ptr parent = dot == std::string::npos ? root_ : section(dottedKey.substr(0, dot));
  const std::string leaf = dot == std::string::npos ? dottedKey : dottedKey.substr(dot + 1);
  if (parent.isNull() || leaf.empty() || !parent->has(leaf)) return std::nullopt;
  const Poco::Dynamic::Var value = parent->get(leaf);
  if (!isScalar(value)) return std::nullopt;
  return value.convert<std::string>();
}

Poco::JSON::Object::Ptr Config::section(const std::string& dottedKey) const {
  if (dottedKey.empty()) return root_;
  Poco::JSON::Object::Ptr current = root_;
  for (std::size_t start = 0;;) {
    const auto dot = dottedKey.find('.', start);
    const auto segment = dottedKey.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (segment.empty()) return {};
    current = current->getObject(segment);
    if (current.isNull() || dot == std::string::npos) return current;
    start = dot + 1;
  }
}

std::filesystem::path Config::resolvePath(const std::string& path) const {
  const std::filesystem::path given(path);
  if (given.is_absolute()) return given;
  return (baseDir_ / given).lexically_normal();
}

}  // namespace poscore

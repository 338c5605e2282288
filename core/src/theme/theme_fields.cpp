#include "theme_fields.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <vector>

namespace poscore::theme::detail {

namespace fs = std::filesystem;

namespace {
bool hasPngSignature(const fs::path& file) {
  static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  std::ifstream in(file, std::ios::binary);
  std::array<char, 8> head{};
  if (!in.read(head.data(), head.size())) return false;
  return std::equal(head.begin(), head.end(), kSignature.begin(),
                    [](char a, unsigned char b) { return static_cast<unsigned char>(a) == b; });
}

// The value as the warning quotes it; JSON null is an empty Var, which cannot convert.
std::string describe(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return "null";
  if (value.isString()) return "\"" + value.extract<std::string>() + "\"";
  return value.toString();
}
}  // namespace

FieldReader::FieldReader(Poco::JSON::Object::Ptr object, std::string prefix)
    : object_(std::move(object)), prefix_(std::move(prefix)) {}

void FieldReader::onlyKeys(std::initializer_list<const char*> known) const {
  std::vector<std::string> names;
  object_->getNames(names);
  for (const auto& name : names) {
    const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char* k) { return name == k; });
    if (isKnown) continue;
    std::string expected;
    for (const char* k : known) expected += (expected.empty() ? "" : ", ") + field(k);
    throw FieldError(field(name), "is not a theme field (expected " + expected + ")");
  }
}

Poco::Dynamic::Var FieldReader::require(const std::string& key) const {
  if (!object_->has(key)) throw FieldError(field(key), "is missing");
  return object_->get(key);
}

FieldReader FieldReader::object(const std::string& key) const {
  auto child = object_->getObject(key);
  if (!child) {
    require(key);
    throw FieldError(field(key), "must be a JSON object");
  }
  return FieldReader(child, field(key) + ".");
}

Rgb FieldReader::colour(const std::string& key) const {
  const auto value = require(key);
  const auto rgb = value.isString() ? Rgb::parse(value.extract<std::string>()) : std::nullopt;
  if (!rgb) throw FieldError(field(key), "must be a colour \"#rrggbb\", got " + describe(value));
  return *rgb;
}

int FieldReader::integer(const std::string& key, int min, int max) const {
  const auto value = require(key);
  const auto range = std::to_string(min) + ".." + std::to_string(max);
  if (!value.isInteger() || value.isBoolean()) {
    throw FieldError(field(key), "must be a whole number in " + range + ", got " + describe(value));
  }
  const auto n = value.convert<long long>();
  if (n < min || n > max) {
    throw FieldError(field(key), "must be in " + range + ", got " + std::to_string(n));
  }
  return static_cast<int>(n);
}

std::string FieldReader::text(const std::string& key) const {
  const auto value = require(key);
  if (!value.isString() || value.extract<std::string>().empty()) {
    throw FieldError(field(key), "must be a non-empty string, got " + describe(value));
  }
  return value.extract<std::string>();
}

fs::path FieldReader::pngFile(const std::string& key, const fs::path& dir) const {
  const auto name = text(key);
  const fs::path relative(name);
  if (relative.has_parent_path() || relative.filename() != relative || name == "." || name == "..") {
    throw FieldError(field(key), "must name a file directly inside the theme folder, got " + name);
  }
  const auto file = dir / relative;
  if (!fs::is_regular_file(file)) throw FieldError(field(key), "names " + file.string() + ", which does not exist");
  if (!hasPngSignature(file)) throw FieldError(field(key), "names " + file.string() + ", which is not a PNG image");
  return file;
}

}  // namespace poscore::theme::detail

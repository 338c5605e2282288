#include "poscore/plugins/manifest.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "poscore/util/utf8.hpp"

namespace poscore {
namespace fs = std::filesystem;
using possdk::Result;

namespace {

// Thrown inside this file only; readManifest turns it into a Result.
struct ManifestError {
  std::string message;
};

[[noreturn]] void refuse(const fs::path& file, const std::string& key, const std::string& what) {
  throw ManifestError{file.string() + ": \"" + key + "\" " + what};
}

std::string requireString(const Poco::JSON::Object& o, const fs::path& file, const std::string& key,
                          const std::regex& shape, const std::string& shapeText) {
  if (!o.has(key)) refuse(file, key, "is missing; it is required");
  const auto v = o.get(key);
  if (!v.isString()) refuse(file, key, "must be a string: " + shapeText);
  const auto s = v.extract<std::string>();
  if (!std::regex_match(s, shape)) refuse(file, key, "is '" + s + "'; expected " + shapeText);
  return s;
}

std::vector<std::string> stringList(const Poco::JSON::Object& o, const fs::path& file,
                                    const std::string& key, const std::regex& shape,
                                    const std::string& shapeText) {
  std::vector<std::string> out;
  if (!o.has(key)) return out;
  const auto arr = o.getArray(key);
  if (!arr) refuse(file, key, "must be an array of strings");
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const auto v = arr->get(static_cast<unsigned>(i));
    const std::string where = key + "[" + std::to_string(i) + "]";
    if (!v.isString()) refuse(file, where, "must be a string");
    auto s = v.extract<std::string>();
    if (!std::regex_match(s, shape)) refuse(file, where, "is '" + s + "'; expected " + shapeText);
    out.push_back(std::move(s));
  }
  return out;
}

const std::regex kId{"[a-z][a-z0-9_]{1,31}"};
const std::regex kVersion{"[0-9]+\\.[0-9]+\\.[0-9]+"};

std::vector<Dependency> dependencies(const Poco::JSON::Object& o, const fs::path& file) {
  // "requires": ["other", "third>=1.2.0"]
  const std::regex shape{"([a-z][a-z0-9_]{1,31})(>=([0-9]+\\.[0-9]+\\.[0-9]+))?"};
  std::vector<Dependency> deps;
  for (const auto& s : stringList(o, file, "requires", shape, "a plugin id, optionally followed by >=MAJOR.MINOR.PATCH")) {
    std::smatch m;
    std::regex_match(s, m, shape);
    deps.push_back({m[1].str(), m[3].str()});
  }
  return deps;
}

Poco::JSON::Object::Ptr parse(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw ManifestError{file.string() + ": cannot be read; check its permissions"};
  std::stringstream text;
  text << in.rdbuf();
  try {
    auto v = Poco::JSON::Parser().parse(text.str());
    auto o = v.extract<Poco::JSON::Object::Ptr>();
    if (o) return o;
  } catch (const Poco::BadCastException&) {
  } catch (const Poco::Exception& e) {
    throw ManifestError{file.string() + ": is not valid JSON (" + e.displayText() + "); fix the syntax"};
  }
  throw ManifestError{file.string() + ": must hold one JSON object"};
}

void refuseUnknownKeys(const Poco::JSON::Object& o, const fs::path& file) {
  static const std::set<std::string> known{"id",       "name",     "version",  "sdk_abi",
                                           "library",  "requires", "provides", "devices",
                                           "permissions", "description"};
  for (const auto& [key, value] : o) {
    if (!known.count(key)) refuse(file, key, "is not a plugin.json key; check its spelling");
  }
}

Manifest fromObject(const Poco::JSON::Object& o, const fs::path& dir, const fs::path& file) {
  refuseUnknownKeys(o, file);
  Manifest m;
  m.dir = dir;
  m.id = requireString(o, file, "id", kId, "lower case letters, digits and '_', 2 to 32 long, starting with a letter");
  m.name = requireString(o, file, "name", std::regex{".+"}, "a display name");
  if (utf8CodePoints(m.name).value_or(m.name.size()) > 80) refuse(file, "name", "has more than 80 characters; shorten it");
  m.version = requireString(o, file, "version", kVersion, "MAJOR.MINOR.PATCH, like 1.0.0");
  const auto abi = requireString(o, file, "sdk_abi", std::regex{"[0-9]{1,3}\\.[0-9]{1,3}"}, "MAJOR.MINOR, like 1.0");
  m.abiMajor = std::stoi(abi.substr(0, abi.find('.')));
  m.abiMinor = std::stoi(abi.substr(abi.find('.') + 1));
  m.library = "lib" + m.id + ".so";
  if (o.has("library")) {
    m.library = requireString(o, file, "library", std::regex{"[A-Za-z0-9_.+-]+\\.so"}, "a file name ending in .so, without a folder");
  }
  m.requires_ = dependencies(o, file);
  m.provides = stringList(o, file, "provides", std::regex{"[a-z0-9_.-]+"}, "a capability name");
  m.devices = stringList(o, file, "devices", std::regex{"(usb|serial|tcp|sim|camera|wedge):[^ ]+"},
                         "a device pattern such as usb:0eb8:f000, serial:*, sim:name");
  m.permissions = stringList(o, file, "permissions", std::regex{"[a-z0-9_.-]+"}, "a permission name");
  return m;
}

}  // namespace

Result<Manifest> readManifest(const fs::path& dir) {
  const fs::path file = dir / "plugin.json";
  if (!fs::exists(file)) {
    return Result<Manifest>::fail(dir.string() +
                                  ": no plugin.json; every plugin folder needs one beside its library");
  }
  try {
    return fromObject(*parse(file), dir, file);
  } catch (const ManifestError& e) {
    return Result<Manifest>::fail(e.message);
  }
}

int compareVersions(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  for (;;) {
    long x = 0, y = 0;
    const bool hasA = static_cast<bool>(sa >> x), hasB = static_cast<bool>(sb >> y);
    if (!hasA && !hasB) return 0;
    if (x != y) return x < y ? -1 : 1;
    sa.ignore(1);
    sb.ignore(1);
  }
}

}  // namespace poscore

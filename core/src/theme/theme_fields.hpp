#pragma once
#include <filesystem>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include <Poco/JSON/Object.h>

#include "poscore/theme/theme.hpp"

namespace poscore::theme::detail {

// A theme field that is missing, mistyped or out of range. `what()` names the dotted field and
// what it must be, so the shell's warning can point at the exact spot in theme.json.
class FieldError : public std::runtime_error {
 public:
  FieldError(const std::string& field, const std::string& problem)
      : std::runtime_error("field \"" + field + "\" " + problem) {}
};

// Reads the fields of one JSON object of theme.json; `prefix` is its dotted path ("palette.").
class FieldReader {
 public:
  FieldReader(Poco::JSON::Object::Ptr object, std::string prefix);

  // Refuses any key not listed.
  void onlyKeys(std::initializer_list<const char*> known) const;
  FieldReader object(const std::string& key) const;
  Rgb colour(const std::string& key) const;
  int integer(const std::string& key, int min, int max) const;
  std::string text(const std::string& key) const;
  // A PNG file directly inside `dir`, named by the field.
  std::filesystem::path pngFile(const std::string& key, const std::filesystem::path& dir) const;

 private:
  Poco::Dynamic::Var require(const std::string& key) const;
  std::string field(const std::string& key) const { return prefix_ + key; }

  Poco::JSON::Object::Ptr object_;
  std::string prefix_;
};

}  // namespace poscore::theme::detail

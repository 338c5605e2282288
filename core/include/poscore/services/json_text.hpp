#pragma once
#include <Poco/JSON/Object.h>

#include <sstream>
#include <string>

namespace poscore {

// An object as compact JSON text: payloads for the bus, audit and journal details.
inline std::string jsonText(const Poco::JSON::Object& object) {
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

}  // namespace poscore

#pragma once
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>

#include "possdk/clock.hpp"
#include "posserver/http/api.hpp"

namespace posserver::api {

// A success answer with `body` as its JSON text.
http::Response jsonAnswer(int status, const Poco::JSON::Object::Ptr& body);
// One object in another: {"member": {...}}.
Poco::JSON::Object::Ptr wrap(const std::string& name, const Poco::JSON::Object::Ptr& inner);

// Times are stored as whole seconds since 1970 and answered as ISO 8601 UTC ("2026-11-22T09:30:00Z");
// the text is poscore's (poscore/services/iso_time.hpp), these only convert to and from the seconds.
std::int64_t unixSeconds(const possdk::Clock& clock);
std::string isoSeconds(std::int64_t unixSeconds);
// The whole seconds of what poscore::parseIsoUtc takes (a fraction is dropped), nullopt for anything else.
std::optional<std::int64_t> parseIsoSeconds(const std::string& text);
Poco::Dynamic::Var isoOrNull(const std::optional<std::int64_t>& unixSeconds);
Poco::Dynamic::Var orJsonNull(const std::optional<std::string>& text);
Poco::Dynamic::Var orJsonNull(const std::optional<std::int64_t>& number);

// The caller of a route that names roles (the dispatcher has set it).
const http::Caller& callerOf(const http::Request& request);

}  // namespace posserver::api

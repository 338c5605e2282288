#pragma once
#include <chrono>
#include <optional>
#include <string>

namespace poscore {

// "2026-11-22T10:00:00.123Z": UTC with milliseconds, the one time format of logs and records.
std::string isoUtc(std::chrono::system_clock::time_point at);

// "2026-11-22T10:00:00Z": UTC in whole seconds (the fraction dropped), the form of the server API's
// answers, whose times are stored as whole seconds.
std::string isoUtcSeconds(std::chrono::system_clock::time_point at);

// An ISO 8601 UTC time "YYYY-MM-DDTHH:MM:SS[.f…]Z" with 0 to 9 digits of fraction, as either of the
// above writes it or a client sends it; nullopt for anything else (offsets, a date that does not
// exist, a missing Z). Fractions finer than a microsecond are dropped.
std::optional<std::chrono::system_clock::time_point> parseIsoUtc(const std::string& text);

}  // namespace poscore

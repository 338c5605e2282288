#pragma once
#include <chrono>
#include <optional>
#include <string>

namespace poscore {

// "2026-11-22T10:00:00.123Z": UTC with milliseconds, the one time format of logs and records.
std::string isoUtc(std::chrono::system_clock::time_point at);

// The inverse of isoUtc: nullopt for anything isoUtc would not have written.
std::optional<std::chrono::system_clock::time_point> parseIsoUtc(const std::string& text);

}  // namespace poscore

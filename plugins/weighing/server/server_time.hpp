#pragma once
// The server clock's time as the module stores and shows it.
#include <chrono>
#include <cstdint>
#include <string>

namespace weighing::server {

std::int64_t epochSeconds(std::chrono::system_clock::time_point at);
std::string isoUtc(std::int64_t epochSeconds);   // 2026-11-22T09:30:00Z
std::string dayStamp(std::int64_t epochSeconds); // 20261122

}  // namespace weighing::server

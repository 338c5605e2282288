#pragma once
#include <chrono>
#include <string>

namespace poscore {

// "2026-11-22T10:00:00.123Z": UTC with milliseconds, the one time format of logs and records.
std::string isoUtc(std::chrono::system_clock::time_point at);

}  // namespace poscore

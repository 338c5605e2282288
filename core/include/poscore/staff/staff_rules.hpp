#pragma once
#include <chrono>
#include <string>
#include <string_view>

// What a staff id, a name and a PIN must look like, and the sign-on lockout. Every check answers
// with an empty string when the value is fine, otherwise a message saying what is wrong and what
// to do.
namespace poscore::staff {

inline constexpr std::size_t kMaxIdDigits = 10;
inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 8;
inline constexpr std::size_t kMaxNameBytes = 80;
inline constexpr int kAttemptsBeforeLock = 5;
inline constexpr std::chrono::minutes kLockDuration{5};

std::string checkStaffId(std::string_view id);
std::string checkPin(std::string_view pin);
std::string checkName(std::string_view name);

}  // namespace poscore::staff

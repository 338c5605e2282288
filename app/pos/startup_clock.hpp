#pragma once
#include <chrono>

namespace pos {

// The moment main() began: first_screen_ms counts from there, as a person starting the lane would.
void markProcessStart();
std::chrono::milliseconds sinceProcessStart();

}  // namespace pos

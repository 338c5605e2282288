#pragma once
#include <optional>
#include <string>

namespace posctl {

// Reads a PIN from standard input so it never shows on the command line or in the shell history.
// At a terminal (unless `plain`) it prompts on stderr with echo off and asks twice; otherwise, or
// with `plain`, it reads one line. Empty when the input ended or the two entries differ (the
// reason is already printed).
std::optional<std::string> readPin(const std::string& prompt, bool plain);

}  // namespace posctl

#pragma once
#include "poscore/plugins/manifest.hpp"
#include "possdk/status.hpp"

namespace poscore {

// Checks a plugin without running any of its code: the manifest's ABI against the host's, the
// library file, and the ABI-versioned entry symbol in the library's symbol table.
possdk::Status checkAbi(const Manifest& manifest);
possdk::Status checkBinary(const Manifest& manifest);

}  // namespace poscore

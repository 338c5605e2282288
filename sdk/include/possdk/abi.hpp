#pragma once
// The plugin ABI. A plugin built against major M loads only into a host of major M and a minor at
// least its own. The major is also baked into the exported entry symbol, so the host can check a
// binary's ABI from its symbol table without running any of its code.
#define POSSDK_ABI_MAJOR 1
#define POSSDK_ABI_MINOR 0
#define POSSDK_ENTRY_SYMBOL "possdk_create_plugin_abi_1"

namespace possdk {
inline constexpr int kAbiMajor = POSSDK_ABI_MAJOR;
inline constexpr int kAbiMinor = POSSDK_ABI_MINOR;
inline constexpr const char* kEntrySymbol = POSSDK_ENTRY_SYMBOL;
}  // namespace possdk

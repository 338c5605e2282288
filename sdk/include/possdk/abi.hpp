#pragma once
#include <boost/preprocessor/cat.hpp>
#include <boost/preprocessor/stringize.hpp>

// The plugin ABI. A plugin built against major M loads only into a host of major M whose minor is
// at least the plugin's. The major is also part of the exported entry symbol, so the host can read
// a binary's ABI from its symbol table without running any of its code.
//
// What a minor release may change, so that older plugins keep working in a newer host:
// - add new virtual functions at the end of interfaces the host implements (Host and the services
//   it hands out: Logger, Settings, Storage, EventBus, Ui, Devices, ServerClient, Clock, Audit,
//   Translator, DeviceHandle, Checkout), and new headers, free functions and element builders;
// - append members to HttpRequest and ServerContext, which the host builds and a plugin only reads
//   (1.2 appended HttpRequest::idempotencyKey and ServerContext::clock; 1.3 appended
//   ServerClient::request, Host::approveSupervisor and Host::schedule);
// - nothing else. Changing a struct (Element, Action, DeviceInfo, Route, PluginContext...), or any
//   interface a plugin implements (Plugin, Device, DeviceDriver, ServerModule, Transport), is a new
//   major.
#define POSSDK_ABI_MAJOR 1
#define POSSDK_ABI_MINOR 3
#define POSSDK_ENTRY_PREFIX "possdk_create_plugin_abi_"
#define POSSDK_ENTRY_NAME BOOST_PP_CAT(possdk_create_plugin_abi_, POSSDK_ABI_MAJOR)
#define POSSDK_ENTRY_SYMBOL BOOST_PP_STRINGIZE(POSSDK_ENTRY_NAME)

// Host and plugins pass std::string, std::vector and std::function across the boundary, so both
// must use the same C++ library with the same layout: GCC's libstdc++, new string ABI, no debug mode.
#if defined(_LIBCPP_VERSION)
#error "PosSDK plugins must be built with libstdc++ (the host's C++ library), not libc++"
#endif
#if defined(_GLIBCXX_USE_CXX11_ABI) && !_GLIBCXX_USE_CXX11_ABI
#error "PosSDK plugins must be built with _GLIBCXX_USE_CXX11_ABI=1, as the host is"
#endif
#if defined(_GLIBCXX_DEBUG)
#error "PosSDK plugins cannot use _GLIBCXX_DEBUG: it changes the layout of standard containers"
#endif

namespace possdk {
inline constexpr int kAbiMajor = POSSDK_ABI_MAJOR;
inline constexpr int kAbiMinor = POSSDK_ABI_MINOR;
inline constexpr const char* kEntrySymbol = POSSDK_ENTRY_SYMBOL;
}  // namespace possdk

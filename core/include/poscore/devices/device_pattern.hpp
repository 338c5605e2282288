#pragma once
#include <string>
#include <string_view>

namespace poscore {

// Whether a device id matches a pattern from a plugin manifest. "*" matches any run of
// characters; a pattern without "@" ignores where a USB device is plugged, so "usb:0eb8:f000"
// matches "usb:0eb8:f000@1-4".
bool matchesDevicePattern(std::string_view pattern, std::string_view deviceId);

}  // namespace poscore

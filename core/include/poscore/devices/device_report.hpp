#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "possdk/device.hpp"

namespace poscore {

std::string transportName(possdk::TransportKind kind);    // "usb", "serial", "tcp", "simulator", ...
std::string stateName(possdk::DeviceState state);         // "closed", "idle", "busy", "error"
std::string eventKindName(possdk::DeviceEventKind kind);  // "Data", "StatusUpdate", "Error"

// The device table people read (posctl devices): ID, TRANSPORT, DRIVER, CLAIMANT, STATE,
// DESCRIPTION, then each device's problem on its own line, then the USB state line.
std::string formatDeviceTable(const std::vector<possdk::DeviceStatus>& devices, const std::string& usbState);

// "12:00:01.250 sim:hello-bell Data button.pressed {...}", in local time.
std::string formatDeviceEvent(const possdk::DeviceEvent& event, std::chrono::system_clock::time_point at);

}  // namespace poscore

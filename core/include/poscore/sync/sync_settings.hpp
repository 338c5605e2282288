#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "poscore/services/config.hpp"
#include "possdk/status.hpp"

namespace poscore::sync {

// How the lane reaches its store server (the settings' "server" section).
struct SyncSettings {
  std::string url;                   // "http://127.0.0.1:8080" or https; no path
  std::filesystem::path caFile;      // certificates the server's must chain to (https only)
  std::string enrolmentCode;         // one-time code the lane enrols with when it has no credential
  std::chrono::seconds poll{30};     // time between rounds while nothing else wakes the client
  std::chrono::seconds timeout{10};  // for one request, connecting included
  std::string laneId;                // "lane.id"
  std::string laneName;              // "lane.name", else the lane id: how the server lists the device
};

// nullopt when the settings have no "server" section: the lane runs offline, which is not an error.
// Fails naming the key, what is wrong and what to write instead.
possdk::Result<std::optional<SyncSettings>> syncSettingsFrom(const Config& config);

}  // namespace poscore::sync

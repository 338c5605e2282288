#pragma once
#include <filesystem>
#include <set>
#include <string>

#include "poscore/sync/sync_settings.hpp"

namespace posctl {

// posctl server publish-catalog: checks a catalog CSV whole with the lane's own reader, enrols with
// an admin code for the length of the run, publishes every product to the store server as catalog
// changes (1000 a request) and revokes that admin credential again. Prints OK or FAIL with the
// reason (the file's line and column, or the server's error); 0 when all was published.
// `taxClasses` are the lane's, as its own import would check them.
int publishCatalog(const poscore::sync::SyncSettings& settings, const std::set<std::string>& taxClasses,
                   const std::filesystem::path& file, const std::string& adminCode);

}  // namespace posctl

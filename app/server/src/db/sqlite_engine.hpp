#pragma once
#include <chrono>
#include <memory>
#include <string>

#include "connection.hpp"

namespace posserver::db::detail {

// Writers queue for the write lock (SQLite's busy handler, the group commit's queue); this long
// they may wait before the call fails.
constexpr std::chrono::milliseconds sqliteBusyTimeout{15000};

// SQLite through Poco::Data's SQLite session. Statements run on the session's own handle, since
// Poco types a column by its declared type and hands count(*) and expressions back as text; SQLite
// itself knows each value's type.
std::unique_ptr<Engine> makeSqliteEngine(const std::string& path, const std::string& shownTarget);

}  // namespace posserver::db::detail

#pragma once
#include <memory>
#include <string>

#include "connection.hpp"

namespace posserver::db::detail {

// PostgreSQL through Poco::Data's PostgreSQL session. Statements run on the session's libpq
// connection, since Poco 1.11 reads numeric (sum of bigint) as a double and some large negative
// int8 values through a double too; the text libpq hands over converts exactly.
std::unique_ptr<Engine> makePostgresEngine(const std::string& conninfo, const std::string& shownTarget);

}  // namespace posserver::db::detail

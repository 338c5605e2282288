#include <regex>

#include "posserver/db/database.hpp"

namespace posserver::db {
namespace {

bool isPostgresText(const std::string& text) {
  return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0 ||
         text.find("dbname=") != std::string::npos || text.find("host=") != std::string::npos;
}

}  // namespace

possdk::Result<DatabaseSpec> DatabaseSpec::parse(const std::string& text) {
  using Parsed = possdk::Result<DatabaseSpec>;
  if (text.empty()) {
    return Parsed::fail("--db is empty; give a SQLite file path (pos-server.db) or a PostgreSQL connection "
                        "string (postgresql://user@127.0.0.1:5432/pos)");
  }
  if (isPostgresText(text)) return DatabaseSpec{Dialect::Postgres, text};
  if (text.find("://") != std::string::npos) {
    return Parsed::fail("--db '" + text + "' names a database kind pos-server does not know; use a SQLite file path "
                        "or a postgresql:// connection string");
  }
  return DatabaseSpec{Dialect::Sqlite, text};
}

std::string DatabaseSpec::redacted() const {
  if (dialect == Dialect::Sqlite) return target;
  // URI form "scheme://user:secret@host" and key=value form "password=secret".
  static const std::regex uriPassword(R"((://[^:/@]*:)[^@]*@)");
  static const std::regex wordPassword(R"((password\s*=\s*)('[^']*'|\S+))");
  auto hidden = std::regex_replace(target, uriPassword, "$1***@");
  return std::regex_replace(hidden, wordPassword, "$1***");
}

}  // namespace posserver::db

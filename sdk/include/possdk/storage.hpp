#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace possdk {

// The plugin's own tables in the lane database. Name tables after the plugin id ("<id>_...").
class Storage : public Sql {
 public:
  // Applies the plugin's migrations not yet applied, in version order, each atomically.
  virtual Status migrate(const std::vector<Migration>& migrations) = 0;
};

}  // namespace possdk

#pragma once
#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "poscore/staff/staff_store.hpp"
#include "temp_dir.hpp"

namespace poscore::staff {

// A staff store on a fresh lane database with a clock the test moves.
class StaffFixture : public ::testing::Test {
 protected:
  void addMember(const std::string& id, const std::string& pin, Role role = Role::Cashier,
                 const std::string& name = "Li Na") {
    auto added = store.add({id, name, role, pin});
    ASSERT_TRUE(added) << added.error();
  }
  std::string storedHash(const std::string& id) {
    auto rows = db.query("SELECT pin_hash FROM staff WHERE id = ?", {id});
    EXPECT_TRUE(rows) << rows.error();
    return rows && !rows.value().empty() ? std::get<std::string>(rows.value()[0][0]) : std::string();
  }

  postest::TempDir dir;
  LaneDb db{dir / "lane.db"};
  ManualClock clock{std::chrono::system_clock::time_point{std::chrono::milliseconds{1795341600000}}};
  StaffStore store{db, clock};
};

}  // namespace poscore::staff

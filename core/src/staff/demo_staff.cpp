#include "poscore/staff/demo_staff.hpp"

namespace poscore::staff {

possdk::Result<bool> seedDemoStaff(StaffStore& store) {
  using Seeded = possdk::Result<bool>;
  auto none = store.empty();
  if (!none) return Seeded::fail(none.error());
  if (!none.value()) return false;
  auto added = store.addAll({NewStaff{"1001", "Demo Cashier", Role::Cashier, "1234"},
                             NewStaff{"9001", "Demo Supervisor", Role::Supervisor, "9999"}});
  if (!added) return Seeded::fail("demo staff not added: " + added.error());
  return true;
}

}  // namespace poscore::staff

#pragma once
#include "poscore/staff/staff_store.hpp"

namespace poscore::staff {

// For a demonstration lane only: when the staff table is empty, adds cashier 1001 (PIN 1234) and
// supervisor 9001 (PIN 9999) and answers true; otherwise adds nothing and answers false. Nothing
// calls it on its own: a production lane starts with no staff and adds them with `posctl staff add`.
possdk::Result<bool> seedDemoStaff(StaffStore& store);

}  // namespace poscore::staff

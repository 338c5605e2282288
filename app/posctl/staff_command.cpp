// posctl staff: add, list, deactivate and unlock the lane's cashiers and supervisors.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "lane_database.hpp"
#include "pin_input.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/staff/staff_store.hpp"

namespace posctl {
namespace {

using poscore::staff::StaffStore;

struct StaffArgs {
  std::string id, name, role = "cashier";
  bool pinStdin = false;
};

int report(const possdk::Status& done, const std::string& success) {
  if (!done) {
    std::cerr << "posctl: " << done.error() << "\n";
    return 1;
  }
  std::cout << success << "\n";
  return 0;
}

int add(StaffStore& store, const StaffArgs& args) {
  const auto role = poscore::staff::parseRole(args.role);
  if (!role) {
    std::cerr << "posctl: --role '" << args.role << "' is not a role; use cashier or supervisor\n";
    return 1;
  }
  const auto pin = readPin("PIN for " + args.id + ": ", args.pinStdin);
  if (!pin) return 1;
  return report(store.add({args.id, args.name, *role, *pin}), "added " + args.role + " " + args.id + " (" + args.name + ")");
}

int setPin(StaffStore& store, const StaffArgs& args) {
  const auto pin = readPin("New PIN for " + args.id + ": ", args.pinStdin);
  if (!pin) return 1;
  return report(store.setPin(args.id, *pin), "PIN of " + args.id + " changed");
}

std::string state(const poscore::staff::StaffMember& m, const possdk::Clock& clock) {
  if (!m.active) return "inactive";
  if (m.lockedUntil && *m.lockedUntil > clock.now()) {
    const auto left = std::chrono::ceil<std::chrono::seconds>(*m.lockedUntil - clock.now());
    return "locked, " + std::to_string(left.count()) + " s left";
  }
  return "active";
}

int list(StaffStore& store, const possdk::Clock& clock) {
  auto members = store.list();
  if (!members) {
    std::cerr << "posctl: " << members.error() << "\n";
    return 1;
  }
  std::printf("%-10s %-11s %-40s %s\n", "ID", "ROLE", "NAME", "STATE");
  for (const auto& m : members.value()) {
    std::printf("%-10s %-11s %-40s %s\n", m.id.c_str(), std::string(poscore::staff::toString(m.role)).c_str(),
                m.name.c_str(), state(m, clock).c_str());
  }
  return 0;
}

}  // namespace

void addStaffCommands(CLI::App& app, GlobalOptions& options) {
  auto* staff = app.add_subcommand("staff", "Cashiers and supervisors of this lane");
  staff->require_subcommand(1);
  static StaffArgs args;  // one command line per process

  // Each command opens the lane database only when it runs, so `posctl --help` touches nothing.
  auto run = [&options](auto work) {
    return [&options, work] {
      auto db = openLaneDb(options);
      poscore::SystemClock clock;
      StaffStore store(*db, clock);
      options.exitCode = work(store, clock);
    };
  };

  auto* addCmd = staff->add_subcommand("add", "Add a staff member; the PIN (4-8 digits) is read from standard input");
  addCmd->add_option("id", args.id, "Staff id, 1-10 digits")->required();
  addCmd->add_option("--name", args.name, "Name as printed on receipts")->required();
  addCmd->add_option("--role", args.role, "cashier or supervisor")->check(CLI::IsMember({"cashier", "supervisor"}));
  addCmd->add_flag("--pin-stdin", args.pinStdin, "Read the PIN as one line from standard input without prompting");
  addCmd->callback(run([](StaffStore& store, const possdk::Clock&) { return add(store, args); }));

  auto* pinCmd = staff->add_subcommand("set-pin", "Change a PIN (and lift a lock); the PIN is read from standard input");
  pinCmd->add_option("id", args.id, "Staff id")->required();
  pinCmd->add_flag("--pin-stdin", args.pinStdin, "Read the PIN as one line from standard input without prompting");
  pinCmd->callback(run([](StaffStore& store, const possdk::Clock&) { return setPin(store, args); }));

  staff->add_subcommand("list", "Every staff member with role and state")
      ->callback(run([](StaffStore& store, const possdk::Clock& clock) { return list(store, clock); }));

  auto* deactivateCmd = staff->add_subcommand("deactivate", "Stop a staff member from signing on (the record stays)");
  deactivateCmd->add_option("id", args.id, "Staff id")->required();
  deactivateCmd->callback(run([](StaffStore& store, const possdk::Clock&) {
    return report(store.deactivate(args.id), "deactivated " + args.id);
  }));

  auto* unlockCmd = staff->add_subcommand("unlock", "Lift the lock after too many wrong PINs");
  unlockCmd->add_option("id", args.id, "Staff id")->required();
  unlockCmd->callback(run([](StaffStore& store, const possdk::Clock&) {
    return report(store.unlock(args.id), "unlocked " + args.id);
  }));
}

}  // namespace posctl

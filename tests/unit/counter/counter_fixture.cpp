#include "counter_fixture.hpp"

#include <gtest/gtest.h>

#include <mutex>

namespace countertest {
namespace {

constexpr auto kNoonShanghai = std::chrono::sys_days{std::chrono::November / 20 / 2026} + std::chrono::hours(4);

std::string settingsFor(const std::string& printerAddress) {
  return R"({"lane": {"id": "T01"},
  "printer": {"connection": "tcp:)" + printerAddress + R"(", "connect_timeout_ms": 500},
  "demo": {"catalog": ")" POS_SOURCE_DIR R"(/app/pos/demo/catalog.csv",
           "promotions": ")" POS_SOURCE_DIR R"(/app/pos/demo/promotions.json", "staff": true}})";
}

// Built once: seeding hashes two PINs with argon2id, which takes most of a second.
const std::filesystem::path& templateDatabase() {
  static postest::TempDir folder;
  static std::once_flag once;
  std::call_once(once, [] {
    postest::CaptureServer unused;
    auto clock = std::make_shared<poscore::ManualClock>(kNoonShanghai);
    poscore::counter::CheckoutRegistry checkout;
    const auto settings = folder.write("pos.json", settingsFor(unused.address()));
    auto config = poscore::Config::load(settings);
    poscore::LaneDb db(folder / "lane.db");
    poscore::counter::CounterLane lane(db, config, clock, nullptr, checkout, nullptr);
    auto seeded = lane.seedDemo(config);
    if (!seeded) throw std::runtime_error("cannot seed the test lane: " + seeded.error());
  });
  static const auto file = folder / "lane.db";
  return file;
}

}  // namespace

CounterFixture::CounterFixture(const poscore::Catalogs* speaking)
    : catalogs(speaking), clock(std::make_shared<poscore::ManualClock>(kNoonShanghai)) {
  std::filesystem::copy_file(templateDatabase(), dir / "lane.db");
  config = std::make_unique<poscore::Config>(poscore::Config::load(dir.write("pos.json", settingsFor(printer.address()))));
  restart();
}

CounterFixture::~CounterFixture() {
  lane_.reset();
  db.reset();
}

void CounterFixture::restart() {
  lane_.reset();
  db.reset();
  db = std::make_unique<poscore::LaneDb>(dir / "lane.db");
  lane_ = std::make_unique<poscore::counter::CounterLane>(*db, *config, clock, catalogs, checkout, &scale, nullptr, &bus);
}

void CounterFixture::signOnCashier() { ASSERT_TRUE(session().signOn("1001", "1234")); }
void CounterFixture::signOnSupervisor() { ASSERT_TRUE(session().signOn("9001", "9999")); }

std::string CounterFixture::printedText() const {
  const auto bytes = printer.printed();
  return std::string(bytes.begin(), bytes.end());
}

std::string CounterFixture::printedUpToMarker() {
  const auto marked = session().noSale(kMarker);
  EXPECT_TRUE(marked) << marked.error();
  while (printedText().find(kMarker) == std::string::npos) {
    if (!printer.waitForPrinted(printedText().size() + 1)) {
      ADD_FAILURE() << "the marker slip never reached the printer";
      break;
    }
  }
  return printedText();
}

}  // namespace countertest

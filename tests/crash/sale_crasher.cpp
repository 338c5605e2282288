// Rings up sales on a lane database until it is killed: continues the open sale it finds, else
// opens a new one, keeps it after every added line and completes it. After each completed sale it
// writes "<receipt number> <line count>\n" to stdout in one write(2), so whatever the test reads
// was committed before it was reported. Exits 2 on bad arguments, 3 when the store fails.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>

#include "poscore/journal/journal.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/clocks.hpp"

namespace {

using poscore::Money;
using namespace poscore::sale;

[[noreturn]] void die(const std::string& what) {
  std::cerr << "pos_sale_crasher: " << what << "\n";
  std::exit(3);
}

SaleLine lineFor(int lineNo, std::mt19937& random) {
  SaleLine l;
  l.lineNo = lineNo;
  l.productId = lineNo;
  l.sku = "SKU-" + std::to_string(lineNo);
  l.nameEn = "Item " + std::to_string(lineNo);
  l.nameZh = "商品 " + std::to_string(lineNo);
  l.scannedCode = "0000000000" + std::to_string(100 + lineNo);
  l.taxClass = "A";
  l.quantity = std::uniform_int_distribution<std::int64_t>(1, 5)(random);
  l.unitPrice = Money::minor(std::uniform_int_distribution<std::int64_t>(1, 9999)(random));
  l.gross = Money::minor(l.unitPrice.minorUnits() * l.quantity);
  l.adjustments.push_back({AdjustmentKind::Promotion, "P1", "promo", "促销", Money::minor(-1)});
  l.net = l.gross - Money::minor(1);
  return l;
}

void addLine(SaleStore& store, Sale& sale, std::mt19937& random) {
  sale.lines.push_back(lineFor(static_cast<int>(sale.lines.size()) + 1, random));
  sale.totals.net += sale.lines.back().net;
  sale.totals.total = sale.totals.due = sale.totals.net;
  if (auto kept = store.saveOpen(sale); !kept) die(kept.error());
}

void report(const Sale& sale) {
  const auto line = sale.receiptNo + " " + std::to_string(sale.lines.size()) + "\n";
  if (::write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size())) die("cannot write to stdout");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: pos_sale_crasher <lane database>\n";
    return 2;
  }
  try {
    poscore::SystemClock clock;
    poscore::LaneDb db{argv[1]};
    poscore::journal::Journal journal{db, clock};
    SaleStore store{db, journal, clock, "L01"};
    std::mt19937 random{static_cast<unsigned>(::getpid())};
    auto restored = store.restoreOpen();
    if (!restored) die(restored.error());
    std::optional<Sale> sale = restored.value();
    for (long n = 0;; ++n) {
      if (!sale) {
        sale.emplace();
        sale->id = "S-" + std::to_string(::getpid()) + "-" + std::to_string(n);
        sale->cashierId = "c-1";
        sale->openedAt = clock.now();
      }
      const int lines = std::uniform_int_distribution<int>(1, 6)(random);
      for (int i = 0; i < lines; ++i) addLine(store, *sale, random);
      sale->tenders = {{1, "cash", sale->totals.due, sale->totals.due, ""}};
      if (auto done = store.commit(*sale); !done) die(done.error());
      report(*sale);
      sale.reset();
    }
  } catch (const std::exception& e) {
    die(e.what());
  }
}

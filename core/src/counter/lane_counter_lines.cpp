// The counter's items: scanning, quantities, voids, price overrides, discounts, suspend and cancel.
#include <algorithm>

#include "poscore/barcode/decode.hpp"
#include "poscore/counter/lane_counter.hpp"
#include "poscore/sale/reprice.hpp"

namespace poscore::counter {
namespace {

sale::SaleLine* findLine(sale::Sale& sale, int lineNo) {
  auto found = std::find_if(sale.lines.begin(), sale.lines.end(), [&](const auto& l) { return l.lineNo == lineNo; });
  return found == sale.lines.end() ? nullptr : &*found;
}

int nextLineNo(const sale::Sale& sale) {
  int last = 0;
  for (const auto& line : sale.lines) last = std::max(last, line.lineNo);
  return last + 1;
}

// Codes shaped like a GTIN are barcodes: when they do not decode they are refused, never tried as a
// keyed SKU, so a misread check digit can never sell another article.
bool looksLikeBarcode(const std::string& code) {
  const bool digits = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  const auto n = code.size();
  return (digits && (n == 8 || n == 12 || n == 13 || n == 14)) || code.starts_with("]") || code.starts_with("(");
}

sale::SaleLine lineOf(const catalog::Product& product, const std::string& code) {
  sale::SaleLine line;
  line.productId = product.id;
  line.sku = product.sku;
  line.nameEn = product.nameEn;
  line.nameZh = product.nameZh;
  line.scannedCode = code;
  line.taxClass = product.taxClass;
  line.unit = product.unit;
  line.unitPrice = product.price;
  return line;
}

}  // namespace

possdk::Status LaneCounter::scan(const std::string& code) {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  if (code.empty()) return fail("Nothing was scanned; scan the item again or key its code");
  if (auto waiting = needNotWaiting(); !waiting) return waiting;
  if (view_.sale && view_.sale->kind == sale::SaleKind::Return) {
    return fail("A return is open; pick its lines from the original receipt, or finish it first");
  }
  if (view_.sale && !view_.sale->tenders.empty()) return fail("A payment has already been taken on this sale; finish paying it first");
  auto line = lineFor(code);
  if (!line) return possdk::Status::fail(line.error());
  sale::Sale draft = view_.sale ? *view_.sale : newSale(sale::SaleKind::Sale);
  if (draft.saleDiscount) {
    // A supervisor approved the discount on the basket as it was, not on whatever is added after.
    draft.saleDiscount.reset();
    notice(Notice::Level::Warning, parts_.text.say("The sale discount was removed because an item was added; ask for it again"));
  }
  line.value().lineNo = nextLineNo(draft);
  draft.lines.push_back(std::move(line.value()));
  return show(std::move(draft));
}

possdk::Result<sale::SaleLine> LaneCounter::lineFor(const std::string& code) {
  using Line = possdk::Result<sale::SaleLine>;
  barcode::Decoded decoded;  // a keyed SKU carries no weight or price of its own
  possdk::Result<std::optional<catalog::Product>> found = std::optional<catalog::Product>{};
  if (looksLikeBarcode(code)) {
    auto read = barcode::decode(code, parts_.decode);
    if (!read) return Line::fail(read.error());
    decoded = std::move(read.value());
    found = parts_.catalog.findByBarcode(decoded.lookupKey);
  } else {
    found = parts_.catalog.findBySku(code);
  }
  if (!found) return Line::fail(found.error());
  if (!found.value()) return lineForPluginItem(code);
  const auto& product = *found.value();
  sale::SaleLine line = lineOf(product, code);
  if (auto measured = measure(line, product, decoded); !measured) return Line::fail(measured.error());
  warnAbout(product);
  return line;
}

possdk::Result<sale::SaleLine> LaneCounter::lineForPluginItem(const std::string& code) {
  using Line = possdk::Result<sale::SaleLine>;
  auto item = parts_.checkout.lookup(code);
  if (!item) return Line::fail(parts_.text.say("{1} is not in the catalog; check the code, or key the article number", {code}));
  if (!parts_.pricing.findTaxClass(item->taxClass) || item->priceMinor < 0 || item->priceMinor > kMaxAmountMinor) {
    return Line::fail(parts_.text.say("The item a plugin offered for {1} has no valid price or tax class; call a supervisor", {code}));
  }
  sale::SaleLine line;
  line.sku = item->sku;
  line.nameEn = item->nameEn;
  line.nameZh = item->nameZh;
  line.scannedCode = code;
  line.taxClass = item->taxClass;
  line.unitPrice = Money::minor(item->priceMinor);
  return line;
}

// Quantity of a weighed item: the label's weight or price, else the scale's stable weight less tare.
possdk::Status LaneCounter::measure(sale::SaleLine& line, const catalog::Product& product, const barcode::Decoded& decoded) {
  if (product.unit != catalog::SaleUnit::Weight) return possdk::Status::ok();
  if (decoded.weightGrams) {
    line.quantity = *decoded.weightGrams;
    return possdk::Status::ok();
  }
  if (decoded.price) {
    line.embeddedPrice = decoded.price;
    return possdk::Status::ok();
  }
  if (parts_.scale == nullptr) {
    return fail("{1} is sold by weight and this counter has no scale; weigh it at a label scale", {product.nameEn});
  }
  const auto gross = parts_.scale->stableGrams();
  if (!gross) return fail("Put {1} on the scale and wait until the weight is steady, then scan again", {product.nameEn});
  const auto net = *gross - product.tareGrams;
  if (net <= 0) return fail("The scale shows no more than the container's weight; put {1} on the scale", {product.nameEn});
  if (net > sale::kMaxGrams) return fail("The scale reads more than any item can weigh; clear the scale and weigh again");
  line.quantity = net;
  parts_.scale->markSold();
  return possdk::Status::ok();
}

void LaneCounter::warnAbout(const catalog::Product& product) {
  if (product.ageRestricted) notice(Notice::Level::Warning, parts_.text.say("Check the customer's age for {1}", {product.nameEn}));
  if (product.easTagged) notice(Notice::Level::Info, parts_.text.say("Remove or deactivate the security tag of {1}", {product.nameEn}));
}

possdk::Status LaneCounter::setQuantity(int lineNo, std::int64_t quantity) {
  if (auto ok = needLine(lineNo); !ok) return ok;
  return changeSale([&](sale::Sale& draft) {
    auto* line = findLine(draft, lineNo);
    if (line->unit == catalog::SaleUnit::Weight) return fail("Line {1} is weighed; its quantity is its weight", {std::to_string(lineNo)});
    if (quantity < 1 || quantity > sale::kMaxPieces) {
      return fail("A quantity must be between 1 and {1}; key it again", {std::to_string(sale::kMaxPieces)});
    }
    line->quantity = quantity;
    if (line->discount || draft.saleDiscount) {
      line->discount.reset();
      draft.saleDiscount.reset();
      notice(Notice::Level::Warning, parts_.text.say("Discounts were removed because a quantity changed; ask for them again"));
    }
    return possdk::Status::ok();
  });
}

possdk::Status LaneCounter::voidLine(int lineNo) {
  if (auto ok = needLine(lineNo); !ok) return ok;
  return changeSale([&](sale::Sale& draft) {
    findLine(draft, lineNo)->voided = true;
    return possdk::Status::ok();
  });
}

possdk::Status LaneCounter::overridePrice(int lineNo, Money price, const std::string& reason,
                                          const std::optional<Approval>& approval) {
  if (auto ok = needLine(lineNo); !ok) return ok;
  if (price.isNegative() || price.minorUnits() > kMaxAmountMinor) return fail("That price is not possible; key the price again");
  if (reason.empty()) return fail("Say why the price is changed");
  auto by = authorize(approval);
  if (!by) return possdk::Status::fail(by.error());
  return changeSale([&](sale::Sale& draft) {
    auto* line = findLine(draft, lineNo);
    line->priceOverride = price;
    line->overrideBy = sale::Authorization{by.value(), reason};
    return possdk::Status::ok();
  });
}

possdk::Status LaneCounter::discountLine(int lineNo, sale::ManualDiscount discount, const std::optional<Approval>& approval) {
  if (auto ok = needLine(lineNo); !ok) return ok;
  auto by = authorize(approval);
  if (!by) return possdk::Status::fail(by.error());
  discount.by.userId = by.value();
  return changeSale([&](sale::Sale& draft) {
    findLine(draft, lineNo)->discount = discount;
    return possdk::Status::ok();
  });
}

possdk::Status LaneCounter::discountSale(sale::ManualDiscount discount, const std::optional<Approval>& approval) {
  if (auto ok = needNoPayment(); !ok) return ok;
  if (view_.sale->kind == sale::SaleKind::Return) return fail("A return gives back what was paid; it takes no discount");
  auto by = authorize(approval);
  if (!by) return possdk::Status::fail(by.error());
  discount.by.userId = by.value();
  return changeSale([&](sale::Sale& draft) {
    draft.saleDiscount = discount;
    return possdk::Status::ok();
  });
}

possdk::Status LaneCounter::cancelSale(const std::string& reason) {
  if (auto open = needOpenSale(); !open) return open;
  if (reason.empty()) return fail("Say why the sale is cancelled");
  const bool paidPart = !view_.sale->tenders.empty();
  if (paidPart && view_.staff->role != Role::Supervisor) {
    return fail("Part of this sale is paid; a supervisor must sign on to cancel it and hand the payments back");
  }
  sale::Sale draft = *view_.sale;
  if (auto cancelled = parts_.sales.cancel(draft, reason, view_.staff->id); !cancelled) return cancelled;
  events_.cancelled(draft);
  view_.sale.reset();
  return_.reset();
  for (const auto& tender : draft.tenders) handBack(tender);
  notify();
  return possdk::Status::ok();
}

// What a cancelled part payment needs: cash back from the drawer, a card reversal on the terminal,
// a plugin tender asked to give its part back.
void LaneCounter::handBack(const sale::Tender& tender) {
  const auto amount = formatMoney(tender.amount, parts_.pricing.decimals);
  if (tender.kind == "cash") {
    notice(Notice::Level::Warning, parts_.text.say("Give back {1} in cash", {amount}));
    safely([&] { printed(parts_.printer.printNoSale({view_.staff->id, "cancelled sale: cash back", parts_.clock.now()}), Slip::NoSale); });
  } else if (const auto* entry = parts_.checkout.tender(tender.kind)) {
    giveBack({"", tender.kind, entry->pluginId, entry->provider, tender.amount}, {tender.amount.minorUnits(), tender.reference});
  } else {
    notice(Notice::Level::Warning,
           parts_.text.say("Reverse {1} paid by {2} (reference {3}) on its terminal", {amount, tender.kind, tender.reference}));
  }
}

possdk::Status LaneCounter::suspend() {
  if (auto ok = needNoPayment(); !ok) return ok;
  if (view_.sale->kind == sale::SaleKind::Return) return fail("A return cannot be suspended; finish or cancel it");
  sale::Sale draft = *view_.sale;
  if (auto parked = parts_.sales.suspend(draft); !parked) return parked;
  view_.sale.reset();
  notify();
  return possdk::Status::ok();
}

std::vector<SuspendedSale> LaneCounter::suspended() const {
  std::vector<SuspendedSale> list;
  auto parked = parts_.sales.suspended();
  if (!parked) return list;
  for (const auto& s : parked.value()) {
    const auto live = std::count_if(s.lines.begin(), s.lines.end(), [](const auto& l) { return !l.voided; });
    list.push_back({s.id, s.cashierId, s.totals.total, static_cast<int>(live)});
  }
  return list;
}

possdk::Status LaneCounter::resume(const std::string& saleId) {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  if (view_.sale) return fail("A sale is open; finish or suspend it before resuming another");
  auto resumed = parts_.sales.resume(saleId);
  if (!resumed) return possdk::Status::fail(resumed.error());
  sale::Sale parked = resumed.value();
  auto shown = show(std::move(resumed.value()));
  if (!shown) {
    // Put it back where it was, so the lane is not left with an open sale nobody can see.
    if (auto back = parts_.sales.suspend(parked); !back) {
      std::string both = shown.error();
      both.append("; ").append(back.error());
      return possdk::Status::fail(both);
    }
  }
  return shown;
}

}  // namespace poscore::counter

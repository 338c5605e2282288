#pragma once
// Fakes for every port of the exit lane, and a rig that wires them to one ExitLane.
#include <algorithm>
#include <ostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "src/exit/exit_lane.hpp"

namespace weighing {
// So a failing parameterised test names the reading instead of dumping its bytes.
inline void PrintTo(const ScaleReading& r, std::ostream* os) { *os << eventName(r.status) << " " << r.milligrams << " mg"; }
}  // namespace weighing

namespace exit_test {

using namespace weighing;
using namespace weighing::exit;

class FakeServer final : public ExitServer {
 public:
  struct Verify {
    std::string qr;
    std::function<void(possdk::Result<possdk::ServerReply>)> done;
  };
  void verify(const std::string& qr, std::function<void(possdk::Result<possdk::ServerReply>)> done) override {
    verifies.push_back({qr, std::move(done)});
  }
  possdk::Status sendResult(const ExitResult& result) override {
    results.push_back(result);
    return refuse.empty() ? possdk::Status::ok() : possdk::Status::fail(refuse);
  }
  void answer(int status, std::string body) { take()(possdk::ServerReply{status, std::move(body)}); }
  void fail(std::string why) { take()(possdk::Result<possdk::ServerReply>::fail(std::move(why))); }

  std::vector<Verify> verifies;
  std::vector<ExitResult> results;
  std::string refuse;

 private:
  std::function<void(possdk::Result<possdk::ServerReply>)> take() { return verifies.back().done; }
};

class FakeEas final : public Eas {
 public:
  possdk::Status deactivate() override {
    ++deactivations;
    return broken.empty() ? possdk::Status::ok() : possdk::Status::fail(broken);
  }
  int deactivations = 0;
  std::string broken;
};

class FakeSpeaker final : public Speaker {
 public:
  void say(const std::string& text, const std::string& lang) override { said.emplace_back(lang, text); }
  std::vector<std::pair<std::string, std::string>> said;  // lang, text
};

class FakeTimers final : public Timers {
 public:
  struct Pending {
    std::chrono::milliseconds delay;
    std::function<void()> work;
    std::shared_ptr<bool> live;
  };
  class Handle final : public possdk::Subscription {
   public:
    explicit Handle(std::shared_ptr<bool> live) : live_(std::move(live)) {}
    ~Handle() override { *live_ = false; }

   private:
    std::shared_ptr<bool> live_;
  };

  std::unique_ptr<possdk::Subscription> after(std::chrono::milliseconds delay, std::function<void()> work) override {
    auto live = std::make_shared<bool>(true);
    pending.push_back({delay, std::move(work), live});
    return std::make_unique<Handle>(live);
  }
  // The live timers of this delay.
  int armed(std::chrono::milliseconds delay) const {
    return static_cast<int>(std::count_if(pending.begin(), pending.end(),
                                          [&](const Pending& p) { return *p.live && p.delay == delay; }));
  }
  // Runs the first live timer of this delay, as the host would once it is due; false when none.
  bool fire(std::chrono::milliseconds delay) {
    for (auto& p : pending) {
      if (*p.live && p.delay == delay) {
        *p.live = false;
        auto work = p.work;
        work();
        return true;
      }
    }
    return false;
  }
  std::vector<Pending> pending;
};

class FakeSupervisors final : public Supervisors {
 public:
  possdk::Result<std::string> approve(const std::string& staffId, const std::string& pin) override {
    attempts.emplace_back(staffId, pin);
    if (staffId == "S7" && pin == "2468") return std::string("Wang Fang");
    return possdk::Result<std::string>::fail("Wrong PIN for S7: 2 tries left before the lockout");
  }
  std::vector<std::pair<std::string, std::string>> attempts;
};

class FakeAudit final : public possdk::Audit {
 public:
  possdk::Status record(const std::string& action, const std::string& detailJson) override {
    records.emplace_back(action, detailJson);
    return possdk::Status::ok();
  }
  std::vector<std::pair<std::string, std::string>> records;
};

// A band handed in by the test, so no test depends on the tolerance model's numbers: inside it
// passes, outside it alarms.
class BandJudge final : public BasketJudge {
 public:
  Expectation expect(std::span<const ItemWeight> items) override {
    seen.assign(items.begin(), items.end());
    Expectation e;
    e.band = band;
    for (const auto& item : items) {
      if (!item.learned && item.catalogMg == 0) e.unknownSkus.push_back(item.sku);
    }
    return e;
  }
  Judgement judge(const Expectation& expectation, std::int64_t measuredMg) override {
    ++judged;
    const auto& b = *expectation.band;
    Judgement j;
    j.differenceMg = measuredMg - b.expectedMg;
    j.verdict = measuredMg >= b.minMg && measuredMg <= b.maxMg ? Verdict::Pass : Verdict::Alarm;
    j.reason = j.verdict == Verdict::Pass ? "within the band" : "outside the band";
    return j;
  }
  std::int64_t bagTareMg() const override { return tareMg; }
  Band band{1500000, 1450000, 1550000, 15000};
  std::int64_t tareMg = 12000;
  std::vector<ItemWeight> seen;
  int judged = 0;
};

class FakeDisplay final : public ExitDisplay {
 public:
  void show(const ExitView& view) override {
    last = view;
    ++shows;
  }
  ExitView last;
  int shows = 0;
};

// idJson goes in as it is: 42 or "W-42".
inline std::string orderBody(int lines = 2, const std::string& idJson = "42") {
  std::string items;
  for (int i = 0; i < lines; ++i) {
    if (i) items += ",";
    items += R"({"line":)" + std::to_string(i + 1) + R"(,"sku":"SKU-)" + std::to_string(i + 1) +
             R"(","barcode":"6901234567892","name_en":"Tea","name_zh":"茶","quantity":2,"price_minor":350,)"
             R"("weight":{"count":12,"mean_mg":250000,"spread_mg":3000,"catalog_mg":248000,"catalog_spread_mg":0}})";
  }
  return R"({"order":{"id":)" + idJson +
         R"(,"status":"paid","order_no":"W-0042","currency":"CNY","total_minor":700,"items":[)" + items + "]}}";
}

inline std::string errorBody(int status, const std::string& code) {
  return R"({"error":{"status":)" + std::to_string(status) + R"(,"code":")" + code +
         R"(","field":"qr","message":"refused: )" + code + R"("}})";
}

inline ScaleReading reading(ScaleStatus status, std::int64_t mg = 0) {
  ScaleReading r;
  r.status = status;
  r.milligrams = mg;
  r.resolutionMg = 2000;
  return r;
}

struct Rig {
  FakeServer server;
  FakeEas eas;
  FakeSpeaker speaker;
  FakeTimers timers;
  FakeSupervisors supervisors;
  FakeAudit audit;
  BandJudge judge;
  FakeDisplay display;
  ExitTimings timings{std::chrono::milliseconds(8000), std::chrono::milliseconds(4000), std::chrono::milliseconds(6000)};
  ExitLane lane{{server, eas, speaker, timers, supervisors, audit, judge, display}, timings};

  // Scanned, verified and waiting for the bag.
  void toWeighing(int lines = 2) {
    lane.start();
    lane.scanned("WO1.payload.signature");
    server.answer(200, orderBody(lines));
  }
};

}  // namespace exit_test

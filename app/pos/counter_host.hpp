#pragma once
#include <memory>
#include <string>

#include <wx/timer.h>

#include "poscore/counter/counter_lane.hpp"
#include "poscore/runtime.hpp"

namespace pos {

// The lane's counter in the shell: built from the Runtime's settings and database, fed by the bus
// scale, and polled once a second so receipts waiting for the printer go out when it is back.
class CounterHost {
 public:
  explicit CounterHost(poscore::Runtime& runtime);
  ~CounterHost();

  // Null when the counter could not be built; problem() then says why.
  poscore::counter::CounterSession* session() { return lane_ ? &lane_->session() : nullptr; }
  const std::string& problem() const { return problem_; }

 private:
  std::unique_ptr<poscore::counter::BusWeightSource> scale_;
  std::unique_ptr<poscore::counter::CounterLane> lane_;
  wxTimer poll_;
  std::string problem_;
};

}  // namespace pos

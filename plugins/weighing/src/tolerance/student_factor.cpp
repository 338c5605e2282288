#include "src/tolerance/student_factor.hpp"

#include <boost/math/distributions/complement.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <map>
#include <utility>

namespace weighing {

namespace {

// The quantile costs microseconds and a basket asks for the same few again and again; each
// thread keeps its own answers, at most this many.
constexpr std::size_t kRemembered = 4096;

double compute(double freedom, double strictness) {
  const double tail = boost::math::cdf(boost::math::complement(boost::math::normal(), strictness));
  return boost::math::quantile(boost::math::complement(boost::math::students_t(freedom), tail)) / strictness;
}

}  // namespace

double studentFactor(double freedom, double strictness) {
  thread_local std::map<std::pair<double, double>, double> remembered;
  const auto key = std::make_pair(freedom, strictness);
  if (const auto found = remembered.find(key); found != remembered.end()) return found->second;
  if (remembered.size() >= kRemembered) remembered.clear();
  const double factor = compute(freedom, strictness);
  remembered.emplace(key, factor);
  return factor;
}

}  // namespace weighing

#include "posserver/http/termination.hpp"

#include <pthread.h>
#include <signal.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace posserver::http {
namespace {

sigset_t terminationSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

}  // namespace

void blockTerminationSignals() {
  const auto set = terminationSignals();
  if (const int error = pthread_sigmask(SIG_BLOCK, &set, nullptr); error != 0) {
    throw std::runtime_error(std::string("cannot block SIGTERM and SIGINT: ") + std::strerror(error));
  }
}

int waitForTermination() {
  blockTerminationSignals();
  const auto set = terminationSignals();
  int signal = 0;
  while (true) {
    const int error = sigwait(&set, &signal);
    if (error == 0) return signal;
    if (error != EINTR) throw std::runtime_error(std::string("waiting for SIGTERM failed: ") + std::strerror(error));
  }
}

}  // namespace posserver::http

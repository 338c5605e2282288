#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>

#include "posserver/http/termination.hpp"

TEST(Termination, ReturnsTheSignalThatArrived) {
  sigset_t before;
  pthread_sigmask(SIG_SETMASK, nullptr, &before);
  for (const int signal : {SIGTERM, SIGINT}) {
    posserver::http::blockTerminationSignals();
    // Sent to this thread, which has the signals blocked, so it waits pending for sigwait.
    ASSERT_EQ(pthread_kill(pthread_self(), signal), 0);
    EXPECT_EQ(posserver::http::waitForTermination(), signal);
  }
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
}

#pragma once

namespace posserver::http {

// Blocks SIGTERM and SIGINT in the calling thread. Call it first in main(), before any thread
// starts, so every thread inherits the mask and only waitForTermination() ever sees the signals.
void blockTerminationSignals();

// Waits until SIGTERM or SIGINT arrives and returns its number (blocks them first if needed).
int waitForTermination();

}  // namespace posserver::http

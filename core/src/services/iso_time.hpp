#pragma once
// The helper is public (poscore/services/iso_time.hpp); this path stays for the files that still
// include it by its old place.
#include "poscore/services/iso_time.hpp"

#include "freethreading/check.h"

#include <cstdio>
#include <cstdlib>

namespace gcfuzz::freethreading {

void ContractViolated(const char* expr, const char* msg, const char* file,
                      int line) {
  std::fprintf(stderr,
               "==gcfuzz== ERROR: freethreading contract violated: %s\n"
               "  check: %s\n  at %s:%d\n"
               "SUMMARY: gcfuzz: contract-violation %s\n",
               msg, expr, file, line, msg);
  std::fflush(stderr);
  std::abort();
}

}  // namespace gcfuzz::freethreading

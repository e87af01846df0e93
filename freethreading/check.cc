#include "freethreading/check.h"

#include <string>

#include "report/report.h"

namespace gcfuzz::freethreading {

void ContractViolated(const char* expr, const char* msg, const char* file,
                      int line) {
  report::ReportAndAbort("contract-violation",
                         std::string("freethreading contract violated: ") +
                             msg + "\n  check: " + expr + "\n  at " + file +
                             ":" + std::to_string(line),
                         msg);
}

}  // namespace gcfuzz::freethreading

// Fuzz target: the binary form's properties (gcops/binary.h) on any bytes.
// bytes -> Decode -> Print -> Parse (must succeed, must equal the decoded
// program) -> Encode -> Decode (must equal again); and the decoded program
// has no definitely-invalid statement (the static model's repair is
// idempotent).
#include <cstddef>
#include <cstdint>
#include <string>

#include "differential/report.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/static_model.h"

using namespace gcfuzz::gcops;  // NOLINT: a 40-line fuzz target

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Program p = Decode({data, size});
  const std::string text = Print(p);
  auto fail = [&](const std::string& details, const std::string& where) {
    gcfuzz::differential::ReportAndAbort("roundtrip-mismatch", details, text,
                                         where);
  };
  Program parsed;
  ParseError err;
  if (!Parse(text, "decoded", &parsed, &err)) {
    fail("printed program does not parse: " + err.ToString(), "parse");
  }
  if (!(parsed == p)) {
    fail("Parse(Print(p)) != p: " +
             gcfuzz::differential::FirstDifference(p, parsed),
         "print-parse");
  }
  const Program again = Decode(Encode(p));
  if (!(again == p)) {
    fail("Decode(Encode(p)) != p: " +
             gcfuzz::differential::FirstDifference(p, again),
         "encode-decode");
  }
  if (auto bad = FirstInvalid(p)) {
    fail("statement " + std::to_string(*bad + 1) +
             " is definitely invalid after repair",
         "repair");
  }
  return 0;
}

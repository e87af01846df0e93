// Fuzz target: the text front end on any bytes. Parse returns a program or
// an error, never crashes; a program prints to text that parses back to it,
// printing is idempotent, and (when it fits the binary form and the static
// model leaves it alone) it survives Encode/Decode unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "differential/report.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/static_model.h"

using namespace gcfuzz::gcops;  // NOLINT: a 40-line fuzz target

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Program p;
  ParseError err;
  if (!Parse(input, "input", &p, &err)) return 0;  // an error is an answer
  const std::string text = Print(p);
  auto fail = [&](const std::string& details, const std::string& where) {
    gcfuzz::differential::ReportAndAbort("roundtrip-mismatch", details, text,
                                         where);
  };
  Program again;
  if (!Parse(text, "printed", &again, &err)) {
    fail("printed program does not parse: " + err.ToString(), "parse");
  }
  if (!(again == p)) {
    fail("Parse(Print(p)) != p: " +
             gcfuzz::differential::FirstDifference(p, again),
         "print-parse");
  }
  if (Print(again) != text) fail("Print is not idempotent", "print");
  if (FitsBinaryForm(p) && !FirstInvalid(p)) {
    const Program back = Decode(Encode(p));
    if (!(back == p)) {
      fail("Decode(Encode(p)) != p: " +
               gcfuzz::differential::FirstDifference(p, back),
           "text-encode-decode");
    }
  }
  return 0;
}

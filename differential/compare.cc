#include "differential/compare.h"

#include <algorithm>

#include "gcops/trace_view.h"

namespace gcfuzz::differential {

using gcops::Failure;
using gcops::Misuse;
using gcops::RunResult;
using gcops::Trace;
namespace {

std::string MisuseText(const std::optional<Misuse>& m) {
  if (!m) return "(ran to the end)";
  return "line " + std::to_string(m->loc.line) + ": " + m->message;
}

}  // namespace

std::string SideBySide(const Trace& a, std::string_view a_name, const Trace& b,
                       std::string_view b_name, long from, long context) {
  return gcops::FormatSideBySide(gcops::ViewOf(a), a_name, gcops::ViewOf(b),
                                 b_name, from - context, from + 12);
}

std::optional<Divergence> Compare(const RunResult& a, std::string_view a_name,
                                  const RunResult& b, std::string_view b_name) {
  const long at = FirstDifference(a.trace, b.trace);
  if (at >= 0) {
    Divergence d;
    d.kind = Divergence::Kind::kTrace;
    d.event_index = at;
    auto text = [](const Trace& t, long i) {
      return i < static_cast<long>(t.events.size()) ? t.Format(t.events[i])
                                                    : std::string("(end)");
    };
    d.summary = "event " + std::to_string(at) + ": " + std::string(a_name) +
                " has '" + text(a.trace, at) + "', " + std::string(b_name) +
                " has '" + text(b.trace, at) + "'";
    d.detail = SideBySide(a.trace, a_name, b.trace, b_name, at);
    return d;
  }
  if (a.misuse != b.misuse) {
    Divergence d;
    d.kind = Divergence::Kind::kMisuse;
    d.summary = "the runs stopped differently: " + std::string(a_name) + " " +
                MisuseText(a.misuse) + "; " + std::string(b_name) + " " +
                MisuseText(b.misuse);
    d.detail = d.summary + "\n";
    return d;
  }
  const size_t n = std::max(a.failures.size(), b.failures.size());
  for (size_t i = 0; i < n; ++i) {
    const Failure* fa = i < a.failures.size() ? &a.failures[i] : nullptr;
    const Failure* fb = i < b.failures.size() ? &b.failures[i] : nullptr;
    if (fa && fb && *fa == *fb) continue;
    Divergence d;
    d.kind = Divergence::Kind::kExpectation;
    auto text = [](const Failure* f) {
      return f ? "line " + std::to_string(f->loc.line) + ": " + f->message
               : std::string("(holds)");
    };
    d.summary = "expectation results differ: " + std::string(a_name) + " " +
                text(fa) + "; " + std::string(b_name) + " " + text(fb);
    d.detail = d.summary + "\n";
    return d;
  }
  return std::nullopt;
}

}  // namespace gcfuzz::differential

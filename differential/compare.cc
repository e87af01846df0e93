#include "differential/compare.h"

#include <algorithm>

namespace gcfuzz::differential {

using gcops::Failure;
using gcops::Misuse;
using gcops::RunResult;
using gcops::Trace;
namespace {

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string MisuseText(const std::optional<Misuse>& m) {
  if (!m) return "(ran to the end)";
  return "line " + std::to_string(m->loc.line) + ": " + m->message;
}

}  // namespace

std::string SideBySide(const Trace& a, std::string_view a_name, const Trace& b,
                       std::string_view b_name, long from, long context) {
  const long start = std::max(0L, from - context);
  const long end =
      static_cast<long>(std::max(a.events.size(), b.events.size()));
  const size_t width = 32;
  std::string out = "      " + Pad(std::string(a_name), width) + "  " +
                    std::string(b_name) + "\n";
  for (long i = start; i < end && i < from + 12; ++i) {
    const bool has_a = i < static_cast<long>(a.events.size());
    const bool has_b = i < static_cast<long>(b.events.size());
    const std::string ea = has_a ? a.Format(a.events[i]) : "(end)";
    const std::string eb = has_b ? b.Format(b.events[i]) : "(end)";
    const bool same =
        has_a && has_b && a.SameEvent(a.events[i], b, b.events[i]);
    std::string idx = std::to_string(i);
    out += (same ? "  " : "=>") + std::string(" ") + Pad(idx, 3) + " " +
           Pad(ea, width) + "  " + eb + "\n";
  }
  return out;
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

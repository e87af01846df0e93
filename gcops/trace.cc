#include "gcops/trace.h"

#include <algorithm>

namespace gcfuzz::gcops {

std::string Trace::Format(const Event& e) const {
  const EventInfo& info = Info(e.kind);
  std::string out = info.keyword;
  switch (info.args) {
    case EventArgs::kLabel:
      out += ' ';
      out += e.obj < labels.size() ? labels[e.obj] : std::string("?");
      break;
    case EventArgs::kGen:
      out += ' ' + std::to_string(e.gen);
      break;
    case EventArgs::kGenMN:
      out += ' ' + std::to_string(e.gen) + ' ' + std::to_string(e.m) + ' ' +
             std::to_string(e.n);
      break;
    case EventArgs::kGenN:
      out += ' ' + std::to_string(e.gen) + ' ' + std::to_string(e.n);
      if (e.automatic) out += " auto";
      break;
  }
  return out;
}

std::string Trace::ToString(bool include_free) const {
  std::string out;
  for (const Event& e : events) {
    if (!include_free && e.kind == EventKind::kFree) continue;
    out += Format(e);
    out += '\n';
  }
  return out;
}

bool Trace::SameEvent(const Event& a, const Trace& other,
                      const Event& b) const {
  if (a.kind != b.kind) return false;
  if (Info(a.kind).args == EventArgs::kLabel)
    return Format(a) == other.Format(b);
  return a.gen == b.gen && a.m == b.m && a.n == b.n &&
         a.automatic == b.automatic;
}

long FirstDifference(const Trace& a, const Trace& b) {
  const size_t n = std::min(a.events.size(), b.events.size());
  for (size_t i = 0; i < n; ++i) {
    if (!a.SameEvent(a.events[i], b, b.events[i])) return static_cast<long>(i);
  }
  if (a.events.size() != b.events.size()) return static_cast<long>(n);
  return -1;
}

}  // namespace gcfuzz::gcops

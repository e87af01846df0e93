#include "gcops/trace_view.h"

#include <algorithm>

namespace gcfuzz::gcops {
namespace {

std::string PadRight(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string PadLeft(const std::string& s, size_t width) {
  return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

std::string LineText(const ViewEvent& e) {
  return e.site && e.site->line != 0 ? std::to_string(e.site->line) : "?";
}

std::string Indented(const ViewEvent& e) {
  return std::string(e.site ? 2 * e.site->depth : 0, ' ') + e.text;
}

// One side's cells of row `i`: the line and the indented event, or a blank
// line and "(end)" past its last event.
std::pair<std::string, std::string> Cells(const TraceView& v, long i) {
  if (i >= static_cast<long>(v.size())) return {"", "(end)"};
  return {LineText(v[i]), Indented(v[i])};
}

}  // namespace

TraceView ViewOf(const Trace& t, bool include_free) {
  TraceView out;
  for (size_t i = 0; i < t.events.size(); ++i) {
    if (!include_free && t.events[i].kind == EventKind::kFree) continue;
    ViewEvent e{t.Format(t.events[i]), std::nullopt};
    if (i < t.sites.size()) e.site = t.sites[i];
    out.push_back(std::move(e));
  }
  return out;
}

TraceView ViewOf(const std::vector<std::string>& events,
                 const std::vector<std::optional<EventSite>>& sites) {
  TraceView out;
  for (size_t i = 0; i < events.size(); ++i) {
    out.push_back({events[i], i < sites.size() ? sites[i] : std::nullopt});
  }
  return out;
}

std::string FormatViewRow(const ViewEvent& e) {
  return PadLeft(LineText(e), 4) + "  " + Indented(e);
}

std::string FormatView(const TraceView& view) {
  std::string out;
  for (const ViewEvent& e : view) out += FormatViewRow(e) + "\n";
  return out;
}

long FirstTextDifference(const TraceView& a, const TraceView& b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i].text != b[i].text) return static_cast<long>(i);
  }
  return a.size() == b.size() ? -1 : static_cast<long>(n);
}

std::string FormatSideBySide(const TraceView& a, std::string_view a_name,
                             const TraceView& b, std::string_view b_name,
                             long from, long to, long first_number) {
  const long longer = static_cast<long>(std::max(a.size(), b.size()));
  from = std::clamp(from, 0L, longer);
  to = to < 0 ? longer : std::clamp(to, from, longer);
  const long mark = FirstTextDifference(a, b);
  size_t width = std::max<size_t>(20, a_name.size());
  for (long i = from; i < to; ++i) {
    width = std::max(width, Cells(a, i).second.size());
  }
  std::string out = std::string(7, ' ') + "line  " +
                    PadRight(std::string(a_name), width) + "  line  " +
                    std::string(b_name) + "\n";
  for (long i = from; i < to; ++i) {
    const auto [la, ea] = Cells(a, i);
    const auto [lb, eb] = Cells(b, i);
    out += std::string(i == mark ? "=> " : "   ") +
           PadRight(std::to_string(i + first_number), 3) + " " +
           PadLeft(la, 4) + "  " + PadRight(ea, width) + "  " + PadLeft(lb, 4) +
           "  " + eb + "\n";
  }
  return out;
}

}  // namespace gcfuzz::gcops

#include "cli/trace_output.h"

#include <algorithm>

namespace gcfuzz::cli {
namespace {

// Backends whose traces have the same events.
struct Group {
  std::string names;  // "collector, cpython"
  size_t members = 0;
  gcops::TraceView view;
};

bool SameEvents(const gcops::TraceView& a, const gcops::TraceView& b) {
  return gcops::FirstTextDifference(a, b) < 0;
}

std::vector<Group> GroupByEvents(const std::vector<std::string>& names,
                                 const std::vector<gcops::TraceView>& views) {
  std::vector<Group> groups;
  for (size_t i = 0; i < views.size() && i < names.size(); ++i) {
    auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return SameEvents(g.view, views[i]);
    });
    if (g == groups.end()) {
      groups.push_back({names[i], 1, views[i]});
      continue;
    }
    g->names += ", " + names[i];
    ++g->members;
    for (size_t k = 0; k < g->view.size(); ++k) {
      if (!g->view[k].site) g->view[k].site = views[i][k].site;
    }
  }
  return groups;
}

}  // namespace

std::string FormatTraces(const std::string& file,
                         const std::vector<std::string>& names,
                         const std::vector<gcops::TraceView>& views,
                         long first_number) {
  const std::vector<Group> groups = GroupByEvents(names, views);
  if (groups.empty()) return "";
  if (groups.size() == 1) {
    return "# trace of " + file + " on " + groups[0].names +
           (groups[0].members > 1 ? " (they agree)" : "") + "\n" +
           gcops::FormatView(groups[0].view);
  }
  std::string out;
  for (size_t g = 1; g < groups.size(); ++g) {
    const long at = gcops::FirstTextDifference(groups[0].view, groups[g].view);
    out +=
        "# traces of " + file + " on " + groups[0].names + " and on " +
        groups[g].names + ", side by side: they differ from event " +
        std::to_string(at + first_number) + " (=>)\n" +
        gcops::FormatSideBySide(groups[0].view, groups[0].names, groups[g].view,
                                groups[g].names, 0, -1, first_number);
  }
  return out;
}

}  // namespace gcfuzz::cli

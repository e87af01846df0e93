#include "oracle/heap_graph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/visitors.hpp>

namespace gcfuzz::oracle {

SubsetGraph::SubsetGraph(const HeapSnapshot& snapshot,
                         std::span<const ObjId> members)
    : members_(members.begin(), members.end()), graph_(members.size()) {
  for (size_t i = 0; i < members_.size(); ++i) vertex_of_[members_[i]] = i;
  SnapshotIndex index(snapshot);
  // Edges are added in members order, each member's in traverse order; with
  // vecS out-edge lists Boost keeps that order, and parallel edges stay.
  for (ObjId from : members_) {
    const ObjectInfo* o = index.Find(from);
    if (o == nullptr) continue;
    for (ObjId to : o->refs) {
      auto it = vertex_of_.find(to);
      if (it != vertex_of_.end()) {
        boost::add_edge(vertex_of_[from], it->second, graph_);
      }
    }
  }
}

int64_t SubsetGraph::InternalRefsTo(ObjId member) const {
  auto it = vertex_of_.find(member);
  if (it == vertex_of_.end()) return 0;
  return static_cast<int64_t>(boost::in_degree(it->second, graph_));
}

std::vector<ObjId> SubsetGraph::ReachableFrom(
    std::span<const ObjId> sources) const {
  // A copy with one more vertex, the outside, pointing at the sources.
  Graph g = graph_;
  Vertex outside = boost::add_vertex(g);
  for (ObjId s : sources) {
    auto it = vertex_of_.find(s);
    if (it != vertex_of_.end()) boost::add_edge(outside, it->second, g);
  }
  std::vector<Vertex> discovered;
  auto recorder = boost::make_bfs_visitor(boost::write_property(
      boost::typed_identity_property_map<Vertex>(),
      std::back_inserter(discovered), boost::on_discover_vertex()));
  boost::breadth_first_search(g, outside, boost::visitor(recorder));
  std::vector<ObjId> reached;
  for (Vertex v : discovered) {
    if (v != outside) reached.push_back(members_[v]);
  }
  return reached;
}

std::vector<ObjId> SubsetGraph::OnCycle() const {
  std::vector<int> component(boost::num_vertices(graph_));
  boost::strong_components(graph_, component.data());
  std::map<int, int> size;
  for (int c : component) size[c] += 1;
  std::vector<ObjId> on_cycle;
  for (size_t v = 0; v < members_.size(); ++v) {
    bool self_loop = boost::edge(v, v, graph_).second;
    if (size[component[v]] > 1 || self_loop) on_cycle.push_back(members_[v]);
  }
  return on_cycle;
}

}  // namespace gcfuzz::oracle

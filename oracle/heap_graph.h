// oracle/heap_graph.h — a Boost.Graph view of part of a heap snapshot.
//
// TEST-ONLY, NAIVE ON PURPOSE (see oracle/heap_snapshot.h).
//
// Every question the oracle asks about a collection is a question about the
// subgraph induced by a set of objects S (the generations being collected,
// the unreachable set, the legacy closure, the finalization survivors):
//   * how many references to x come from inside S (CPython's gc_refs is
//     refcount minus that);
//   * which members of S can be reached from given members, following only
//     references between members of S.
// SubsetGraph answers exactly those, with boost::adjacency_list and
// boost::breadth_first_search, and nothing cleverer. Vertex i is the i-th
// member of S; one extra vertex, the "outside", has an edge to each search
// source in the order given, so one breadth-first search from the outside
// discovers the sources in that order first and then what they reach, level
// by level, each vertex's edges in traverse order. That discovery order is
// also the order CPython builds its legacy `finalizers` list in.
#ifndef GCFUZZ_ORACLE_HEAP_GRAPH_H_
#define GCFUZZ_ORACLE_HEAP_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "oracle/heap_snapshot.h"

namespace gcfuzz::oracle {

class SubsetGraph {
 public:
  // `members` must be distinct ids of objects in `snapshot`; references to
  // objects outside `members` are dropped (they do not matter to S).
  SubsetGraph(const HeapSnapshot& snapshot, std::span<const ObjId> members);

  // Number of strong references to `member` held by members of S, repeats
  // counted (a self-reference counts). 0 for ids not in S.
  int64_t InternalRefsTo(ObjId member) const;

  // The members reachable from `sources` (members of S; others are ignored)
  // through references between members, sources included, in breadth-first
  // discovery order as described above.
  std::vector<ObjId> ReachableFrom(std::span<const ObjId> sources) const;

  // Members whose strong-component (cycle) has more than one member or a
  // self-loop, i.e. members that lie on a reference cycle inside S. Used only
  // to describe findings ("x is on a cycle"), never to decide them.
  std::vector<ObjId> OnCycle() const;

  const std::vector<ObjId>& members() const { return members_; }

 private:
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  using Vertex = Graph::vertex_descriptor;

  std::vector<ObjId> members_;
  std::map<ObjId, Vertex> vertex_of_;
  Graph graph_;
};

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_HEAP_GRAPH_H_

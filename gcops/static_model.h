// gcops/static_model.h — what is definitely known about a program's names
// and labels before it runs, and the repair of definitely-invalid statements.
//
// A top-level statement that cannot run (spec 3.7: an unbound name, a wrong
// kind, an index out of range, a missing dict key, a weak reference to an
// object that refuses one, a label the run never made) stops the run with
// exit status 2. Fuzz inputs that do that are wasted, so the binary decoder
// (gcops/binary.h) and the structure-aware mutator ask this model first.
//
// The model walks the top-level statements in order and keeps, per name,
// what is *definitely* true at that point: unbound, an int, None, a known
// object (an instance of class C, a list of length N, a dict with a known
// key set, a tuple of length N, a ref, a proxy), bound to something of
// unknown kind, or unknown (maybe unbound). Objects are tracked, not names,
// so `let b a` followed by `append b 1` grows what `a` names too.
//
// gc.garbage is empty until a `tp_del` instance or the saveall debug flag
// appears; a top-level take_garbage before that is definitely invalid.
//
// Bodies (finalizers, weakref and gc callbacks) run at times the model does
// not know. Once a block that assigns or deletes a name has appeared in the
// program, that name is unknown from then on; once a block that may change a
// dict (`set`, `clear`) or grow a list (`append`) has appeared, dict key
// sets become unknown and list lengths become lower bounds. A statement at
// top level whose base has unknown kind has the same effect on every object.
//
// Judgement is three-valued. Only kInvalid statements are repaired or
// dropped; kUnknown ones are kept. Invariants:
//  - soundness: a statement judged kInvalid fails in every run of the
//    program that reaches it (so a program that runs without misuse is
//    never changed by Repair);
//  - idempotence: after Repair(p), FirstInvalid(p) is empty and Repair(p)
//    changes nothing.
// Statements inside bodies are never judged for meaning: there a statement
// that cannot run does nothing (spec 3.5). Their form is checked (scope,
// classes declared before, operand counts, depth), for programs a mutator
// made; Repair drops body statements that could not be written as text.
#ifndef GCFUZZ_GCOPS_STATIC_MODEL_H_
#define GCFUZZ_GCOPS_STATIC_MODEL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::gcops {

enum class Validity : uint8_t { kValid, kUnknown, kInvalid };

// What a name holds at one point of the top level.
struct NameFact {
  enum class Kind : uint8_t {
    kUnbound,  // definitely unbound (never bound, or deleted)
    kUnknown,  // maybe unbound, or bound to anything
    kBound,    // bound, to something of unknown kind (`let x a.0`)
    kInt,
    kNone,
    kObject,  // a tracked object: StaticModel::Object(obj)
  };
  Kind kind = Kind::kUnbound;
  uint32_t obj = 0;  // kObject only
};

// A tracked object: one creation statement at top level.
struct ObjectFact {
  ObjKind kind = ObjKind::kInstance;
  ClassId cls = 0;         // kInstance
  uint32_t length = 0;     // kList (exact unless lists may grow unseen), kTuple
  std::set<int32_t> keys;  // kDict (exact unless dict keys are unknown)
  bool maybe_basic_ref = false;    // a callback-less ref to it may exist
  bool maybe_basic_proxy = false;  // a callback-less proxy to it may exist
};

// Whether a label has been given out by this point of the top level.
enum class LabelState : uint8_t { kMade, kMaybe, kNever };

class StaticModel {
 public:
  // The model refers to `program` (its classes and names) while it lives.
  explicit StaticModel(const Program& program);

  // Judges top-level statement `s` in the current state (its position in
  // the program is the point the model has reached).
  Validity Judge(const Stmt& s) const;
  // Moves past top-level statement `s`. Call it for every statement kept,
  // in order (for an invalid one the effect is that of a failed run: the
  // model's facts after it are meaningless, so repair first).
  void Apply(const Stmt& s);

  // Queries for repair and for the mutator.
  NameFact Fact(NameId name) const;
  const ObjectFact& Object(uint32_t obj) const { return objects_[obj]; }
  LabelState StateOf(const Label& label) const;
  // The label's object kind, when the label is made and its kind is known.
  std::optional<ObjKind> LabelKind(const Label& label) const;
  Validity JudgeItem(const Item& item) const;
  // Reading slot/index/key `index` of what `fact` names.
  Validity JudgeRead(const NameFact& fact, int32_t index) const;
  bool ClassDeclared(ClassId cls) const { return declared_.count(cls) != 0; }
  const std::vector<ClassId>& DeclaredClasses() const { return order_; }

 private:
  static constexpr uint32_t kMany = UINT32_MAX;
  struct LabelCount {
    uint32_t made = 0;   // creations that definitely happened
    uint32_t maybe = 0;  // creations that may have happened (>= made)
  };

  Validity JudgeWeakrefTarget(const Item& item) const;
  Validity JudgeStore(const Stmt& s) const;
  Validity JudgeExpect(const Expectation& e) const;
  NameFact FactOfItem(const Item& item) const;
  void Bind(NameId name, NameFact fact);
  uint32_t NewObject(NameId name, ObjectFact fact, bool definite);
  void ScanBlock(const std::vector<Stmt>& block);

  const Program& program_;
  std::vector<NameFact> names_;
  std::vector<bool> tainted_;  // a block seen so far assigns or deletes it
  std::vector<ObjectFact> objects_;
  std::vector<LabelCount> labels_;
  std::map<std::pair<NameId, uint32_t>, ObjKind> label_kinds_;
  std::set<ClassId> declared_;
  std::vector<ClassId> order_;
  bool dict_keys_unknown_ = false;
  bool lists_may_grow_ = false;
  bool basic_refs_unknown_ = false;
  // gc.garbage can only gain entries from a collection that finds an
  // instance of a `tp_del` class (legacy finalizer) or runs with
  // DEBUG_SAVEALL. Until a statement that could arrange either appears
  // (anywhere, bodies included), gc.garbage is definitely empty and a
  // top-level take_garbage definitely fails.
  bool garbage_may_fill_ = false;
};

// The index of the first top-level statement that is definitely invalid,
// or nothing when every statement may run.
std::optional<size_t> FirstInvalid(const Program& program);

// Repairs every definitely-invalid top-level statement, in order: re-targets
// it to a name (or index) that fits, replaces an unreadable item by `none`,
// or drops the statement. Returns how many statements were changed or
// dropped. Leaves names that are no longer used in program.names (call
// Canonicalize afterwards).
size_t Repair(Program& program);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_STATIC_MODEL_H_

#include "tests/oracle/random_program.h"

#include <map>
#include <sstream>
#include <vector>

namespace gcfuzz::oracle::testing {

namespace {

constexpr int kNames = 8;
constexpr int kSlots = 3;

struct ClassSpec {
  bool del = false;
  bool tp_del = false;
  bool weakref = true;
};

// What a top-level name is bound to.
struct Binding {
  enum class Kind { kUnbound, kInstance, kList, kDict, kTuple, kWeakref };
  Kind kind = Kind::kUnbound;
  int cls = 0;     // kInstance
  int length = 0;  // kList
};

class Generator {
 public:
  explicit Generator(std::mt19937_64& rng) : rng_(rng) {}

  std::string Program(const RandomProgramOptions& options) {
    int nclasses = Int(1, 3);
    for (int c = 0; c < nclasses; ++c) {
      ClassSpec spec{Chance(0.6), Chance(0.2), !Chance(0.1)};
      classes_.push_back(spec);
      out_ << "class C" << c << " slots=" << kSlots << (spec.del ? " del" : "")
           << (spec.tp_del ? " tp_del" : "")
           << (spec.weakref ? "" : " noweakref") << "\n";
    }
    if (Chance(0.5))
      out_ << "threshold " << Int(2, 8) << " " << Int(1, 3) << " " << Int(1, 3)
           << "\n";
    int n = Int(options.min_statements, options.max_statements);
    for (int i = 0; i < n; ++i) Statement();
    out_ << "collect\n";
    return out_.str();
  }

 private:
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  int Int(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng_);
  }
  std::string Name(int i) { return "n" + std::to_string(i); }

  std::vector<int> Bound(Binding::Kind kind) {
    std::vector<int> out;
    for (int i = 0; i < kNames; ++i) {
      if (names_[i].kind == kind) out.push_back(i);
    }
    return out;
  }
  std::vector<int> AnyBound() {
    std::vector<int> out;
    for (int i = 0; i < kNames; ++i) {
      if (names_[i].kind != Binding::Kind::kUnbound) out.push_back(i);
    }
    return out;
  }
  template <typename T>
  T Pick(const std::vector<T>& v) {
    return v[Int(0, static_cast<int>(v.size()) - 1)];
  }

  // An item at top level: a bound name, an int, or none.
  std::string Item() {
    std::vector<int> bound = AnyBound();
    if (!bound.empty() && Chance(0.75)) return Name(Pick(bound));
    return Chance(0.5) ? std::to_string(Int(0, 9)) : "none";
  }
  std::vector<int> WeakrefTargets() {
    std::vector<int> out;
    for (int i : Bound(Binding::Kind::kInstance)) {
      if (classes_[names_[i].cls].weakref) out.push_back(i);
    }
    return out;
  }

  // A body: a few statements, any of which may fail harmlessly.
  std::string Body(bool has_self, int depth) {
    std::ostringstream b;
    b << "{";
    int n = Int(0, 3);
    for (int i = 0; i < n; ++i) {
      if (i) b << " ;";
      std::string target =
          Chance(0.5) && has_self ? "self" : Name(Int(0, kNames - 1));
      std::string bname = "b" + std::to_string(Int(0, 3));
      switch (Int(0, 9)) {
        case 0:
          b << " let " << bname << " self";
          break;  // resurrect
        case 1:
          b << " clear " << target << "." << Int(0, kSlots - 1);
          break;
        case 2:
          b << " set " << target << "." << Int(0, kSlots - 1) << " "
            << (Chance(0.5) ? "self" : Name(Int(0, kNames - 1)));
          break;
        case 3:
          b << " new " << bname << " C" << Int(0, classes_.size() - 1);
          break;
        case 4:
          b << " set " << bname << ".0 " << bname;
          break;
        case 5:
          b << " del " << bname;
          break;
        case 6:
          b << " collect " << Int(0, 2);
          break;
        case 7:
          b << " ref " << bname << " " << target;
          if (depth < 2 && Chance(0.5)) b << " " << Body(true, depth + 1);
          break;
        case 8:
          b << " take_garbage " << bname;
          break;
        default:
          b << " let " << bname << " " << target << "." << Int(0, kSlots - 1);
          break;
      }
    }
    b << " }";
    return b.str();
  }

  void Bind(int name, Binding binding) { names_[name] = binding; }

  void Statement() {
    int x = Int(0, kNames - 1);
    std::string X = Name(x);
    std::vector<int> insts = Bound(Binding::Kind::kInstance);
    std::vector<int> lists = Bound(Binding::Kind::kList);
    switch (Int(0, 19)) {
      case 0:
      case 1:
      case 2: {
        int c = Int(0, classes_.size() - 1);
        out_ << "new " << X << " C" << c << "\n";
        Bind(x, {Binding::Kind::kInstance, c, 0});
        break;
      }
      case 3: {
        int n = Int(0, 3);
        std::string items;
        for (int i = 0; i < n; ++i) items += " " + Item();
        out_ << "list " << X << items << "\n";
        Bind(x, {Binding::Kind::kList, 0, n});
        break;
      }
      case 4: {
        std::string items;
        for (int i = Int(1, 3); i > 0; --i) items += " " + Item();
        out_ << "tuple " << X << items << "\n";
        Bind(x, {Binding::Kind::kTuple, 0, 0});
        break;
      }
      case 5:
        out_ << "dict " << X << "\n";
        Bind(x, {Binding::Kind::kDict, 0, 0});
        break;
      case 6:
      case 7:
      case 8: {  // set a slot, list index or dict key
        std::vector<int> targets = insts;
        for (int l : lists)
          if (names_[l].length > 0) targets.push_back(l);
        for (int d : Bound(Binding::Kind::kDict)) targets.push_back(d);
        if (targets.empty()) return;
        int t = Pick(targets);
        int index = names_[t].kind == Binding::Kind::kList
                        ? Int(0, names_[t].length - 1)
                        : Int(0, kSlots - 1);
        out_ << "set " << Name(t) << "." << index << " " << Item() << "\n";
        break;
      }
      case 9: {
        if (lists.empty()) return;
        int l = Pick(lists);
        out_ << "append " << Name(l) << " " << Item() << "\n";
        names_[l].length += 1;
        break;
      }
      case 10: {
        if (insts.empty()) return;
        out_ << "clear " << Name(Pick(insts)) << "." << Int(0, kSlots - 1)
             << "\n";
        break;
      }
      case 11:
      case 12: {
        std::vector<int> bound = AnyBound();
        if (bound.empty()) return;
        int d = Pick(bound);
        out_ << "del " << Name(d) << "\n";
        Bind(d, {});
        break;
      }
      case 13: {
        std::vector<int> targets = WeakrefTargets();
        if (targets.empty()) return;
        out_ << (Chance(0.8) ? "ref " : "proxy ") << X << " "
             << Name(Pick(targets));
        if (Chance(0.6)) out_ << " " << Body(true, 0);
        out_ << "\n";
        Bind(x, {Binding::Kind::kWeakref, 0, 0});
        break;
      }
      case 14: {
        std::vector<int> with_del;
        for (int i : insts) {
          const ClassSpec& c = classes_[names_[i].cls];
          if (c.del || c.tp_del) with_del.push_back(i);
        }
        if (with_del.empty()) return;
        int o = Pick(with_del);
        bool tp = classes_[names_[o].cls].tp_del &&
                  (!classes_[names_[o].cls].del || Chance(0.5));
        out_ << (tp ? "on_tp_del " : "on_del ") << Name(o) << " "
             << Body(true, 0) << "\n";
        break;
      }
      case 15:
      case 16:
        out_ << "collect"
             << (Chance(0.5) ? " " + std::to_string(Int(0, 2)) : "") << "\n";
        break;
      case 17: {
        std::vector<int> bound = AnyBound();
        if (bound.empty()) return;
        int from = Pick(bound);
        out_ << "let " << X << " " << Name(from) << "\n";
        Bind(x, names_[from]);
        break;
      }
      case 18: {
        const char* knobs[] = {"debug saveall", "debug",    "clear_garbage",
                               "freeze",        "unfreeze", "gccallback ",
                               "disable",       "enable"};
        std::string k = knobs[Int(0, 7)];
        if (k == "gccallback ") k += Body(false, 0);
        out_ << k << "\n";
        break;
      }
      default: {  // a small cycle, dropped at once: the common garbage
        if (insts.size() < 2) return;
        int a = Pick(insts), b = Pick(insts);
        out_ << "set " << Name(a) << "." << Int(0, kSlots - 1) << " " << Name(b)
             << "\n";
        out_ << "set " << Name(b) << "." << Int(0, kSlots - 1) << " " << Name(a)
             << "\n";
        break;
      }
    }
  }

  std::mt19937_64& rng_;
  std::ostringstream out_;
  std::vector<ClassSpec> classes_;
  Binding names_[kNames];
};

}  // namespace

std::string RandomProgram(std::mt19937_64& rng,
                          const RandomProgramOptions& options) {
  return Generator(rng).Program(options);
}

}  // namespace gcfuzz::oracle::testing

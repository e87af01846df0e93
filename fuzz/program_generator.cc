#include "fuzz/program_generator.h"

#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace gcfuzz::fuzz {

ByteChoices::ByteChoices(const uint8_t* data, size_t size)
    : data_(data), size_(size), stream_(1469598103934665603ull) {
  for (size_t i = 0; i < size; ++i)
    stream_ = (stream_ ^ data[i]) * 1099511628211ull;
}

uint32_t ByteChoices::Below(uint32_t n) {
  if (n <= 1) return 0;
  if (pos_ >= size_) {
    stream_ += 0x9e3779b97f4a7c15ull;
    uint64_t z = stream_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return static_cast<uint32_t>(z % n);
  }
  if (n <= 256) return (static_cast<uint32_t>(data_[pos_++]) * n) >> 8;
  uint32_t v = data_[pos_++];
  if (pos_ < size_) v = (v << 8) | data_[pos_++];
  return v % n;
}

namespace {

constexpr std::array<const char*, 8> kTop = {"a", "b", "c", "d",
                                             "e", "f", "g", "h"};
constexpr std::array<const char*, 4> kBody = {"p", "q", "r", "s"};

// The classes every program declares. Two slots each (one for W), so slot
// indices 0 and 1 are the interesting ones in bodies.
struct ClassShape {
  const char* name;
  int slots;
  bool del;
  bool tp_del;
  bool weakrefs;
};
constexpr std::array<ClassShape, 5> kClasses = {{
    {"C", 2, true, false, true},
    {"D", 2, false, false, true},
    {"T", 2, false, true, true},
    {"P", 2, true, true, true},
    {"W", 1, true, false, false},
}};

enum class Kind { kInstance, kList, kTuple, kDict, kWeakref };

// What a top-level name is bound to, as far as the generator can know: a
// body never rebinds a top-level name, but it may append to a list, so a
// list's length is a lower bound.
struct Binding {
  Kind kind;
  int length;  // slots of an instance, items of a list or tuple
  int cls;     // index into kClasses for an instance, else -1
};

// The switches of automatic collection and the permanent generation.
constexpr std::array<const char*, 4> kSwitches = {"freeze", "unfreeze",
                                                  "enable", "disable"};
// Debug flags as bodies and the top level set them (a body's may land
// inside a collection; the top level's add `stats`).
constexpr std::array<const char*, 6> kBodyDebug = {"debug saveall",
                                                   "debug",
                                                   "debug",
                                                   "debug leak",
                                                   "debug collectable saveall",
                                                   "debug uncollectable"};
constexpr std::array<const char*, 6> kTopDebug = {"debug saveall",
                                                  "debug",
                                                  "debug saveall",
                                                  "debug leak",
                                                  "debug stats uncollectable",
                                                  "debug collectable"};

// Expectation kinds, weighted alike; each compares state across backends.
constexpr std::array<const char*, 14> kExpects = {
    "referrers", "referents", "objects", "generation", "count",
    "stats",     "weakrefs",  "alive",   "tracked",    "finalized",
    "garbage",   "collected", "log",     "cleared"};

class Generator {
 public:
  explicit Generator(ByteChoices& c) : c_(c) {}

  std::string Program() {
    std::string out;
    for (const ClassShape& k : kClasses) {
      out += "class " + std::string(k.name) +
             " slots=" + std::to_string(k.slots) + (k.del ? " del" : "") +
             (k.tp_del ? " tp_del" : "") + (k.weakrefs ? "" : " noweakref") +
             "\n";
    }
    if (c_.Chance(179)) out += Threshold(4) + "\n";
    const int n = kMinGeneratedStatements +
                  static_cast<int>(c_.Below(kMaxGeneratedStatements -
                                            kMinGeneratedStatements + 1));
    for (int i = 0; i < n; ++i) {
      out += TopStmt() + "\n";
    }
    out += "collect\n";
    return out;
  }

 private:
  // Every choice is its own statement or initializer: the operands of `+`
  // and a call's arguments are evaluated in an unspecified order, so two
  // choices in one expression would make GCC's and Clang's builds read the
  // bytes in different orders (`gcfuzz generate` and the fuzz target would
  // print different programs for one input).
  std::string Int(int lo, int hi) {
    return std::to_string(lo + static_cast<int>(c_.Below(hi - lo + 1)));
  }
  std::string Threshold(int max0) {
    const std::string t0 = Int(1, max0);
    const std::string t1 = Int(1, 3);
    const std::string t2 = Int(1, 3);
    return "threshold " + t0 + " " + t1 + " " + t2;
  }
  std::string TopOrBodyName() {
    return c_.Chance(171) ? Pick(kTop) : Pick(kBody);
  }
  template <typename Seq>
  std::string Pick(const Seq& seq) {
    return seq[c_.Below(static_cast<uint32_t>(seq.size()))];
  }
  std::vector<std::string> Bound() const {
    std::vector<std::string> names;
    for (const auto& [name, b] : bound_) names.push_back(name);
    return names;
  }

  // --- bodies: anything goes; a statement that cannot run does nothing.
  std::string BodyItem() {
    const uint32_t c = c_.Below(100);
    if (c < 10) return "none";
    if (c < 15) return Int(0, 3);
    if (c < 35) return "self";
    if (c < 50) {
      const std::string base = TopOrBodyName();
      return base + "." + Int(0, 1);
    }
    return TopOrBodyName();
  }
  std::string AnyTarget() {  // a top-level or body name, or self
    const uint32_t c = c_.Below(13);
    if (c < 8) return kTop[c];
    if (c < 12) return kBody[c - 8];
    return "self";
  }
  std::string Block(int depth) {
    const int n = static_cast<int>(c_.Below(5));
    if (n == 0) return "{}";
    std::string out = "{ ";
    for (int i = 0; i < n; ++i) {
      if (i > 0) out += " ; ";
      out += BodyStmt(depth + 1);
    }
    return out + " }";
  }
  std::string BodyStmt(int depth) {
    const std::string x = Pick(kBody);
    const uint32_t c = c_.Below(100);
    if (c < 12) return "new " + x + " " + kClasses[c_.Below(5)].name;
    if (c < 17) {
      std::string s = "list " + x;
      for (int i = static_cast<int>(c_.Below(4)); i > 0; --i)
        s += " " + BodyItem();
      return s;
    }
    if (c < 19) {
      std::string s = "tuple " + x + " " + BodyItem();
      if (c_.Chance(128)) s += " " + BodyItem();
      return s;
    }
    if (c < 27) {
      const std::string kind = c_.Below(3) == 1 ? "proxy" : "ref";
      std::string s = kind + " " + x + " " + AnyTarget();
      if (depth < 3 && c_.Chance(154)) s += " " + Block(depth);
      return s;
    }
    if (c < 40) {
      const std::string base = AnyTarget();
      const std::string index = Int(0, 1);
      return "set " + base + "." + index + " " + BodyItem();
    }
    if (c < 43) {
      const std::string base = c_.Chance(205) ? Pick(kBody) : "self";
      return "clear " + base + "." + Int(0, 1);
    }
    if (c < 45) {
      const std::string list = TopOrBodyName();
      return "append " + list + " " + BodyItem();
    }
    if (c < 50) return "let " + x + " " + BodyItem();
    if (c < 60) return "del " + x;
    if (c < 66) return "collect " + Int(0, 2);
    if (c < 68) return Pick(kBodyDebug);
    if (c < 70) return "clear_garbage";
    if (c < 74) return "take_garbage " + x + (c_.Chance(128) ? " 0" : " -1");
    if (c < 77) return "threshold " + Int(1, 3);
    if (c < 78) return Pick(kSwitches);
    if (c < 86) return "raise";
    return "let keep" + Int(0, 2) + " self";
  }

  // --- top level: only statements that can run.
  std::string TopItem() {
    const std::vector<std::string> names = Bound();
    if (names.empty() || c_.Chance(38)) return c_.Chance(128) ? "none" : "1";
    return Pick(names);
  }

  std::string Expect() {
    std::vector<std::string> labels, refs;
    for (const auto& [label, is_ref] : labels_) {
      labels.push_back(label);
      if (is_ref) refs.push_back(label);
    }
    const std::string y = Pick(labels);
    const std::string k = Pick(kExpects);
    if (k == "objects") return "expect objects " + Int(0, 2) + " " + y;
    if (k == "generation") return "expect generation " + y + " " + Int(0, 2);
    if (k == "count") return "expect count 0 0 0";
    if (k == "stats") return "expect stats " + Int(0, 2) + " 0 0 0";
    if (k == "weakrefs") return "expect weakrefs " + y + " 0";
    if (k == "garbage" || k == "log") return "expect " + k;
    if (k == "collected") return "expect collected 0";
    if (k == "cleared") {
      return refs.empty() ? "expect alive " + y
                          : "expect cleared " + Pick(refs);
    }
    return "expect " + k + " " + y;
  }

  std::string TopStmt() {
    if (!labels_.empty() && c_.Chance(31)) return Expect();
    const std::vector<std::string> names = Bound();
    const std::string x = Pick(kTop);
    const uint32_t c = c_.Below(100);
    if (c < 16) {
      const int k = static_cast<int>(c_.Below(5));
      Bind(x, {Kind::kInstance, kClasses[k].slots, k}, "new");
      return "new " + x + " " + kClasses[k].name;
    }
    if (c < 22) {
      std::string s = "list " + x;
      const int n = static_cast<int>(c_.Below(4));
      for (int i = 0; i < n; ++i) s += " " + TopItem();
      Bind(x, {Kind::kList, n, -1}, "list");
      return s;
    }
    if (c < 25) {
      std::string s = "tuple " + x;
      const int n = 1 + static_cast<int>(c_.Below(3));
      for (int i = 0; i < n; ++i) s += " " + TopItem();
      Bind(x, {Kind::kTuple, n, -1}, "tuple");
      return s;
    }
    if (c < 27) {
      Bind(x, {Kind::kDict, 0, -1}, "dict");
      return "dict " + x;
    }
    if (c < 35) {
      std::vector<std::string> targets;
      for (const auto& [n, b] : bound_) {
        if (n != x && b.kind == Kind::kInstance && kClasses[b.cls].weakrefs)
          targets.push_back(n);
      }
      if (targets.empty()) return "collect";
      const std::string kind = c_.Below(3) == 1 ? "proxy" : "ref";
      const std::string target = Pick(targets);
      const bool block = c_.Chance(179);
      std::string s = kind + " " + x + " " + target;
      if (block) s += " " + Block(0);
      // Without a callback CPython may hand back an existing basic ref,
      // which makes no new object and no label: from then on the name's
      // labels are not known.
      if (!block) unsure_.insert(x);
      Bind(x, {Kind::kWeakref, 0, -1}, kind);
      return s;
    }
    if (c < 50) {
      std::vector<std::string> holders;
      for (const auto& [n, b] : bound_) {
        if (b.kind == Kind::kDict ||
            ((b.kind == Kind::kInstance || b.kind == Kind::kList) &&
             b.length > 0))
          holders.push_back(n);
      }
      if (holders.empty()) return "collect";
      const std::string y = Pick(holders);
      const Binding& b = bound_.at(y);
      const std::string i =
          b.kind == Kind::kDict ? Int(0, 3) : Int(0, b.length - 1);
      return "set " + y + "." + i + " " + TopItem();
    }
    if (c < 53) {
      std::vector<std::string> lists;
      for (const auto& [n, b] : bound_) {
        if (b.kind == Kind::kList) lists.push_back(n);
      }
      if (lists.empty()) return "collect";
      const std::string y = Pick(lists);
      const std::string item = TopItem();
      ++bound_.at(y).length;
      return "append " + y + " " + item;
    }
    if (c < 57) {
      if (names.empty()) return "collect";
      const std::string y = Pick(names);
      bound_[x] = bound_.at(y);
      return "let " + x + " " + y;
    }
    if (c < 70) {
      if (names.empty()) return "collect";
      const std::string y = Pick(names);
      bound_.erase(y);
      return "del " + y;
    }
    if (c < 78) return c_.Chance(154) ? "collect " + Int(0, 2) : "collect";
    if (c < 80) return Threshold(5);
    if (c < 81) return Pick(kSwitches);
    if (c < 83) return Pick(kTopDebug);
    if (c < 84) return "clear_garbage";
    if (c < 86) return "gccallback " + Block(1);
    const bool on_tp_del = c_.Below(3) == 2;
    std::vector<std::string> owners;
    for (const auto& [n, b] : bound_) {
      if (b.kind == Kind::kInstance &&
          (on_tp_del ? kClasses[b.cls].tp_del : kClasses[b.cls].del))
        owners.push_back(n);
    }
    if (owners.empty()) return "collect";
    const std::string owner = Pick(owners);
    return std::string(on_tp_del ? "on_tp_del " : "on_del ") + owner + " " +
           Block(0);
  }

  // Binds a top-level name to a new object and notes its label (spec 2:
  // NAME, then NAME@2, ... per object made under NAME), unless the name's
  // labels are no longer known.
  void Bind(const std::string& x, Binding b, const std::string& op) {
    bound_[x] = b;
    if (unsure_.count(x) != 0) return;
    const int made = ++made_[x];
    const std::string label = made == 1 ? x : x + "@" + std::to_string(made);
    labels_[label] = op == "ref" || op == "proxy";
  }

  ByteChoices& c_;
  std::map<std::string, Binding> bound_;
  std::map<std::string, bool> labels_;  // label -> is it a weakref
  std::map<std::string, int> made_;
  std::set<std::string> unsure_;
};

}  // namespace

std::string GenerateProgram(ByteChoices& choices) {
  return Generator(choices).Program();
}

}  // namespace gcfuzz::fuzz

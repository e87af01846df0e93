// tests/differential/backend_driver.h — drives a gcops::Backend by hand.
//
// A tiny stand-in for the runner, for tests only: names are roots (one
// runner reference each, dropped on rebinding or `Del`, exactly as Python
// assignment does), labels are given out as the spec says (`a`, `a@2`,
// ...), and the Host records every event as gcops text ("del a",
// "collect 2 2 auto", "free a"). Finalizer and callback bodies are C++
// lambdas registered per label (or per gc.callbacks index).
#ifndef GCFUZZ_TESTS_DIFFERENTIAL_BACKEND_DRIVER_H_
#define GCFUZZ_TESTS_DIFFERENTIAL_BACKEND_DRIVER_H_

#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::differential::testing {

class BackendDriver : public gcops::Host {
 public:
  using Body = std::function<void()>;

  // `classes`: the program's class declarations, in ClassId order.
  BackendDriver(gcops::Backend& backend, std::vector<gcops::ClassDecl> classes)
      : backend_(backend) {
    program_.classes = std::move(classes);
    backend_.Begin(*this, program_);
  }
  ~BackendDriver() override { backend_.End(); }

  gcops::Backend& backend() { return backend_; }

  // --- statements (spec 3.2-3.4); `cls` is the ClassId
  gcops::ObjId New(const std::string& name, gcops::ClassId cls) {
    const gcops::ObjId id = NewLabel(name);
    backend_.NewInstance(id, cls);
    Bind(name, id);
    return id;
  }
  gcops::ObjId List(const std::string& name,
                    const std::vector<std::string>& items = {}) {
    const auto values = Values(items);
    const gcops::ObjId id = NewLabel(name);
    backend_.NewList(id, values);
    Bind(name, id);
    return id;
  }
  gcops::ObjId Dict(const std::string& name) {
    const gcops::ObjId id = NewLabel(name);
    backend_.NewDict(id);
    Bind(name, id);
    return id;
  }
  gcops::ObjId Tuple(const std::string& name,
                     const std::vector<std::string>& items) {
    const auto values = Values(items);
    const gcops::ObjId id = NewLabel(name);
    backend_.NewTuple(id, values);
    Bind(name, id);
    return id;
  }
  // `ref`/`proxy`; `body` given means a callback (an empty body is `{}`).
  gcops::ObjId Ref(const std::string& name, const std::string& target,
                   bool with_callback, Body body = {}, bool proxy = false) {
    const gcops::ObjId fresh = static_cast<gcops::ObjId>(labels_.size());
    const gcops::ObjId id =
        backend_.NewWeakref(fresh, proxy, names_.at(target), with_callback);
    if (id == fresh) {
      labels_.push_back(MakeLabel(name));
      if (with_callback && body) callback_bodies_[id] = std::move(body);
    }
    Bind(name, id);
    return id;
  }
  // `ref NAME X.0`-style creation from inside a body: the target by id.
  gcops::ObjId RefTo(const std::string& name, gcops::ObjId target, Body body) {
    const gcops::ObjId fresh = static_cast<gcops::ObjId>(labels_.size());
    const gcops::ObjId id = backend_.NewWeakref(fresh, false, target, true);
    labels_.push_back(MakeLabel(name));
    callback_bodies_[id] = std::move(body);
    Bind(name, id);
    return id;
  }
  void Set(const std::string& base, int32_t index, const std::string& item) {
    backend_.SetItem(names_.at(base), index, Item(item));
  }
  void Clear(const std::string& base, int32_t index) {
    backend_.SetItem(names_.at(base), index, gcops::Value::None());
  }
  void Append(const std::string& base, const std::string& item) {
    backend_.Append(names_.at(base), Item(item));
  }
  // let X ITEM (ITEM a name).
  void Let(const std::string& name, const std::string& item) {
    const gcops::ObjId id = names_.at(item);
    backend_.Incref(id);
    Bind(name, id);
  }
  // let X self (inside a body): a new root for `self`.
  void LetId(const std::string& name, gcops::ObjId id) {
    backend_.Incref(id);
    Bind(name, id);
  }
  void Del(const std::string& name) {
    auto it = names_.find(name);
    const gcops::ObjId id = it->second;
    names_.erase(it);
    backend_.Decref(id);
  }
  int64_t Collect(int gen = 2) { return backend_.Collect(gen); }
  void TakeGarbage(const std::string& name, size_t index = 0) {
    Bind(name, backend_.PopGarbage(index));
  }
  void GcCallback(std::function<void(bool start)> body = {}) {
    const uint32_t index = static_cast<uint32_t>(gc_bodies_.size());
    gc_bodies_.push_back(std::move(body));
    backend_.AddGcCallback(index);
  }

  void OnDelBody(const std::string& label, Body body) {
    del_bodies_[Id(label)] = std::move(body);
  }
  void OnTpDelBody(const std::string& label, Body body) {
    tp_del_bodies_[Id(label)] = std::move(body);
  }

  // --- reading the run
  gcops::ObjId Id(const std::string& label) const {
    for (size_t i = 0; i < labels_.size(); ++i) {
      if (labels_[i] == label) return static_cast<gcops::ObjId>(i);
    }
    return gcops::kNoObj;
  }
  gcops::ObjId Named(const std::string& name) const { return names_.at(name); }
  bool Dead(const std::string& label) const { return freed_.count(Id(label)); }
  const std::string& LabelOf(gcops::ObjId id) const { return labels_.at(id); }
  std::vector<std::string> LabelsOf(
      const std::vector<gcops::ObjId>& ids) const {
    std::vector<std::string> out;
    for (gcops::ObjId id : ids) out.push_back(labels_.at(id));
    return out;
  }
  // Events since the last call, joined with ", " (as `expect log` writes
  // them); `with_free` keeps `free` events, which `expect log` leaves out.
  std::string Log(bool with_free = false) {
    std::string out;
    for (size_t i = log_start_; i < events_.size(); ++i) {
      if (!with_free && events_[i].rfind("free ", 0) == 0) continue;
      if (!out.empty()) out += ", ";
      out += events_[i];
    }
    log_start_ = events_.size();
    return out;
  }

  // --- gcops::Host
  void OnDel(gcops::ObjId self) override {
    events_.push_back("del " + labels_.at(self));
    RunBody(del_bodies_, self);
  }
  void OnTpDel(gcops::ObjId self) override {
    events_.push_back("tp_del " + labels_.at(self));
    RunBody(tp_del_bodies_, self);
  }
  void OnWeakrefCallback(gcops::ObjId weakref) override {
    events_.push_back("callback " + labels_.at(weakref));
    RunBody(callback_bodies_, weakref);
  }
  void OnGcCallback(uint32_t index, bool start, int gen, int64_t collected,
                    int64_t uncollectable) override {
    if (start) {
      events_.push_back("gc_start " + std::to_string(gen));
    } else {
      events_.push_back("gc_stop " + std::to_string(gen) + " " +
                        std::to_string(collected) + " " +
                        std::to_string(uncollectable));
    }
    if (index < gc_bodies_.size() && gc_bodies_[index])
      gc_bodies_[index](start);
  }
  void OnGarbage(gcops::ObjId obj) override {
    events_.push_back("garbage " + labels_.at(obj));
  }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    events_.push_back("collect " + std::to_string(gen) + " " +
                      std::to_string(found) + (automatic ? " auto" : ""));
  }
  void OnFree(gcops::ObjId obj) override {
    if (!freed_.insert(obj).second) {
      events_.push_back("DOUBLE-FREE " + labels_.at(obj));
    }
    events_.push_back("free " + labels_.at(obj));
  }

 private:
  std::string MakeLabel(const std::string& name) {
    const int serial = ++serials_[name];
    return serial == 1 ? name : name + "@" + std::to_string(serial);
  }
  gcops::ObjId NewLabel(const std::string& name) {
    labels_.push_back(MakeLabel(name));
    return static_cast<gcops::ObjId>(labels_.size() - 1);
  }
  // Python assignment: the name takes the (already owned) reference, then
  // whatever it held before is released.
  void Bind(const std::string& name, gcops::ObjId id) {
    auto it = names_.find(name);
    if (it == names_.end()) {
      names_.emplace(name, id);
      return;
    }
    const gcops::ObjId old = it->second;
    it->second = id;
    backend_.Decref(old);
  }
  gcops::Value Item(const std::string& item) const {
    if (item == "none") return gcops::Value::None();
    if (!item.empty() && (isdigit(item[0]) || item[0] == '-')) {
      return gcops::Value::Int(std::stoi(item));
    }
    return gcops::Value::Obj(names_.at(item));
  }
  std::vector<gcops::Value> Values(
      const std::vector<std::string>& items) const {
    std::vector<gcops::Value> out;
    for (const auto& i : items) out.push_back(Item(i));
    return out;
  }
  void RunBody(std::map<gcops::ObjId, Body>& bodies, gcops::ObjId id) {
    auto it = bodies.find(id);
    if (it != bodies.end() && it->second) it->second();
  }

  gcops::Backend& backend_;
  gcops::Program program_;
  std::vector<std::string> labels_;
  std::map<std::string, int> serials_;
  std::map<std::string, gcops::ObjId> names_;
  std::map<gcops::ObjId, Body> del_bodies_, tp_del_bodies_, callback_bodies_;
  std::vector<std::function<void(bool)>> gc_bodies_;
  std::vector<std::string> events_;
  size_t log_start_ = 0;
  std::set<gcops::ObjId> freed_;
};

}  // namespace gcfuzz::differential::testing

#endif  // GCFUZZ_TESTS_DIFFERENTIAL_BACKEND_DRIVER_H_

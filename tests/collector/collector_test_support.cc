// tests/collector/collector_test_support.cc
#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {

std::string Take(std::vector<std::string>& log) {
  std::string out;
  for (size_t i = 0; i < log.size(); ++i) {
    if (i) out += ", ";
    out += log[i];
  }
  log.clear();
  return out;
}

void CollectorFixture::TearDown() {
  if (!host_.started()) return;
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  if (backend_.heap().Quiescent()) backend_.heap().VerifyHeap();
#endif
  host_.End();
}

ObjId CollectorFixture::Id(const std::string& label) const {
  const ObjId id = host_.Id(label);
  if (id == gcops::kNoObj) ADD_FAILURE() << "unknown label " << label;
  return id;
}

bool CollectorFixture::Alive(const std::string& label) const {
  return backend_.heap().Get(Id(label)) != nullptr;
}

}  // namespace gcfuzz::collector::testing

// gcfuzz_corpus_encode OUTDIR PATH... — writes the binary form of every
// .gcops file named (or found in a named directory) into OUTDIR, so the
// fuzzers start from the hand-written corpus. A file that does not parse
// is an error (exit 1). A program the binary form does not reproduce
// exactly (outside its limits, or with a statement the static model
// repairs: a definite misuse) is written anyway, with a warning.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"

namespace fs = std::filesystem;
using namespace gcfuzz::gcops;  // NOLINT: a small tool

namespace {

bool EncodeFile(const fs::path& in_path, const fs::path& out_dir) {
  std::ifstream in(in_path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  Program p;
  ParseError err;
  if (!Parse(text.str(), in_path.string(), &p, &err)) {
    std::fprintf(stderr, "%s\n", err.ToString().c_str());
    return false;
  }
  const std::vector<uint8_t> bytes = Encode(p);
  if (!(Decode(bytes) == p)) {
    std::fprintf(stderr,
                 "warning: %s: the binary form changes this program "
                 "(outside its limits, or a definite misuse)\n",
                 in_path.c_str());
  }
  // Seeds and regressions may share a stem: keep the folder in the name.
  const std::string name =
      in_path.parent_path().filename().string() + "-" + in_path.stem().string();
  std::ofstream out(out_dir / name, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUTDIR PATH...\n", argv[0]);
    return 2;
  }
  const fs::path out_dir(argv[1]);
  fs::create_directories(out_dir);
  bool ok = true;
  size_t n = 0;
  for (int i = 2; i < argc; ++i) {
    std::vector<fs::path> files;
    if (!fs::exists(argv[i])) {
      // An empty corpus folder is not kept by git; nothing to encode.
      std::fprintf(stderr, "note: %s does not exist, skipped\n", argv[i]);
      continue;
    }
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::directory_iterator(argv[i])) {
        if (e.path().extension() == ".gcops") files.push_back(e.path());
      }
    } else {
      files.push_back(argv[i]);
    }
    for (const fs::path& f : files) {
      ok = EncodeFile(f, out_dir) && ok;
      ++n;
    }
  }
  std::printf("encoded %zu programs into %s\n", n, out_dir.c_str());
  return ok ? 0 : 1;
}

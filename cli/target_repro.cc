#include "cli/target_repro.h"

#include <unistd.h>

#include <boost/process.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/json_output.h"
#include "gcops/binary.h"
#include "gcops/printer.h"
#include "triage/files.h"
#include "triage/minimize.h"
#include "triage/repro.h"

namespace gcfuzz::cli {
namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;

constexpr int kExitOk = 0;
constexpr int kExitFinding = 1;
constexpr int kExitBadInput = 2;

// Each candidate of a minimization is one process: far fewer tests than an
// in-process reduction allows.
constexpr size_t kMaxReplayTests = 3000;

// BUILD/fuzz_targets.json for the build this binary was built in
// (BUILD/cli/gcfuzz-cli), or the manifest GCFUZZ_FUZZ_MANIFEST names (another
// build's targets, or a test's).
fs::path ManifestPath() {
  if (const char* m = std::getenv("GCFUZZ_FUZZ_MANIFEST"); m && *m) return m;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return self.parent_path().parent_path() / "fuzz_targets.json";
}

bool IsGcopsInput(const FuzzTarget& t) {
  return t.input == "gcops-binary" || t.input == "gcops-text";
}

// A scratch directory, removed with everything in it when this goes.
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl =
        (fs::temp_directory_path() / "gcfuzz-target.XXXXXX").string();
    if (::mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string ReadWhole(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string FirstSummaryLine(const std::string& output) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("SUMMARY: ", 0) == 0) return line;
  }
  return "";
}

// The bytes the target is fed, and the program they are when they are one.
struct TargetInput {
  std::string bytes;
  std::optional<gcops::Program> program;
  bool from_text = false;
};

// A gcops-binary target takes a .gcops text file in its binary form (as
// `gcfuzz encode` writes it); a gcops-text target the text; any other
// target the file's bytes as they are.
std::optional<TargetInput> LoadTargetInput(const FuzzTarget& target,
                                           const std::string& file,
                                           std::string* error) {
  TargetInput in;
  if (target.input == "gcops-binary") {
    auto loaded = triage::LoadProgramFile(file, error);
    if (!loaded) return std::nullopt;
    in.from_text = loaded->from_text;
    if (loaded->from_text) {
      const std::vector<uint8_t> b = gcops::Encode(loaded->program);
      in.bytes.assign(b.begin(), b.end());
    } else {
      in.bytes = *triage::ReadInputFile(file, error);
    }
    in.program = std::move(loaded->program);
    return in;
  }
  auto bytes = triage::ReadInputFile(file, error);
  if (!bytes) return std::nullopt;
  in.bytes = std::move(*bytes);
  if (target.input == "gcops-text") {
    gcops::Program p;
    gcops::ParseError parse;
    if (gcops::Parse(in.bytes, file, &p, &parse)) {
      in.program = std::move(p);
      in.from_text = true;
    }
  }
  return in;
}

std::string Describe(const TargetRun& r) {
  if (!r.start_error.empty()) return r.start_error;
  if (r.hang) return "no answer within the time limit (hang)";
  if (r.signal != 0) return "killed by signal " + std::to_string(r.signal);
  return "exit status " + std::to_string(r.exit_code);
}

}  // namespace

std::optional<FuzzTarget> FindFuzzTarget(std::string_view command,
                                         const std::string& name) {
  const fs::path manifest = ManifestPath();
  std::ifstream in(manifest);
  nlohmann::json doc;
  try {
    if (!in) throw std::runtime_error("cannot read");
    in >> doc;
  } catch (const std::exception&) {
    std::cerr << "gcfuzz " << command << ": --target needs the build's fuzz "
              << "target manifest, " << manifest.string()
              << ", which cannot be read (configure the build with CMake)\n";
    return std::nullopt;
  }
  std::string known;
  for (const auto& t : doc.value("targets", nlohmann::json::array())) {
    const std::string n = t.value("name", "");
    if (n == name) {
      return FuzzTarget{n, t.value("input", ""), t.value("binary", ""),
                        t.value("triage", "replay") == "repro"};
    }
    known += (known.empty() ? "" : ", ") + n;
  }
  std::cerr << "gcfuzz " << command << ": no fuzz target '" << name
            << "' in this build (" << (known.empty() ? "none" : known) << ")\n";
  return std::nullopt;
}

int TargetTimeoutSeconds() {
  const char* t = std::getenv("GCFUZZ_TARGET_TIMEOUT");
  const int seconds = t != nullptr ? std::atoi(t) : 0;
  return seconds > 0 ? seconds : 25;
}

TargetRun RunFuzzTarget(const FuzzTarget& target, std::string_view input,
                        int timeout_seconds) {
  TargetRun r;
  ScratchDir scratch;
  if (scratch.path().empty()) {
    r.start_error = "cannot make a temporary directory";
    r.finding = true;
    return r;
  }
  const fs::path in_path = scratch.path() / "input";
  const fs::path out_path = scratch.path() / "output";
  {
    std::ofstream f(in_path, std::ios::binary);
    f.write(input.data(), static_cast<std::streamsize>(input.size()));
  }
  std::error_code ec;
  // libFuzzer flags, as the campaign gives them (a crash file it writes
  // stays in the scratch directory); the replay main ignores arguments
  // that start with '-'.
  bp::child child(
      bp::exe = target.binary,
      bp::args = {"-timeout=" + std::to_string(timeout_seconds),
                  "-rss_limit_mb=6000",
                  "-artifact_prefix=" + scratch.path().string() + "/",
                  in_path.string()},
      (bp::std_out & bp::std_err) > out_path.string(), bp::std_in.close(), ec);
  if (ec) {
    r.start_error = "cannot start " + target.binary + ": " + ec.message();
    r.finding = true;
    r.summary = "SUMMARY: gcfuzz: " + r.start_error;
    return r;
  }
  if (!child.wait_for(std::chrono::seconds(timeout_seconds + 5))) {
    child.terminate();
    r.hang = true;
  }
  r.output = ReadWhole(out_path);
  // The scratch path changes from run to run; the input is the input.
  for (size_t at;
       (at = r.output.find(in_path.string())) != std::string::npos;) {
    r.output.replace(at, in_path.string().size(), "<input>");
  }
  if (!r.hang) {
    const int native = child.native_exit_code();
    if (WIFSIGNALED(native)) {
      r.signal = WTERMSIG(native);
    } else {
      r.exit_code = child.exit_code();
    }
  }
  r.finding = r.hang || r.signal != 0 || r.exit_code != 0;
  r.summary = FirstSummaryLine(r.output);
  if (r.finding && r.summary.empty()) {
    r.summary = "SUMMARY: gcfuzz: " + target.name + ": " + Describe(r);
  }
  return r;
}

std::string MinimizeBytes(std::string input,
                          const std::function<bool(std::string_view)>& keep,
                          size_t max_tests, size_t* tests) {
  size_t done = 0;
  size_t chunks = 2;
  while (input.size() >= 2 && done < max_tests) {
    const size_t n = std::min(chunks, input.size());
    const size_t size = (input.size() + n - 1) / n;
    bool removed = false;
    for (size_t start = 0; start < input.size() && done < max_tests;
         start += size) {
      std::string candidate = input.substr(0, start);
      if (start + size < input.size()) candidate += input.substr(start + size);
      ++done;
      if (keep(candidate)) {
        input = std::move(candidate);
        removed = true;
        break;
      }
    }
    if (removed) {
      chunks = std::max<size_t>(n - 1, 2);
    } else if (n >= input.size()) {
      break;  // single bytes were tried: 1-minimal
    } else {
      chunks = std::min(n * 2, input.size());
    }
  }
  // The empty input, which ddmin's complements never reach.
  if (input.size() == 1 && done < max_tests) {
    ++done;
    if (keep("")) input.clear();
  }
  if (tests != nullptr) *tests = done;
  return input;
}

int ReproOnTarget(const FuzzTarget& target, const ReproFlags& flags) {
  const bool json = flags.format == OutputFormat::kJson;
  std::string error;
  const auto in = LoadTargetInput(target, flags.file, json ? &error : nullptr);
  if (!in) {
    if (json) {
      nlohmann::ordered_json doc = JsonDocument("repro");
      doc["file"] = flags.file;
      doc["status"] = kExitBadInput;
      doc["error"] = FileErrorJson(error, std::nullopt);
      PrintJson(doc);
    }
    return kExitBadInput;
  }
  const TargetRun r = RunFuzzTarget(target, in->bytes, TargetTimeoutSeconds());
  const int status = !r.start_error.empty() ? kExitBadInput
                     : r.finding            ? kExitFinding
                                            : kExitOk;
  const std::string summary = r.finding ? r.summary : "SUMMARY: gcfuzz: ok";
  if (json) {
    nlohmann::ordered_json doc = JsonDocument("repro");
    doc["file"] = flags.file;
    doc["status"] = status;
    doc["target"] = {{"name", target.name},
                     {"input", target.input},
                     {"binary", target.binary}};
    if (in->program) doc["program"] = gcops::Print(*in->program);
    doc["outcome"] = Describe(r);
    doc["finding"] = r.finding;
    doc["summary"] = summary;
    doc["output"] = r.output;
    PrintJson(doc);
    return status;
  }
  std::cout << "gcfuzz repro: " << flags.file << " on fuzz target "
            << target.name << " (input " << target.input << ", "
            << target.binary << ")\n";
  if (in->program) {
    std::cout << "--- the program" << (in->from_text ? "" : " (decoded)")
              << " ---\n"
              << gcops::Print(*in->program);
  }
  std::cout << "--- the target's output (" << Describe(r) << ") ---\n"
            << r.output;
  if (!r.output.empty() && r.output.back() != '\n') std::cout << "\n";
  std::cout << summary << "\n";
  return status;
}

int MinimizeOnTarget(const FuzzTarget& target, const MinimizeFlags& flags) {
  auto in = LoadTargetInput(target, flags.file, nullptr);
  if (!in) return kExitBadInput;
  if (in->program && !in->from_text) {
    // --keep's lines of a crash file are `gcfuzz decode`'s, one statement
    // each (as for minimize without --target).
    for (size_t i = 0; i < in->program->stmts.size(); ++i) {
      in->program->stmts[i].loc.line = static_cast<uint32_t>(i + 1);
    }
  }
  const TargetRun original =
      RunFuzzTarget(target, in->bytes, TargetTimeoutSeconds());
  if (!original.start_error.empty()) {
    std::cerr << "gcfuzz minimize: " << original.start_error << "\n";
    return kExitBadInput;
  }
  if (!original.finding) {
    std::cerr << "gcfuzz minimize: " << flags.file << " finds nothing on "
              << target.name << ": nothing to keep\n";
    return kExitBadInput;
  }
  const auto same = [&](std::string_view bytes) {
    const TargetRun r = RunFuzzTarget(target, bytes, TargetTimeoutSeconds());
    return r.finding && r.summary == original.summary;
  };
  std::string result;
  size_t tests = 0;
  size_t before = 0;
  size_t after = 0;
  const char* unit = "bytes";
  if (in->program && IsGcopsInput(target)) {
    unit = "statements";
    const auto feed = [&](const gcops::Program& p) {
      if (target.input == "gcops-text") return gcops::Print(p);
      const std::vector<uint8_t> b = gcops::Encode(p);
      return std::string(b.begin(), b.end());
    };
    triage::MinimizeOptions options;
    options.max_tests = kMaxReplayTests;
    if (auto keep = triage::KeepLines(*in->program, flags.keep, flags.file)) {
      options.keep_lines = std::move(*keep);
    } else {
      return kExitBadInput;
    }
    triage::MinimizeStats stats;
    const auto small = triage::Minimize(
        *in->program, [&](const gcops::Program& p) { return same(feed(p)); },
        options, &stats);
    if (!small) {
      std::cerr << "gcfuzz minimize: the canonical form of " << flags.file
                << " does not keep its signature on " << target.name << "\n";
      return kExitBadInput;
    }
    result = gcops::Print(*small);
    tests = stats.tests;
    before = stats.statements_before;
    after = stats.statements_after;
  } else {
    if (!flags.keep.empty()) {
      UsageError("minimize", "--keep names statements; " + target.name +
                                 "'s input is not a gcops program");
      return kExitBadInput;
    }
    before = in->bytes.size();
    result = MinimizeBytes(in->bytes, same, kMaxReplayTests, &tests);
    after = result.size();
  }
  if (flags.out) {
    if (!triage::WriteOutputFile(*flags.out, result)) return kExitBadInput;
  } else {
    std::cout << result;
  }
  std::cerr << "gcfuzz minimize: " << before << " -> " << after << " " << unit
            << " on " << target.name << " (" << tests
            << " runs of its binary)\nkept: " << original.summary << "\n";
  return kExitOk;
}

}  // namespace gcfuzz::cli

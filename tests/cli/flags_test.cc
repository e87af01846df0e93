// The command line's flags (cli/flags.def, parsed by cli/flag_parser.cc),
// checked through the real binary: every C++ command's --help lists its
// flags and runs nothing, both value spellings work, and every kind of bad
// usage is one line on stderr in one shape, with exit status 2.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/temp_dir.h"
#include "tests/triage/triage_test_support.h"

namespace {

using gcfuzz::triage::testing::RunCommand;
using Result = gcfuzz::triage::testing::CommandResult;

// stdout and stderr together.
Result Cli(const std::string& args) {
  return RunCommand(std::string(GCFUZZ_CLI_PATH) + " " + args);
}

// stderr only (stdout dropped).
Result CliErr(const std::string& args) {
  return RunCommand(std::string(GCFUZZ_CLI_PATH) + " " + args,
                    " 2>&1 >/dev/null");
}

// The commands cli/main.cc runs itself: those whose --help has "options:"
// (the wrapper's commands print only their synopsis).
std::vector<std::string> CxxCommands() {
  std::vector<std::string> names;
  std::istringstream rows(Cli("help --markdown").out);
  const std::string prefix = "| `./gcfuzz ";
  for (std::string row; std::getline(rows, row);) {
    if (row.rfind(prefix, 0) != 0) continue;
    const std::string name = row.substr(
        prefix.size(), row.find_first_of(" `", prefix.size()) - prefix.size());
    if (Cli(name + " --help").out.find("\noptions:\n") != std::string::npos) {
      names.push_back(name);
    }
  }
  return names;
}

// The flags a --help lists under "options:" ("--backend", "-o"), -h/--help
// left out.
std::set<std::string> HelpFlags(const std::string& help) {
  std::set<std::string> flags;
  std::istringstream in(help.substr(help.find("\noptions:\n")));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  -", 0) != 0) continue;
    std::string flag = line.substr(2, line.find_first_of(" =,", 2) - 2);
    if (flag != "-h") flags.insert(flag);
  }
  return flags;
}

// The flags a synopsis names: every word starting with '-' (after `[`, `|`
// or `(`), up to `=`, ` `, `]` or `|`.
std::set<std::string> SynopsisFlags(const std::string& synopsis) {
  std::set<std::string> flags;
  for (size_t i = 0; i < synopsis.size(); ++i) {
    if (synopsis[i] != '-' ||
        (i > 0 &&
         std::string(" [|(").find(synopsis[i - 1]) == std::string::npos)) {
      continue;
    }
    const size_t end = synopsis.find_first_of(" =]|`\\", i);
    flags.insert(synopsis.substr(i, end - i));
    i = end == std::string::npos ? synopsis.size() : end;
  }
  return flags;
}

constexpr const char* kProgram =
    "class Node slots=1\n"
    "new a Node\n"
    "set a.0 a\n"
    "del a\n"
    "collect\n"
    "expect collected 1\n";

TEST(CliFlags, EveryCxxCommandsHelpListsItsFlagsAndExits0) {
  const std::vector<std::string> commands = CxxCommands();
  EXPECT_GE(commands.size(), 11u);
  for (const std::string& name : commands) {
    const Result r = CliErr(name + " --help");
    EXPECT_EQ(r.status, 0) << name;
    EXPECT_EQ(r.out, "") << name << ": --help wrote to stderr";
    const Result h = Cli(name + " -h");
    EXPECT_EQ(h.out.rfind("usage: gcfuzz " + name, 0), 0u) << h.out;
    EXPECT_NE(h.out.find("-h, --help"), std::string::npos) << h.out;
  }
  // Each flag of run is listed with its value.
  const std::string run = Cli("run --help").out;
  for (const char* flag : {"--backend=NAME", "--collector=MODE", "--trace"}) {
    EXPECT_NE(run.find(flag), std::string::npos) << flag << "\n" << run;
  }
}

// `backends` lists backends, `check` reads files: with --help neither
// happens, whatever else is on the line.
TEST(CliFlags, HelpRunsNothingEvenWithOtherArguments) {
  const Result backends = Cli("backends --help");
  EXPECT_EQ(backends.status, 0);
  EXPECT_EQ(backends.out.rfind("usage: gcfuzz backends", 0), 0u);
  EXPECT_EQ(backends.out.find("(in-process)"), std::string::npos)
      << backends.out;
  const Result check = Cli("check /nonexistent.gcops --help");
  EXPECT_EQ(check.status, 0) << check.out;
  EXPECT_EQ(check.out.find("cannot read"), std::string::npos) << check.out;
  EXPECT_EQ(Cli("help run").out, Cli("run --help").out);
}

// cli/commands.def's synopsis of each command names exactly the flags of
// its rows of cli/flags.def (which --help lists).
TEST(CliFlags, SynopsisNamesExactlyTheFlagsOfTheFlagTable) {
  std::istringstream rows(Cli("help --markdown").out);
  const std::string prefix = "| `./gcfuzz ";
  int checked = 0;
  for (std::string row; std::getline(rows, row);) {
    if (row.rfind(prefix, 0) != 0) continue;
    const std::string synopsis =
        row.substr(prefix.size(), row.find("` | ") - prefix.size());
    const std::string name = synopsis.substr(0, synopsis.find(' '));
    const std::string help = Cli(name + " --help").out;
    if (help.find("\noptions:\n") == std::string::npos) continue;
    EXPECT_EQ(SynopsisFlags(synopsis), HelpFlags(help)) << name;
    ++checked;
  }
  EXPECT_GE(checked, 11);
}

TEST(CliFlags, VersionNamesTheProject) {
  const Result r = Cli("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("gcfuzz ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find_first_of("0123456789"), std::string::npos) << r.out;
}

using CliFlagsFiles = ::gcfuzz::testing::TempDirTest;

TEST_F(CliFlagsFiles, FlagEqualsValueAndFlagSpaceValueAreTheSame) {
  const std::string f = Write("p.gcops", kProgram);
  const Result eq = Cli("run --backend=collector --collector=ft --trace " + f);
  const Result sp = Cli("run --backend collector --collector ft --trace " + f);
  EXPECT_EQ(eq.status, 0) << eq.out;
  EXPECT_EQ(eq.out, sp.out);
  const Result at_eq = Cli("dot --at=4 " + f);
  const Result at_sp = Cli("dot " + f + " --at 4");
  EXPECT_EQ(at_eq.status, 0) << at_eq.out;
  EXPECT_EQ(at_eq.out, at_sp.out);
  // A short flag's value: `-o V`, `-oV` and `-o=V` (not a file "=V").
  for (const char* o : {"-o ", "-o", "-o="}) {
    const std::filesystem::path out = dir_ / "t.py";
    std::filesystem::remove(out);
    const Result r = Cli("translate " + f + " " + o + out.string());
    EXPECT_EQ(r.status, 0) << o << "\n" << r.out;
    EXPECT_TRUE(std::filesystem::exists(out)) << o;
  }
}

TEST_F(CliFlagsFiles, DoubleDashEndsTheFlags) {
  Write("--odd.gcops", kProgram);
  const Result r = RunCommand("cd " + dir_.string() + " && " + GCFUZZ_CLI_PATH +
                              " check -- --odd.gcops");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("--odd.gcops: ok"), std::string::npos) << r.out;
}

// Every C++ command: an unknown flag is one line naming the command and
// the flag, pointing at its --help.
TEST_F(CliFlagsFiles, UnknownFlagIsOneLineInOneShapeForEveryCommand) {
  const std::string f = Write("p.gcops", kProgram);
  for (const std::string& name : CxxCommands()) {
    const Result r = CliErr(name + " --bogus " + f);
    EXPECT_EQ(r.status, 2) << name;
    EXPECT_EQ(r.out, "gcfuzz " + name +
                         ": unknown option '--bogus' (see "
                         "'gcfuzz " +
                         name + " --help')\n");
  }
  EXPECT_EQ(CliErr("-x").out,
            "gcfuzz: unknown option '-x' (see 'gcfuzz "
            "--help')\n");
  EXPECT_EQ(CliErr("frob").out,
            "gcfuzz: unknown command 'frob' (see 'gcfuzz "
            "--help')\n");
  EXPECT_EQ(CliErr("").out, "gcfuzz: missing COMMAND (see 'gcfuzz --help')\n");
}

// Each (arguments, expected message) is bad usage: exit 2 and exactly
// "gcfuzz COMMAND: MESSAGE (see 'gcfuzz COMMAND --help')" on stderr.
TEST_F(CliFlagsFiles, BadUsageIsOneLineWithExit2) {
  const std::string f = Write("p.gcops", kProgram);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"dot " + f + " --at", "option '--at' needs a value"},
      {"repro --backend", "option '--backend' needs a value"},
      {"minimize " + f + " -o", "option '-o' needs a value"},
      {"dot --at 3 --at 4 " + f, "option '--at' given more than once"},
      {"run --trace=maybe " + f,
       "option '--trace' takes no value, got 'maybe'"},
      {"fmt", "FILE is required"},
      {"check", "FILE is required"},
      {"decode", "BYTESFILE is required"},
      {"fmt " + f + " " + f, "unexpected argument '" + f + "'"},
      {"fmt ''", "FILE: an empty argument, expected a file name"},
      {"check " + f + " ''", "FILE: an empty argument, expected a file name"},
      {"export " + f, "give one of --python and --gtest"},
      {"export --python --gtest " + f, "give one of --python and --gtest"},
      {"export --python --name T " + f, "--name names a --gtest case"},
      {"dot --svg a.svg --png b.png " + f,
       "--svg and --png exclude each other"},
      {"run --backend=collector --collector=gil " + f,
       "unknown collector mode 'gil'; expected one of: classic ft"},
  };
  for (const auto& [args, message] : cases) {
    const std::string name = args.substr(0, args.find(' '));
    const Result r = CliErr(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_EQ(r.out, "gcfuzz " + name + ": " + message + " (see 'gcfuzz " +
                         name + " --help')\n")
        << args;
  }
}

// Values a flag cannot take are refused before anything runs: a line
// number that is not one (`--at abc` was line 0, `--at -3` line
// 4294967293), a test name that is not a C++ identifier (it was written
// into C++ that did not compile).
TEST_F(CliFlagsFiles, InvalidFlagValuesAreOneLineWithExit2) {
  const std::string f = Write("p.gcops", kProgram);
  for (const char* at : {"abc", "-3", "0", "3x", "99999999999", "''"}) {
    const Result r = CliErr("dot " + f + " --at " + at);
    EXPECT_EQ(r.status, 2) << at;
    EXPECT_EQ(r.out.rfind("gcfuzz dot: ", 0), 0u) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
  }
  EXPECT_EQ(CliErr("dot " + f + " --at abc").out,
            "gcfuzz dot: --at: expected a line number (1 or more), got 'abc' "
            "(see 'gcfuzz dot --help')\n");
  // A count (Count) and a list of lines (LineList) are checked alike.
  EXPECT_EQ(CliErr("dot " + f + " --collection -1").out,
            "gcfuzz dot: --collection: expected a whole number (1 or more), "
            "got '-1' (see 'gcfuzz dot --help')\n");
  EXPECT_EQ(CliErr("minimize " + f + " --keep 2-x").out,
            "gcfuzz minimize: --keep: expected line numbers (1 or more) and "
            "ranges like 3,7-9, got '2-x' (see 'gcfuzz minimize --help')\n");
  for (const char* name : {"'my test'", "1st", "a-b", "'x;y'"}) {
    const Result r =
        CliErr(std::string("export --gtest --name ") + name + " " + f);
    EXPECT_EQ(r.status, 2) << name;
    EXPECT_NE(r.out.find("gcfuzz export: --name: expected a C++ identifier"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
  }
  const Result ok = Cli("export --gtest --name My_Test1 " + f);
  EXPECT_EQ(ok.status, 0) << ok.out;
  EXPECT_NE(ok.out.find("My_Test1"), std::string::npos);
}

}  // namespace

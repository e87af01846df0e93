// tests/differential/worker/worker_client_test.cc — the worker protocol's
// client (differential/worker/worker_client.h) against
// tests/differential/worker/fake_worker.py, a worker that speaks the
// protocol well or badly as its argument says.
#include "differential/worker/worker_client.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace gcfuzz::differential::worker {
namespace {

using std::chrono::milliseconds;

::testing::AssertionResult Contains(const std::string& text,
                                    const std::string& part) {
  if (text.find(part) != std::string::npos) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "'" << part << "' is not in:\n"
                                       << text;
}

// The fake worker's pid, from its "pid N" trace line; -1 without one.
long PidOf(const RunResult& r) {
  for (const std::string& e : r.trace) {
    if (e.rfind("pid ", 0) == 0) return std::stol(e.substr(4));
  }
  return -1;
}

// The process is gone and reaped: a zombie would still answer kill(pid, 0).
bool Reaped(long pid) { return ::kill(pid, 0) == -1 && errno == ESRCH; }

// Waits up to 5 s for child `pid` to end (and stay unreaped).
bool BecomesZombie(long pid) {
  for (int i = 0; i < 500; ++i) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const size_t paren = line.rfind(')');
    if (paren != std::string::npos && line.compare(paren, 3, ") Z") == 0) {
      return true;
    }
    std::this_thread::sleep_for(milliseconds(10));
  }
  return false;
}

// No child of this process has ended without being reaped.
bool NoZombieChild() {
  int status;
  return ::waitpid(-1, &status, WNOHANG) <= 0;
}

std::string Describe(const RunResult& r) {
  return std::string(RunOutcomeName(r.outcome)) + " status " +
         std::to_string(r.status) + ": " + r.detail;
}

class WorkerClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* root = std::getenv("GCFUZZ_SOURCE_DIR");
    if (root == nullptr) GTEST_SKIP() << "GCFUZZ_SOURCE_DIR is not set";
    script_ = std::string(root) + "/tests/differential/worker/fake_worker.py";
    python_ = Python(script_);
    ASSERT_FALSE(python_.empty()) << "the fake worker needs python3 on PATH";
  }

  // The fake worker in `mode` (fake_worker.py's docstring lists them).
  WorkerCommand Fake(const std::string& mode) const {
    return {{python_, "-S", script_, mode}, "fake@" + mode};
  }

  static RunRequest Request(std::string file = "t.gcops") {
    return {std::move(file), "new a A\ndel a\n", "a = A()\ndel a\n", 1000};
  }

  // python3 on PATH may be a shim that takes 0.4 s a start (pyenv), and the
  // tests start some forty workers: the first one's hello says which
  // interpreter runs it, and the others start that one.
  static std::string Python(const std::string& script) {
    static const std::string python = [&script] {
      WorkerClient probe({{"python3", "-S", script, "ok"}, "probe"});
      std::string error;
      const auto hello = probe.Start(&error);
      if (!hello) return std::string();
      const auto it = hello->raw.find("executable");
      return it != hello->raw.end() && it->is_string() ? it->get<std::string>()
                                                       : std::string("python3");
    }();
    return python;
  }

  std::string script_, python_;
};

TEST_F(WorkerClientTest, HelloOfAProtocol1WorkerIsReturnedWithItsFields) {
  WorkerClient client(Fake("ok"));
  std::string error;
  const auto hello = client.Start(&error);
  ASSERT_TRUE(hello) << error;
  EXPECT_EQ(hello->protocol, 1);
  EXPECT_EQ(hello->implementation, "fake");
  EXPECT_EQ(hello->version, "0.1");
  EXPECT_TRUE(hello->raw.contains("unknown"));  // unknown fields are kept
  // A second Start returns the running worker's hello.
  const auto again = client.Start(&error);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->raw, hello->raw);
}

TEST_F(WorkerClientTest, SeveralRequestsRoundTripOnOneProcess) {
  WorkerClient client(Fake("ok"));
  long pid = -1;
  for (int i = 0; i < 3; ++i) {
    const RunResult r = client.Run(Request());
    ASSERT_EQ(r.outcome, RunOutcome::kOk) << Describe(r);
    EXPECT_EQ(r.status, 0);
    ASSERT_EQ(r.trace.size(), 2u);
    EXPECT_EQ(r.trace[0], "collect 2 0");
    EXPECT_TRUE(r.failures.empty());
    EXPECT_EQ(r.misuse, "");
    EXPECT_EQ(r.refused, "");
    EXPECT_EQ(r.unobserved, std::vector<std::string>{"free"});
    EXPECT_EQ(r.ms, 0.5);  // the worker's own measure
    if (i == 0) pid = PidOf(r);
    EXPECT_EQ(PidOf(r), pid) << "run " << i << " started a new worker";
  }
}

TEST_F(WorkerClientTest, RequestFieldsArriveIntactAndIdsIncrease) {
  WorkerClient client(Fake("ok"));
  RunRequest req = Request("echo");
  req.gcops = "new a A  # \"quoted\" \\ and \t tab\nexpect log del a\n";
  req.python = "print('h\u00e9llo \u2603')\n";
  req.budget = 123456789012;
  for (const char* id : {"id 1", "id 2"}) {
    const RunResult r = client.Run(req);
    ASSERT_EQ(r.outcome, RunOutcome::kOk) << Describe(r);
    ASSERT_EQ(r.trace.size(), 4u);
    EXPECT_EQ(r.trace[0], req.gcops);
    EXPECT_EQ(r.trace[1], req.python);
    EXPECT_EQ(r.trace[2], "budget 123456789012");
    EXPECT_EQ(r.trace[3], id);
  }
}

TEST_F(WorkerClientTest, BytesThatAreNotUtf8AreReplacedInTheRequest) {
  WorkerClient client(Fake("ok"));
  RunRequest req = Request("echo");
  req.gcops = "new a A\xff\xfe\n";
  const RunResult r = client.Run(req);
  ASSERT_EQ(r.outcome, RunOutcome::kOk) << Describe(r);
  EXPECT_EQ(r.trace[0], "new a A\uFFFD\uFFFD\n");
}

TEST_F(WorkerClientTest, FailuresAndMisuseComeBackWithTheirStatus) {
  WorkerClient client(Fake("ok"));
  const RunResult failed = client.Run(Request("t_fail.gcops"));
  ASSERT_EQ(failed.outcome, RunOutcome::kOk) << Describe(failed);
  EXPECT_EQ(failed.status, 1);
  EXPECT_EQ(failed.failures, std::vector<std::string>{
                                 "t_fail.gcops:2: expected unreachable, got "
                                 "reachable"});
  const RunResult misused = client.Run(Request("t_misuse.gcops"));
  ASSERT_EQ(misused.outcome, RunOutcome::kOk) << Describe(misused);
  EXPECT_EQ(misused.status, 2);
  EXPECT_EQ(misused.misuse, "t_misuse.gcops:1: del of unknown name x");
  EXPECT_EQ(PidOf(failed), PidOf(misused));
}

TEST_F(WorkerClientTest,
       HangingWorkerGivesHangAndAFreshWorkerServesTheNextRun) {
  WorkerClient client(Fake("hang-on-second"), milliseconds(500));
  const RunResult first = client.Run(Request());
  ASSERT_EQ(first.outcome, RunOutcome::kOk) << Describe(first);
  const long old_pid = PidOf(first);

  const auto t0 = std::chrono::steady_clock::now();
  const RunResult hung = client.Run(Request());
  const auto waited = std::chrono::steady_clock::now() - t0;
  EXPECT_EQ(hung.outcome, RunOutcome::kHang) << Describe(hung);
  EXPECT_EQ(hung.status, -1);
  EXPECT_TRUE(Contains(hung.detail,
                       "fake@hang-on-second: no answer to "
                       "request 2 within 500 ms"));
  EXPECT_GE(waited, milliseconds(500));
  EXPECT_LT(waited, milliseconds(3000));
  EXPECT_TRUE(Reaped(old_pid));

  const RunResult next = client.Run(Request());
  ASSERT_EQ(next.outcome, RunOutcome::kOk) << Describe(next);
  EXPECT_NE(PidOf(next), old_pid);
}

TEST_F(WorkerClientTest, WorkerExitingMidRequestGivesCrashWithStatusAndStderr) {
  WorkerClient client(Fake("crash"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kCrash) << Describe(r);
  EXPECT_TRUE(Contains(r.detail,
                       "fake@crash: the worker exited with status "
                       "7 before answering request 1"));
  EXPECT_TRUE(Contains(r.detail, "fake worker: dying mid-request"));
  // A fresh worker serves (and here fails) the next run.
  const RunResult again = client.Run(Request());
  EXPECT_EQ(again.outcome, RunOutcome::kCrash) << Describe(again);
  EXPECT_TRUE(Contains(again.detail, "request 2"));
  EXPECT_TRUE(NoZombieChild());
}

TEST_F(WorkerClientTest, WorkerKilledBySignalGivesCrashNamingTheSignal) {
  WorkerClient client(Fake("segv"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kCrash) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "was killed by signal 11"));
}

TEST_F(WorkerClientTest, CrashedAnswerGivesCrashWithTheProgramsStderr) {
  WorkerClient client(Fake("crashed-answer"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kCrash) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "the interpreter died running request 1"));
  EXPECT_TRUE(Contains(r.detail, "Fatal Python error: Segmentation fault"));
  EXPECT_TRUE(NoZombieChild());
}

TEST_F(WorkerClientTest, WorkerThatClosedItsStdinGivesCrashNotSigpipe) {
  WorkerClient client(Fake("close-stdin"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kCrash) << Describe(r);
  // The worker closed its stdin before its hello: the write gets EPIPE.
  EXPECT_TRUE(Contains(r.detail,
                       "exited with status 4 before reading "
                       "request 1"));
}

TEST_F(WorkerClientTest, LineThatIsNotJsonIsAProtocolError) {
  WorkerClient client(Fake("nonsense"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
  EXPECT_TRUE(Contains(r.detail,
                       "fake@nonsense: the answer to request 1 "
                       "is not a JSON object: 'hello?'"));
  // The worker that said it is gone; the next run starts another.
  EXPECT_EQ(client.Run(Request()).outcome, RunOutcome::kProtocol);
  EXPECT_TRUE(NoZombieChild());
}

TEST_F(WorkerClientTest, AnswerWithAnotherIdIsAProtocolError) {
  WorkerClient client(Fake("wrong-id"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "answered request 1 with id '2'"));
  EXPECT_TRUE(r.trace.empty());
}

TEST_F(WorkerClientTest, ErrorAnswerIsAProtocolError) {
  WorkerClient client(Fake("error"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "rejected request 1: 'bad request: want"));
}

TEST_F(WorkerClientTest, AnswerWithoutATraceIsAProtocolError) {
  WorkerClient client(Fake("missing-trace"));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "its \"trace\" is missing"));
}

TEST_F(WorkerClientTest, DeeplyNestedAnswerIsAProtocolErrorNotAStackOverflow) {
  for (const char* mode : {"deep", "deep-error"}) {
    WorkerClient client(Fake(mode));
    const RunResult r = client.Run(Request());
    EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
    EXPECT_TRUE(Contains(r.detail, mode == std::string("deep")
                                       ? "is not a list of strings"
                                       : "the worker rejected request 1"));
  }
}

TEST_F(WorkerClientTest, LineOverTheCapIsAProtocolError) {
  WorkerClient client(Fake("huge-line"));
  client.SetMaxLineBytesForTesting(1 << 20);
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "is longer than 1048576 bytes"));
}

TEST_F(WorkerClientTest, WorkerThatEndedBetweenRunsIsReplacedBeforeTheNext) {
  WorkerClient client(Fake("exit-after-one"));
  const RunResult first = client.Run(Request());
  ASSERT_EQ(first.outcome, RunOutcome::kOk) << Describe(first);
  ASSERT_TRUE(BecomesZombie(PidOf(first)));
  const RunResult second = client.Run(Request());
  ASSERT_EQ(second.outcome, RunOutcome::kOk) << Describe(second);
  EXPECT_NE(PidOf(second), PidOf(first));
  EXPECT_TRUE(Reaped(PidOf(first)));
}

TEST_F(WorkerClientTest, RefusingWorkerGivesRefusedAndKeepsServing) {
  WorkerClient client(Fake("refuse"));
  const RunResult r = client.Run(Request());
  ASSERT_EQ(r.outcome, RunOutcome::kRefused) << Describe(r);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.refused, "needs _testcapi.with_tp_del");
  EXPECT_EQ(client.Run(Request()).outcome, RunOutcome::kRefused);
}

TEST_F(WorkerClientTest, StderrFloodDoesNotDeadlock) {
  WorkerClient client(Fake("stderr-flood"), milliseconds(5000));
  long pid = -1;
  for (int i = 0; i < 3; ++i) {
    const RunResult r = client.Run(Request());
    ASSERT_EQ(r.outcome, RunOutcome::kOk) << Describe(r);
    if (i == 0) pid = PidOf(r);
    EXPECT_EQ(PidOf(r), pid);
  }
}

TEST_F(WorkerClientTest, HelloWithoutAVersionFailsStart) {
  WorkerClient client(Fake("bad-hello"));
  std::string error;
  EXPECT_FALSE(client.Start(&error));
  EXPECT_TRUE(Contains(error,
                       "fake@bad-hello: its hello lacks a string "
                       "\"implementation\" or \"version\""));
  EXPECT_EQ(error.find('\n'), std::string::npos);
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kProtocol) << Describe(r);
  EXPECT_TRUE(NoZombieChild());
}

TEST_F(WorkerClientTest, HelloOfProtocol2FailsStart) {
  WorkerClient client(Fake("protocol2"));
  std::string error;
  EXPECT_FALSE(client.Start(&error));
  EXPECT_EQ(error, "fake@protocol2: speaks protocol 2; gcfuzz knows 1");
}

TEST_F(WorkerClientTest, WorkerExitingBeforeItsHelloFailsStartWithItsStderr) {
  WorkerClient client(Fake("no-hello"));
  std::string error;
  EXPECT_FALSE(client.Start(&error));
  EXPECT_EQ(error,
            "fake@no-hello: the worker exited with status 2 before its hello "
            "(stderr: 'fake worker: cpython 3.99 is not installed')");
}

TEST_F(WorkerClientTest, WorkerWithoutAHelloInTimeGivesHang) {
  WorkerClient client(Fake("slow-hello"), milliseconds(500), milliseconds(300));
  const RunResult r = client.Run(Request());
  EXPECT_EQ(r.outcome, RunOutcome::kHang) << Describe(r);
  EXPECT_TRUE(Contains(r.detail, "no hello within 300 ms"));
  EXPECT_TRUE(NoZombieChild());
}

TEST_F(WorkerClientTest, MissingProgramFailsStartWithoutCrashing) {
  for (const std::string program :
       {"/nonexistent/gcfuzz-worker", "gcfuzz-no-such-worker"}) {
    WorkerClient client({{program, "--version", "3.14"}, "missing"});
    std::string error;
    EXPECT_FALSE(client.Start(&error));
    EXPECT_TRUE(Contains(error, "missing: cannot start the worker"));
    EXPECT_TRUE(Contains(error, program));
    EXPECT_EQ(client.Run(Request()).outcome, RunOutcome::kCrash);
  }
  WorkerClient empty({{}, "empty"});
  std::string error;
  EXPECT_FALSE(empty.Start(&error));
  EXPECT_EQ(error, "empty: no command to start the worker");
}

TEST_F(WorkerClientTest, ProgramExecveRejectsFailsStartAndLeavesNoZombie) {
  // Executable, but neither a binary nor a script: execve gives ENOEXEC.
  const auto path = std::filesystem::temp_directory_path() /
                    ("gcfuzz_not_a_program_" + std::to_string(::getpid()));
  std::ofstream(path) << "not a program\n";
  ::chmod(path.c_str(), 0700);
  WorkerClient client({{path.string()}, "junk"});
  std::string error;
  EXPECT_FALSE(client.Start(&error));
  EXPECT_TRUE(Contains(error, "junk: cannot start the worker"));
  EXPECT_TRUE(NoZombieChild());
  std::filesystem::remove(path);
}

TEST_F(WorkerClientTest, DestroyingTheClientEndsAndReapsTheWorker) {
  long pid = -1;
  {
    WorkerClient client(Fake("ok"));
    const RunResult r = client.Run(Request());
    ASSERT_EQ(r.outcome, RunOutcome::kOk) << Describe(r);
    pid = PidOf(r);
  }
  EXPECT_TRUE(Reaped(pid));
  {
    // One that does not exit at the end of its stdin is killed.
    WorkerClient client(Fake("linger"));
    const RunResult r = client.Run(Request());
    ASSERT_EQ(r.outcome, RunOutcome::kOk) << Describe(r);
    pid = PidOf(r);
  }
  EXPECT_TRUE(Reaped(pid));
}

}  // namespace
}  // namespace gcfuzz::differential::worker

// differential/worker/worker_client.cc — see worker_client.h.
//
// One poll(2) loop (Process::Pump) does all the I/O with the worker: it
// writes the pending request, reads answers into a line buffer and drains
// stderr into a 4 KiB tail, all non-blocking. Doing the three together is
// what keeps a worker from ever blocking gcfuzz, or gcfuzz the worker: a
// worker that floods stderr while gcfuzz writes a large request would
// otherwise deadlock with it on two full pipes.
//
// Exit statuses are read with waitid(WNOWAIT), which leaves the worker a
// zombie until Kill() has sent SIGKILL to its process group: as long as the
// leader is unreaped, its pid (the group id) cannot be reused, so the kill
// can never hit an unrelated group.
#include "differential/worker/worker_client.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <boost/process.hpp>
#include <boost/process/extend.hpp>
#include <cerrno>
#include <system_error>
#include <utility>

namespace gcfuzz::differential::worker {
namespace {

namespace bp = boost::process;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr size_t kDefaultMaxLineBytes = size_t{64} << 20;
constexpr size_t kStderrTailBytes = 4096;
constexpr size_t kReadChunk = size_t{64} << 10;
// How long a worker that closed a pipe, or whose stdin the destructor
// closed, gets to exit by itself (so its status can be reported) before it
// is killed.
constexpr auto kExitGrace = std::chrono::milliseconds(1000);
// After the kill, how long to read what the group left in its stderr pipe.
constexpr auto kDrainAfterKill = std::chrono::milliseconds(200);
// How much of a line that is not an answer a message quotes.
constexpr size_t kQuoteBytes = 200;

// An owned file descriptor.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&& other) noexcept {
    reset(std::exchange(other.fd_, -1));
    return *this;
  }
  ~Fd() { reset(); }
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int release() { return std::exchange(fd_, -1); }
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

// Close-on-exec on both ends, so a worker started later does not inherit
// this worker's pipes (it would hold its stdin open: no EOF at shutdown).
// The child's ends lose the flag when they are dup2'ed onto 0, 1 and 2.
bool MakePipe(Fd* read_end, Fd* write_end) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  read_end->reset(fds[0]);
  write_end->reset(fds[1]);
  return true;
}

void SetNonBlocking(int fd) {
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

int ToPollMs(Clock::duration d) {
  const auto ms = std::chrono::ceil<std::chrono::milliseconds>(d).count();
  return static_cast<int>(std::clamp<int64_t>(ms, 0, int64_t{1} << 30));
}

// `s` with every byte that is not part of valid UTF-8 replaced by U+FFFD:
// messages carry what a worker wrote, and their readers may put them in
// JSON, which must not fail on them.
std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (b < 0x80) {
      len = 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // overlong
      if (b == 0xED) hi = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;  // overlong
      if (b == 0xF4) hi = 0x8F;  // above U+10FFFF
    }
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out.append("\xEF\xBF\xBD");
      ++i;
    }
  }
  return out;
}

// A line the worker wrote, for a one-line message: at most kQuoteBytes of
// it, control characters as spaces, quoted.
std::string Quote(std::string_view line) {
  std::string s = ValidUtf8(line.substr(0, kQuoteBytes));
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  s = "'" + s + "'";
  if (line.size() > kQuoteBytes) {
    s += "... (" + std::to_string(line.size()) + " bytes)";
  }
  return s;
}

// The last non-empty line of `text`, or "".
std::string_view LastLine(std::string_view text) {
  while (!text.empty() &&
         (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  const size_t nl = text.rfind('\n');
  return nl == std::string_view::npos ? text : text.substr(nl + 1);
}

std::string DescribeExit(const siginfo_t& info) {
  if (info.si_code == CLD_EXITED) {
    return "exited with status " + std::to_string(info.si_status);
  }
  if (info.si_code == CLD_KILLED || info.si_code == CLD_DUMPED) {
    const char* name = ::sigdescr_np(info.si_status);
    return "was killed by signal " + std::to_string(info.si_status) +
           (name != nullptr ? " (" + std::string(name) + ")" : "");
  }
  return "ended";
}

// ---- Reading an answer ----------------------------------------------------

// The field `key` of `j` as a list of strings; false when it is missing or
// anything else.
bool GetStrings(const json& j, const char* key, std::vector<std::string>* out,
                std::string* why) {
  const auto it = j.find(key);
  bool ok = it != j.end() && it->is_array();
  if (ok) {
    for (const json& e : *it) ok = ok && e.is_string();
  }
  if (!ok) {
    *why = std::string("its \"") + key +
           (it == j.end() ? "\" is missing" : "\" is not a list of strings");
    return false;
  }
  out->clear();
  for (const json& e : *it) out->push_back(e.get<std::string>());
  return true;
}

// The field `key` of `j` when it is null (-> "") or a string.
bool GetNullableString(const json& j, const char* key, std::string* out,
                       std::string* why) {
  const auto it = j.find(key);
  if (it == j.end() || !(it->is_null() || it->is_string())) {
    *why =
        std::string("its \"") + key +
        (it == j.end() ? "\" is missing" : "\" is neither null nor a string");
    return false;
  }
  *out = it->is_string() ? it->get<std::string>() : "";
  return true;
}

// A field's value for a message. Only scalars are dumped: dump() recurses,
// and a worker may nest lists a million deep.
std::string QuoteValue(const json& value, std::string_view line) {
  if (value.is_string()) return Quote(value.get_ref<const std::string&>());
  return Quote(value.is_structured() ? line : value.dump());
}

bool IdIs(const json& j, uint64_t id) {
  const auto it = j.find("id");
  return it != j.end() && it->is_number_unsigned() && it->get<uint64_t>() == id;
}

// What the answer `line` to request `id` says: kOk or kRefused with `r`
// filled in (its `ms` is `waited_ms` when the answer has none), or the
// outcome of a bad answer with `*why` saying what was wrong (and, for an
// interpreter that died, its stderr in `*program_stderr`).
RunOutcome ParseAnswer(const std::string& line, uint64_t id, double waited_ms,
                       RunResult* r, std::string* why,
                       std::string* program_stderr) {
  const std::string request = "request " + std::to_string(id);
  const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    *why = "the answer to " + request + " is not a JSON object: " + Quote(line);
    return RunOutcome::kProtocol;
  }
  if (const auto err = j.find("error"); err != j.end()) {
    *why = "the worker rejected " + request + ": " + QuoteValue(*err, line);
    return RunOutcome::kProtocol;
  }
  if (!IdIs(j, id)) {
    const auto it = j.find("id");
    *why =
        "answered " + request + " with " +
        (it == j.end() ? std::string("no id") : "id " + QuoteValue(*it, line));
    return RunOutcome::kProtocol;
  }
  if (const auto c = j.find("crashed"); c != j.end() && *c == true) {
    *why = "the interpreter died running " + request;
    if (const auto e = j.find("stderr"); e != j.end() && e->is_string()) {
      const auto& text = e->get_ref<const std::string&>();
      *program_stderr =
          text.substr(text.size() - std::min(text.size(), kStderrTailBytes));
    }
    return RunOutcome::kCrash;
  }
  auto bad = [&](const std::string& what) {
    *why = "the answer to " + request + " is malformed: " + what + ": " +
           Quote(line);
    return RunOutcome::kProtocol;
  };
  const auto status = j.find("status");
  if (status == j.end() || !status->is_number_integer()) {
    return bad("its \"status\" is not an integer");
  }
  const int64_t s = status->get<int64_t>();
  if (s < 0 || s > 2) return bad("its \"status\" is not 0, 1 or 2");
  RunResult got;
  got.ms = waited_ms;
  got.status = static_cast<int>(s);
  std::string field_why;
  if (!GetStrings(j, "trace", &got.trace, &field_why) ||
      !GetStrings(j, "failures", &got.failures, &field_why) ||
      !GetNullableString(j, "misuse", &got.misuse, &field_why) ||
      !GetNullableString(j, "refused", &got.refused, &field_why) ||
      !GetStrings(j, "unobserved", &got.unobserved, &field_why)) {
    return bad(field_why);
  }
  if (const auto ms = j.find("ms"); ms != j.end()) {
    if (!ms->is_number()) return bad("its \"ms\" is not a number");
    got.ms = ms->get<double>();
  }
  const bool refused = j.at("refused").is_string();
  if (refused && got.status != 2) return bad("it refuses with a status not 2");
  got.outcome = refused ? RunOutcome::kRefused : RunOutcome::kOk;
  *r = std::move(got);
  return r->outcome;
}

// The hello `line`, or nullopt with `*why`.
std::optional<Hello> ParseHello(const std::string& line, std::string* why) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    *why = "its first line is not a JSON hello: " + Quote(line);
    return std::nullopt;
  }
  const auto protocol = j.find("protocol");
  if (protocol == j.end() || !protocol->is_number_integer()) {
    *why = "its hello has no integer \"protocol\": " + Quote(line);
    return std::nullopt;
  }
  if (*protocol != 1) {
    *why = "speaks protocol " + protocol->dump() + "; gcfuzz knows 1";
    return std::nullopt;
  }
  const auto impl = j.find("implementation");
  const auto version = j.find("version");
  if (impl == j.end() || !impl->is_string() || version == j.end() ||
      !version->is_string()) {
    *why = "its hello lacks a string \"implementation\" or \"version\": " +
           Quote(line);
    return std::nullopt;
  }
  Hello hello;
  hello.protocol = 1;
  hello.implementation = impl->get<std::string>();
  hello.version = version->get<std::string>();
  hello.raw = std::move(j);
  return hello;
}

}  // namespace

std::string_view RunOutcomeName(RunOutcome outcome) {
  switch (outcome) {
    case RunOutcome::kOk:
      return "ok";
    case RunOutcome::kHang:
      return "hang";
    case RunOutcome::kCrash:
      return "crash";
    case RunOutcome::kProtocol:
      return "protocol";
    case RunOutcome::kRefused:
      return "refused";
  }
  return "?";
}

// ---- The worker process ---------------------------------------------------

struct WorkerClient::Process {
  enum class Event { kLine, kEof, kBrokenPipe, kTooLong, kTimeout };

  // Starts `argv` (argv[0] looked up on PATH when it has no '/') in a
  // process group of its own, with all three pipes; nullptr and `*why` when
  // it cannot.
  static std::unique_ptr<Process> Spawn(const std::vector<std::string>& argv,
                                        std::string* why);

  // Waits for the next line from stdout, writing `pending` meanwhile.
  Event NextLine(Clock::time_point deadline, size_t max_line,
                 std::string* line);
  // Waits up to `timeout` for the pipes, then does the I/O that is ready.
  void Pump(Clock::duration timeout);
  // The worker's end, if it has ended. It is not reaped (see the file
  // comment).
  std::optional<siginfo_t> Exited() const;
  // Exited(), waiting up to `deadline` and discarding stdout meanwhile.
  std::optional<siginfo_t> WaitExit(Clock::time_point deadline);

  void ReadOut();
  void ReadErr();
  void WritePending();

  bp::group group;
  bp::child child;
  pid_t pid = -1;
  Fd in, out, err;            // our ends of the worker's stdin, stdout, stderr
  std::string out_buf;        // read from stdout, not yet split into lines
  size_t scanned = 0;         // out_buf[0, scanned) holds no '\n'
  bool out_eof = false;       // stdout closed (the worker is ending)
  std::string pending;        // the request being written
  size_t written = 0;         // of `pending`
  bool write_failed = false;  // EPIPE: the worker closed its stdin
  std::string err_tail;       // the last kStderrTailBytes of stderr
};

std::unique_ptr<WorkerClient::Process> WorkerClient::Process::Spawn(
    const std::vector<std::string>& argv, std::string* why) {
  const std::string& program = argv[0];
  boost::filesystem::path exe = program;
  if (program.find('/') == std::string::npos) {
    try {
      exe = bp::search_path(program);
    } catch (const std::exception&) {
      exe.clear();
    }
    if (exe.empty()) {
      *why = program + ": not on PATH";
      return nullptr;
    }
  } else if (::access(program.c_str(), X_OK) != 0) {
    *why = program + ": " + std::generic_category().message(errno);
    return nullptr;
  }

  auto proc = std::make_unique<Process>();
  Fd in_r, out_w, err_w;
  if (!MakePipe(&in_r, &proc->in) || !MakePipe(&proc->out, &out_w) ||
      !MakePipe(&proc->err, &err_w)) {
    *why = program +
           ": cannot make pipes: " + std::generic_category().message(errno);
    return nullptr;
  }
  SetNonBlocking(proc->in.get());
  SetNonBlocking(proc->out.get());
  SetNonBlocking(proc->err.get());
  // Boost's pipe objects hand the child's ends to the child and close them
  // here once it runs; our ends stay in `proc`.
  bp::pipe in_pipe(in_r.release(), -1);
  bp::pipe out_pipe(-1, out_w.release());
  bp::pipe err_pipe(-1, err_w.release());
  std::error_code ec;
  pid_t failed_pid = -1;
  try {
    proc->child = bp::child(
        bp::exe = exe,
        bp::args = std::vector<std::string>(argv.begin() + 1, argv.end()),
        (bp::std_in < in_pipe), (bp::std_out > out_pipe),
        (bp::std_err > err_pipe), proc->group, ec,
        // Boost does not reap a child whose execve failed; remember it.
        bp::extend::on_error = [&failed_pid](auto& exec,
                                             const std::error_code&) {
          failed_pid = exec.pid;
        });
  } catch (const std::exception&) {
    if (!ec) ec = std::make_error_code(std::errc::io_error);
  }
  if (ec) {
    if (failed_pid > 0) {
      ::kill(failed_pid, SIGKILL);
      ::waitpid(failed_pid, nullptr, 0);
    }
    *why = exe.string() + ": " + ec.message();
    return nullptr;
  }
  proc->pid = proc->child.id();
  return proc;
}

WorkerClient::Process::Event WorkerClient::Process::NextLine(
    Clock::time_point deadline, size_t max_line, std::string* line) {
  for (;;) {
    const size_t nl = out_buf.find('\n', scanned);
    if (nl != std::string::npos) {
      line->assign(out_buf, 0, nl);
      out_buf.erase(0, nl + 1);
      scanned = 0;
      return Event::kLine;
    }
    scanned = out_buf.size();
    if (out_buf.size() > max_line) return Event::kTooLong;
    if (out_eof) return Event::kEof;
    if (write_failed) return Event::kBrokenPipe;
    const auto now = Clock::now();
    if (now >= deadline) return Event::kTimeout;
    Pump(deadline - now);
  }
}

void WorkerClient::Process::Pump(Clock::duration timeout) {
  std::array<pollfd, 3> fds;
  nfds_t n = 0;
  int out_i = -1, err_i = -1, in_i = -1;
  if (!out_eof && out.valid()) {
    out_i = static_cast<int>(n);
    fds[n++] = {out.get(), POLLIN, 0};
  }
  if (err.valid()) {
    err_i = static_cast<int>(n);
    fds[n++] = {err.get(), POLLIN, 0};
  }
  if (written < pending.size() && in.valid() && !write_failed) {
    in_i = static_cast<int>(n);
    fds[n++] = {in.get(), POLLOUT, 0};
  }
  // No fd ready, or EINTR: the caller checks its deadline and calls again.
  if (::poll(fds.data(), n, ToPollMs(timeout)) <= 0) return;
  if (out_i >= 0 && fds[out_i].revents != 0) ReadOut();
  if (err_i >= 0 && fds[err_i].revents != 0) ReadErr();
  if (in_i >= 0 && fds[in_i].revents != 0) WritePending();
}

void WorkerClient::Process::ReadOut() {
  const size_t old = out_buf.size();
  out_buf.resize(old + kReadChunk);
  const ssize_t got = ::read(out.get(), out_buf.data() + old, kReadChunk);
  const int error = errno;
  out_buf.resize(old + static_cast<size_t>(std::max<ssize_t>(got, 0)));
  if (got == 0 || (got < 0 && error != EAGAIN && error != EINTR)) {
    out_eof = true;
  }
}

void WorkerClient::Process::ReadErr() {
  std::array<char, 16384> buf;
  const ssize_t got = ::read(err.get(), buf.data(), buf.size());
  if (got > 0) {
    err_tail.append(buf.data(), static_cast<size_t>(got));
    if (err_tail.size() > kStderrTailBytes) {
      err_tail.erase(0, err_tail.size() - kStderrTailBytes);
    }
  } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
    err.reset();  // closed: stop polling it
  }
}

// A worker that closed its stdin makes write() fail with EPIPE and raise
// SIGPIPE, whose default action would end gcfuzz. The signal is blocked in
// this thread around the write and a SIGPIPE it raised is consumed, which
// changes nothing process-wide (an ignored SIGPIPE would be inherited by
// every process gcfuzz starts).
void WorkerClient::Process::WritePending() {
  sigset_t sigpipe, old_mask, was_pending;
  sigemptyset(&sigpipe);
  sigaddset(&sigpipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &sigpipe, &old_mask);
  sigpending(&was_pending);
  const ssize_t n =
      ::write(in.get(), pending.data() + written, pending.size() - written);
  const int error = errno;
  if (n < 0 && error == EPIPE && sigismember(&was_pending, SIGPIPE) != 1) {
    const timespec zero{};
    while (::sigtimedwait(&sigpipe, nullptr, &zero) < 0 && errno == EINTR) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  if (n > 0) {
    written += static_cast<size_t>(n);
  } else if (n < 0 && error != EAGAIN && error != EINTR) {
    write_failed = true;
  }
}

std::optional<siginfo_t> WorkerClient::Process::Exited() const {
  siginfo_t info{};
  if (::waitid(P_PID, static_cast<id_t>(pid), &info,
               WEXITED | WNOHANG | WNOWAIT) == 0 &&
      info.si_pid == pid) {
    return info;
  }
  return std::nullopt;
}

std::optional<siginfo_t> WorkerClient::Process::WaitExit(
    Clock::time_point deadline) {
  for (;;) {
    if (auto info = Exited()) return info;
    const auto now = Clock::now();
    if (now >= deadline) return std::nullopt;
    Pump(std::min<Clock::duration>(deadline - now,
                                   std::chrono::milliseconds(10)));
    out_buf.clear();  // nothing more is read from this worker
    scanned = 0;
  }
}

// ---- The client -----------------------------------------------------------

WorkerClient::WorkerClient(WorkerCommand cmd, std::chrono::milliseconds timeout,
                           std::chrono::milliseconds startup_timeout)
    : cmd_(std::move(cmd)),
      name_(!cmd_.name.empty()  ? cmd_.name
            : cmd_.argv.empty() ? std::string("worker")
                                : cmd_.argv[0]),
      timeout_(timeout),
      startup_timeout_(startup_timeout),
      max_line_bytes_(kDefaultMaxLineBytes) {}

WorkerClient::~WorkerClient() {
  if (!proc_) return;
  // End of stdin asks the worker to exit (protocol section 1).
  proc_->in.reset();
  proc_->WaitExit(Clock::now() + kExitGrace);
  Kill();
}

std::optional<Hello> WorkerClient::Start(std::string* error) {
  RunOutcome outcome;
  return StartProcess(error, &outcome);
}

std::optional<Hello> WorkerClient::StartProcess(std::string* error,
                                                RunOutcome* outcome) {
  if (proc_) return hello_;
  stderr_tail_.clear();
  auto fail = [&](RunOutcome o, const std::string& what) {
    Kill();
    *outcome = o;
    *error = name_ + ": " + what;
    if (const auto last = LastLine(stderr_tail_); !last.empty()) {
      *error += " (stderr: " + Quote(last) + ")";
    }
    return std::nullopt;
  };
  if (cmd_.argv.empty()) {
    return fail(RunOutcome::kCrash, "no command to start the worker");
  }
  std::string why;
  proc_ = Process::Spawn(cmd_.argv, &why);
  if (!proc_) return fail(RunOutcome::kCrash, "cannot start the worker " + why);

  std::string line;
  switch (proc_->NextLine(Clock::now() + startup_timeout_, max_line_bytes_,
                          &line)) {
    case Process::Event::kLine:
      break;
    case Process::Event::kTimeout:
      return fail(RunOutcome::kHang,
                  "no hello within " +
                      std::to_string(startup_timeout_.count()) +
                      " ms; killed the worker");
    case Process::Event::kTooLong:
      return fail(RunOutcome::kProtocol, "its first line is longer than " +
                                             std::to_string(max_line_bytes_) +
                                             " bytes");
    case Process::Event::kEof:
    case Process::Event::kBrokenPipe: {
      const auto info = proc_->WaitExit(Clock::now() + kExitGrace);
      return fail(RunOutcome::kCrash,
                  "the worker " +
                      (info ? DescribeExit(*info) : "closed its stdout") +
                      " before its hello");
    }
  }
  hello_ = ParseHello(line, &why);
  if (!hello_) return fail(RunOutcome::kProtocol, why);
  return hello_;
}

RunResult WorkerClient::Run(const RunRequest& req) {
  const auto t0 = Clock::now();
  auto waited_ms = [&t0] {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  };
  RunResult r;
  // A worker that ended between runs did so on its own (or after an
  // `exited` answer): the program is not to blame, a fresh worker runs it.
  if (proc_ && (proc_->out_eof || proc_->Exited())) Kill();
  if (!proc_) {
    std::string error;
    if (!StartProcess(&error, &r.outcome)) {
      r.detail = std::move(error);
      r.ms = waited_ms();
      return r;
    }
  }
  const uint64_t id = next_id_++;
  const std::string request = "request " + std::to_string(id);
  const json message = {{"id", id},
                        {"file", req.file},
                        {"gcops", req.gcops},
                        {"python", req.python},
                        {"budget", req.budget}};
  // Bytes that are not UTF-8 become U+FFFD instead of an exception.
  proc_->pending =
      message.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  proc_->written = 0;

  auto failed = [&](RunOutcome o, const std::string& what) {
    Kill();
    r = RunResult{};
    r.outcome = o;
    r.detail = Detail(what);
    r.ms = waited_ms();
    return r;
  };
  std::string line;
  switch (proc_->NextLine(Clock::now() + timeout_, max_line_bytes_, &line)) {
    case Process::Event::kLine:
      break;
    case Process::Event::kTimeout:
      return failed(RunOutcome::kHang, "no answer to " + request + " within " +
                                           std::to_string(timeout_.count()) +
                                           " ms; killed the worker");
    case Process::Event::kTooLong:
      return failed(RunOutcome::kProtocol,
                    "the answer to " + request + " is longer than " +
                        std::to_string(max_line_bytes_) + " bytes");
    case Process::Event::kEof:
    case Process::Event::kBrokenPipe: {
      const bool stdout_closed = proc_->out_eof;
      const auto info = proc_->WaitExit(Clock::now() + kExitGrace);
      const std::string how = info            ? DescribeExit(*info)
                              : stdout_closed ? "closed its stdout"
                                              : "closed its stdin";
      return failed(
          RunOutcome::kCrash,
          "the worker " + how +
              (stdout_closed ? " before answering " : " before reading ") +
              request);
    }
  }
  std::string why, program_stderr;
  const RunOutcome outcome =
      ParseAnswer(line, id, waited_ms(), &r, &why, &program_stderr);
  if (outcome == RunOutcome::kOk || outcome == RunOutcome::kRefused) return r;
  failed(outcome, why);
  while (!program_stderr.empty() && program_stderr.back() == '\n') {
    program_stderr.pop_back();
  }
  if (!program_stderr.empty()) {
    r.detail += "\nstderr of the program (tail):\n" + ValidUtf8(program_stderr);
  }
  return r;
}

void WorkerClient::Kill() {
  if (!proc_) return;
  Process& p = *proc_;
  if (p.pid > 0) {
    std::error_code ec;
    p.group.terminate(ec);   // SIGKILL to the whole group
    ::kill(p.pid, SIGKILL);  // in case the worker left its group
    p.in.reset();
    p.pending.clear();
    // What the group wrote before it died is still in the stderr pipe.
    const auto until = Clock::now() + kDrainAfterKill;
    while (p.err.valid() && Clock::now() < until) {
      p.Pump(until - Clock::now());
      p.out_buf.clear();
    }
    p.child.wait(ec);  // reaps: no zombie
  }
  stderr_tail_ = std::move(p.err_tail);
  proc_.reset();
  hello_.reset();
}

std::string WorkerClient::Detail(std::string_view what) const {
  std::string detail = name_ + ": " + std::string(what);
  std::string_view tail = stderr_tail_;
  // A tail cut at kStderrTailBytes starts at its first whole line.
  if (tail.size() == kStderrTailBytes) {
    if (const size_t nl = tail.find('\n');
        nl != std::string_view::npos && nl + 1 < tail.size()) {
      tail.remove_prefix(nl + 1);
    }
  }
  while (!tail.empty() && tail.back() == '\n') tail.remove_suffix(1);
  if (!tail.empty()) {
    detail += "\nstderr of the worker (tail):\n" + ValidUtf8(tail);
  }
  return detail;
}

}  // namespace gcfuzz::differential::worker

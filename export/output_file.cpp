#include "export/output_file.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::exporters {
namespace {

// The temporary files alive now, in fixed slots that a signal handler may read: a slot is
// claimed, its path written, and only then marked live; the handler reads live slots only.
constexpr int kSlots = 256;
constexpr std::size_t kPathMax = 4096;
char g_paths[kSlots][kPathMax];
std::atomic<bool> g_claimed[kSlots];
std::atomic<bool> g_live[kSlots];

int register_temporary(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (int i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (!g_claimed[i].compare_exchange_strong(expected, true)) continue;
    std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
    g_live[i].store(true);
    return i;
  }
  return -1;  // more than 256 outputs at once: still removed by the transaction, not by a signal
}

void unregister_temporary(int slot) {
  if (slot < 0) return;
  g_live[slot].store(false);
  g_claimed[slot].store(false);
}

void remove_all() {
  for (int i = 0; i < kSlots; ++i)
    if (g_live[i].load()) unlink(g_paths[i]);  // async-signal-safe
}

extern "C" void on_fatal_signal(int sig) {
  remove_all();
  std::signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

OutputTransaction::~OutputTransaction() {
  for (const Staged& s : staged_) {
    unlink(s.temporary.c_str());
    unregister_temporary(s.slot);
  }
}

Status OutputTransaction::stage(const std::string& path, const std::function<Status(std::FILE*)>& write, bool force) {
  if (path == "-") {
    Status s = write(stdout);
    std::fflush(stdout);
    return s;
  }
  struct stat st;
  if (lstat(path.c_str(), &st) == 0 && !force) {
    if (S_ISLNK(st.st_mode))
      return Status::error("'" + path + "' is a symbolic link; kgbuild does not write through links (give the "
                           "real path, or --force to replace the link with a file)");
    if (S_ISDIR(st.st_mode)) return Status::error("'" + path + "' is a folder; give a file name");
    if (!S_ISREG(st.st_mode))
      return Status::error("'" + path + "' is not a regular file (a FIFO or device); use '-' to write to standard "
                           "output, or --force");
  }
  std::string tmpl = path + ".tmp.XXXXXX";
  int fd = mkstemp(tmpl.data());  // O_CREAT | O_EXCL: never follows a planted link
  if (fd < 0)
    return Status::error("cannot create '" + path + "': " + std::strerror(errno) +
                         "; check that the folder exists and is writable");
  const int slot = register_temporary(tmpl);
  std::FILE* fh = fdopen(fd, "wb");
  if (!fh) {
    int err = errno;
    close(fd);
    unlink(tmpl.c_str());
    unregister_temporary(slot);
    return Status::error("cannot write '" + path + "': " + std::strerror(err));
  }
  staged_.push_back({path, tmpl, slot});
  Status s = write(fh);
  bool flushed = std::fflush(fh) == 0 && !std::ferror(fh) && fsync(fileno(fh)) == 0;
  int err = errno;
  std::fclose(fh);
  if (s && !flushed) s = Status::error("cannot write '" + path + "': " + std::strerror(err) + " (disk full?)");
  if (!s) return Status::error(path + ": " + s.message());  // the destructor removes the temporary file
  // mkstemp makes the file 0600; give it the usual permissions.
  mode_t mask = umask(0);
  umask(mask);
  chmod(tmpl.c_str(), 0666 & ~mask);
  return Status::ok();
}

Status OutputTransaction::commit() {
  Status result = Status::ok();
  for (const Staged& s : staged_) {
    if (result && std::rename(s.temporary.c_str(), s.target.c_str()) != 0)
      result = Status::error("cannot write '" + s.target + "': " + std::strerror(errno));
    if (!result) unlink(s.temporary.c_str());
    unregister_temporary(s.slot);
  }
  staged_.clear();
  return result;
}

Status write_file_atomically(const std::string& path, const std::function<Status(std::FILE*)>& write, bool force) {
  OutputTransaction t;
  if (Status s = t.stage(path, write, force); !s) return s;
  return t.commit();
}

void install_signal_cleanup() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = &on_fatal_signal;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
}

void remove_temporary_files() { remove_all(); }

}  // namespace kg::exporters

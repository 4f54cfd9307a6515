// Writes output files all or nothing: bytes go to temporary files beside the targets (created
// with mkstemp, so a symlink planted at the temporary name is never followed), which replace the
// targets only when every writer of the run succeeded. Temporary files are removed on every exit
// path: a failed writer, an exception, and SIGINT / SIGTERM (install_signal_cleanup). Not
// thread-safe per instance.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "graph/status.hpp"

namespace kg::exporters {

class OutputTransaction {
 public:
  OutputTransaction() = default;
  OutputTransaction(const OutputTransaction&) = delete;
  OutputTransaction& operator=(const OutputTransaction&) = delete;
  ~OutputTransaction();  // removes every staged file not committed

  // Calls `write` with a FILE* open on a temporary file in the folder of `path`. "-" writes to
  // standard output at once (it cannot be taken back). Refuses a target that is a symlink, a FIFO
  // or a device unless `force`.
  Status stage(const std::string& path, const std::function<Status(std::FILE*)>& write, bool force = false);
  // Renames every staged file over its target.
  Status commit();

 private:
  struct Staged {
    std::string target, temporary;
    int slot;
  };
  std::vector<Staged> staged_;
};

// One output, all or nothing: stage and commit.
Status write_file_atomically(const std::string& path, const std::function<Status(std::FILE*)>& write,
                             bool force = false);

// Installs SIGINT, SIGTERM and SIGHUP handlers that remove the temporary files of live
// transactions and then die of the signal as usual.
void install_signal_cleanup();
// Removes the temporary files of live transactions (the CLI's last resort on an exception).
void remove_temporary_files();

}  // namespace kg::exporters

#include "export/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::exporters {

Status write_file_atomically(const std::string& path, const std::function<Status(std::FILE*)>& write) {
  if (path == "-") {
    Status s = write(stdout);
    std::fflush(stdout);
    return s;
  }
  std::string tmpl = path + ".tmp.XXXXXX";
  int fd = mkstemp(tmpl.data());
  if (fd < 0)
    return Status::error("cannot create '" + path + "': " + std::strerror(errno) +
                         "; check that the folder exists and is writable");
  std::FILE* fh = fdopen(fd, "wb");
  if (!fh) {
    close(fd);
    unlink(tmpl.c_str());
    return Status::error("cannot write '" + path + "': " + std::strerror(errno));
  }
  Status s = write(fh);
  bool flushed = std::fflush(fh) == 0 && !std::ferror(fh) && fsync(fileno(fh)) == 0;
  int err = errno;
  std::fclose(fh);
  if (s && !flushed) s = Status::error("cannot write '" + path + "': " + std::strerror(err) + " (disk full?)");
  if (!s) {
    unlink(tmpl.c_str());
    return Status::error(path + ": " + s.message());
  }
  // mkstemp makes the file 0600; give it the usual permissions.
  mode_t mask = umask(0);
  umask(mask);
  chmod(tmpl.c_str(), 0666 & ~mask);
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    err = errno;
    unlink(tmpl.c_str());
    return Status::error("cannot write '" + path + "': " + std::strerror(err));
  }
  return Status::ok();
}

}  // namespace kg::exporters

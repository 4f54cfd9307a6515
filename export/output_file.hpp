// Writes an output file atomically: bytes go to a temporary file beside the target, which is
// renamed over it only when the writer succeeded, so a failed run never leaves a half-written
// file behind. Not thread-safe per instance.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

#include "graph/status.hpp"

namespace kg::exporters {

// Calls `write` with a FILE* open on a temporary file in the target's folder; renames it to
// `path` when `write` returns ok, removes it otherwise. "-" writes to standard output.
Status write_file_atomically(const std::string& path, const std::function<Status(std::FILE*)>& write);

}  // namespace kg::exporters

// kgbuild: the command-line entry point. All behaviour is in cli/commands.cpp. Errors travel as
// Status values; this is the one place that catches what escapes anyway (a bug, or memory
// exhaustion) and turns it into exit status 1 with a message instead of an abort.
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <streambuf>
#include <new>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "export/output_file.hpp"

namespace {

// On a terminal, control characters of the data (an ESC sequence in a label or a piece of
// evidence would drive the terminal) are shown as \xHH; line feeds and tabs pass. Output to a
// file or a pipe is untouched.
class TerminalSafeBuf : public std::streambuf {
 public:
  explicit TerminalSafeBuf(std::streambuf* to) : to_(to) {}

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return to_->pubsync() == 0 ? 0 : traits_type::eof();
    unsigned char c = static_cast<unsigned char>(traits_type::to_char_type(ch));
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      char b[5];
      std::snprintf(b, sizeof b, "\\x%02X", c);
      return to_->sputn(b, 4) == 4 ? ch : traits_type::eof();
    }
    return to_->sputc(static_cast<char>(c)) == traits_type::eof() ? traits_type::eof() : ch;
  }
  int sync() override { return to_->pubsync(); }

 private:
  std::streambuf* to_;
};

}  // namespace

int main(int argc, char** argv) {
  kg::exporters::install_signal_cleanup();
  TerminalSafeBuf safe(std::cout.rdbuf());
  struct Restore {  // cout gets its own buffer back before `safe` goes
    std::streambuf* original;
    ~Restore() {
      std::cout.flush();
      std::cout.rdbuf(original);
    }
  } restore{isatty(STDOUT_FILENO) ? std::cout.rdbuf(&safe) : std::cout.rdbuf()};
  try {
    std::vector<std::string> args(argv + 1, argv + argc);
    return kg::cli::run(args, std::cerr);
  } catch (const std::bad_alloc&) {
    std::cerr << "kgbuild: out of memory; split the input into smaller files (N-Triples output streams best)\n";
  } catch (const std::exception& e) {
    std::cerr << "kgbuild: internal error: " << e.what()
              << "\nthis is a bug in kgbuild; please report it with the command and the input that caused it\n";
  } catch (...) {
    std::cerr << "kgbuild: internal error (unknown exception)\n"
              << "this is a bug in kgbuild; please report it with the command and the input that caused it\n";
  }
  kg::exporters::remove_temporary_files();
  return 1;
}

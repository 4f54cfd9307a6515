#include "extract/dates.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <sstream>
#include <vector>

namespace kg::extract {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kDays = {"sunday",   "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool parse_iso(std::string_view s, year_month_day& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  int y = std::stoi(std::string(s.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(s.substr(5, 2))));
  unsigned d = static_cast<unsigned>(std::stoi(std::string(s.substr(8, 2))));
  out = year_month_day{year{y}, month{m}, day{d}};
  return out.ok();
}

std::string iso(const year_month_day& d) {
  if (!d.ok()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

int month_of(const std::string& w) {
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (w == kMonths[i]) return static_cast<int>(i) + 1;
  return 0;
}

bool number(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

}  // namespace

bool is_iso_date(std::string_view text) {
  year_month_day d;
  return parse_iso(text, d);
}

std::string resolve_date(std::string_view expression, std::string_view doc_date) {
  std::vector<std::string> w = words(expression);
  year_month_day doc{};
  bool have_doc = parse_iso(doc_date, doc);
  // Month D, YYYY / D Month YYYY / Month D
  for (std::size_t i = 0; i < w.size(); ++i) {
    int m = month_of(w[i]);
    if (!m) continue;
    unsigned d = 0;
    int y = 0;
    if (i + 1 < w.size() && number(w[i + 1]) && w[i + 1].size() <= 2) {
      d = static_cast<unsigned>(std::stoi(w[i + 1]));
      if (i + 2 < w.size() && number(w[i + 2]) && w[i + 2].size() == 4) y = std::stoi(w[i + 2]);
    } else if (i > 0 && number(w[i - 1]) && w[i - 1].size() <= 2) {
      d = static_cast<unsigned>(std::stoi(w[i - 1]));
      if (i + 1 < w.size() && number(w[i + 1]) && w[i + 1].size() == 4) y = std::stoi(w[i + 1]);
    }
    if (!d) return "";
    if (!y) {
      if (!have_doc) return "";
      y = static_cast<int>(doc.year());
    }
    return iso(year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{d}});
  }
  if (!have_doc) return "";
  sys_days base{doc};
  for (const std::string& x : w) {
    if (x == "today") return iso(doc);
    if (x == "yesterday") return iso(year_month_day{base - days{1}});
    if (x == "tomorrow") return iso(year_month_day{base + days{1}});
    for (unsigned k = 0; k < kDays.size(); ++k)
      if (x == kDays[k]) {
        weekday target{k};
        sys_days d = base;
        while (weekday{d} != target) d -= days{1};
        return iso(year_month_day{d});
      }
  }
  return "";
}

}  // namespace kg::extract

#include "extract/tokenizer.hpp"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "extract/lexicon.hpp"

namespace kg::extract {
namespace {

// Private-use code point standing for a dash between words (en/em dash).
constexpr char32_t kDash = 0xE000;

struct Char {
  char32_t cp;  // normalised code point
  std::size_t begin, end;
};

// Decodes one UTF-8 sequence at i; returns 0xFFFD and advances one byte on malformed input.
char32_t decode(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc >> 6) != 2) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

char32_t normalise(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: return U'"';
    case 0x2010: case 0x2011: return U'-';  // hyphens join words
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return kDash;  // dashes separate them; written as "-" in Token::text
    case 0x00A0: case 0x2007: case 0x2009: case 0x200A: case 0x202F: case 0x3000: return U' ';
    case 0x200B: case 0xFEFF: return 0;  // zero-width: dropped
    default: return cp;
  }
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v'; }
bool is_alpha(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  return u_isalpha(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_alnum(char32_t c) { return is_alpha(c) || is_digit(c); }
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  return u_isupper(static_cast<UChar32>(c));
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string nfc(const std::string& s) {
  bool ascii = true;
  for (unsigned char c : s) ascii = ascii && c < 0x80;
  if (ascii) return s;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return s;
  icu::UnicodeString out = n->normalize(icu::UnicodeString::fromUTF8(s), err);
  if (U_FAILURE(err)) return s;
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::string lower_of(const std::string& s) {
  bool ascii = true;
  for (unsigned char c : s) ascii = ascii && c < 0x80;
  if (ascii) {
    std::string r = s;
    for (char& c : r)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return r;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  u.toLower(icu::Locale::getEnglish());
  std::string r;
  u.toUTF8String(r);
  return r;
}

Token make_token(const std::vector<Char>& cs, std::size_t a, std::size_t b, bool space,
                 bool para) {
  Token t;
  t.begin = cs[a].begin;
  t.end = cs[b - 1].end;
  std::string raw;
  for (std::size_t k = a; k < b; ++k) append_utf8(raw, cs[k].cp == kDash ? U'-' : cs[k].cp);
  t.text = nfc(raw);
  t.lower = lower_of(t.text);
  t.upper_initial = is_upper(cs[a].cp);
  t.word = is_alnum(cs[a].cp);
  t.space_before = space;
  t.paragraph_before = para;
  return t;
}

// "U.S", "J.D" — letters separated by single periods.
bool acronym_so_far(const std::vector<Char>& cs, std::size_t a, std::size_t b) {
  bool dot = false;
  for (std::size_t k = a; k < b; ++k) {
    if (cs[k].cp == U'.') {
      dot = true;
      if (k == a || cs[k - 1].cp == U'.') return false;
    } else if (!is_alpha(cs[k].cp) || (k > a && cs[k - 1].cp != U'.')) {
      return false;
    }
  }
  return dot || b - a == 1;
}

// `space` and `para`: what precedes cs[0] (a line break when it continues a text cut there).
std::vector<Token> tokenize_chars(const std::vector<Char>& cs, const Lexicon& lex, bool space, bool para) {
  std::vector<Token> out;
  out.reserve(cs.size() / 4 + 4);
  std::size_t i = 0, n = cs.size();
  while (i < n) {
    char32_t c = cs[i].cp;
    if (is_space(c)) {
      if (c == U'\n') para = true;
      space = true;
      ++i;
      continue;
    }
    std::size_t start = i;
    if (is_alnum(c)) {
      std::size_t j = i + 1;
      while (j < n) {
        char32_t d = cs[j].cp;
        char32_t next = j + 1 < n ? cs[j + 1].cp : 0;
        if (is_alnum(d)) { ++j; continue; }
        if ((d == U'-' || d == U'&') && is_alnum(next)) { ++j; continue; }
        if ((d == U',' || d == U'.') && is_digit(cs[j - 1].cp) && is_digit(next)) { ++j; continue; }
        if (d == U'.' && is_alpha(next) && acronym_so_far(cs, start, j) &&
            (j + 2 >= n || !is_alpha(cs[j + 2].cp))) { ++j; continue; }
        // "U.S.-led": the acronym's last period, then a hyphenated word.
        if (d == U'.' && next == U'-' && j + 2 < n && is_alpha(cs[j + 2].cp) && j - start > 1 &&
            acronym_so_far(cs, start, j)) { ++j; continue; }
        if (d == U'\'') {
          // d'Ivoire, O'Brien: the apostrophe is part of the name.
          bool s_suffix = (next == U's' || next == U'S') && (j + 2 >= n || !is_alnum(cs[j + 2].cp));
          bool clitic = false;
          for (std::u32string_view cl : {U"t", U"re", U"ve", U"ll", U"d", U"m"}) {
            bool match = j + cl.size() < n + 0;
            for (std::size_t k = 0; match && k < cl.size(); ++k)
              match = j + 1 + k < n && (cs[j + 1 + k].cp | 0x20) == cl[k];
            if (match && (j + 1 + cl.size() >= n || !is_alnum(cs[j + 1 + cl.size()].cp))) clitic = true;
          }
          if (!s_suffix && !clitic && is_alpha(next) && j - start <= 2) { ++j; continue; }
        }
        break;
      }
      // "didn't": the word ends before the 'n' of "n't".
      if (j < n && cs[j].cp == U'\'' && j + 1 < n && (cs[j + 1].cp | 0x20) == U't' && j - start >= 2 &&
          (cs[j - 1].cp | 0x20) == U'n') {
        out.push_back(make_token(cs, start, j - 1, space, para));
        out.push_back(make_token(cs, j - 1, j + 2, false, false));
        space = para = false;
        i = j + 2;
        continue;
      }
      // Keep a final period on abbreviations ("Gen.", "U.S.").
      if (j < n && cs[j].cp == U'.') {
        Token probe = make_token(cs, start, j + 1, space, para);
        if (lex.is_abbreviation(probe.text) || (acronym_so_far(cs, start, j) && j - start > 1)) ++j;
        // A middle initial: "John F. Kennedy" (one upper-case letter after a capitalised word,
        // before another).
        else if (j - start == 1 && cs[start].cp >= U'A' && cs[start].cp <= U'Z' && !out.empty() &&
                 out.back().upper_initial && out.back().word && out.back().text.size() > 1 && j + 2 < n &&
                 cs[j + 1].cp == U' ' && cs[j + 2].cp >= U'A' && cs[j + 2].cp <= U'Z')
          ++j;
      }
      out.push_back(make_token(cs, start, j, space, para));
      space = para = false;
      i = j;
      continue;
    }
    if (c == U'\'') {
      // Possessive or clitic after a word: "'s", "'re", or a bare "'" after a plural.
      if (!out.empty() && !space && out.back().word) {
        std::size_t j = i + 1;
        while (j < n && is_alpha(cs[j].cp) && j - i <= 2) ++j;
        if (j > i + 1 && (j >= n || !is_alnum(cs[j].cp))) {
          out.push_back(make_token(cs, i, j, false, false));
          i = j;
          continue;
        }
      }
    }
    if (c == U'.' && i + 2 < n && cs[i + 1].cp == U'.' && cs[i + 2].cp == U'.') {
      out.push_back(make_token(cs, i, i + 3, space, para));
      i += 3;
      space = para = false;
      continue;
    }
    out.push_back(make_token(cs, i, i + 1, space, para));
    space = para = false;
    ++i;
  }
  return out;
}

// Code points of text[from, to) with byte offsets into the whole text.
std::vector<Char> decode_range(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<Char> cs;
  cs.reserve(to - from);
  text = text.substr(0, to);
  std::size_t i = from;
  while (i < text.size()) {
    std::size_t b = i;
    char32_t cp = normalise(decode(text, i));
    if (cp == 0) continue;
    cs.push_back({cp, b, i});
  }
  return cs;
}

bool closes_sentence(const Token& t) {
  return t.text == "." || t.text == "!" || t.text == "?" || t.text == "...";
}
bool is_closer(const Token& t) { return t.text == "\"" || t.text == ")" || t.text == "'" || t.text == "]"; }

}  // namespace

namespace {

// Length of the strictly valid UTF-8 sequence at i (RFC 3629), or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogates U+D800-DFFF
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;  // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;  // 80-C1 (continuation or overlong lead), F5-FF
}

std::string hex_byte(unsigned v) {
  char b[3];
  std::snprintf(b, sizeof b, "%02X", v & 0xFF);
  return b;
}

}  // namespace

Status validate_utf8(std::string_view text) {
  if (text.size() >= 2 && ((static_cast<unsigned char>(text[0]) == 0xFF && static_cast<unsigned char>(text[1]) == 0xFE) ||
                           (static_cast<unsigned char>(text[0]) == 0xFE && static_cast<unsigned char>(text[1]) == 0xFF)))
    return Status::error("the input is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8; convert it "
                         "first: `iconv -f UTF-16 -t UTF-8 FILE > FILE.txt`");
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = utf8_length(text, i);
    if (len) {
      i += len;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // UTF-16 without a BOM: every other byte of ASCII text is NUL.
    std::size_t nuls = 0, probe = std::min<std::size_t>(text.size(), 512);
    for (std::size_t k = 0; k < probe; ++k) nuls += text[k] == '\0';
    std::string hint = nuls * 4 > probe ? "it looks like UTF-16: `iconv -f UTF-16LE -t UTF-8 FILE > FILE.txt` (or UTF-16BE)"
                       : c >= 0x80 && c <= 0x9F ? "it looks like Windows-1252: `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.txt`"
                                                : "if it is Latin-1: `iconv -f LATIN1 -t UTF-8 FILE > FILE.txt`";
    return Status::error("the input is not valid UTF-8 (bad byte 0x" + hex_byte(c) + " at byte offset " +
                         std::to_string(i) + "); convert it first; " + hint);
  }
  // UTF-16 without BOM can also be valid UTF-8 (ASCII and NULs): say so rather than extract noise.
  std::size_t nuls = 0, probe = std::min<std::size_t>(text.size(), 512);
  for (std::size_t k = 0; k < probe; ++k) nuls += text[k] == '\0';
  if (probe >= 8 && nuls * 4 > probe)
    return Status::error("the input is full of NUL bytes: it looks like UTF-16, not UTF-8; convert it first: "
                         "`iconv -f UTF-16LE -t UTF-8 FILE > FILE.txt` (or UTF-16BE)");
  return Status::ok();
}

std::string normalise_text(std::string_view t) {
  if (t.size() >= 3 && t.compare(0, 3, "\xEF\xBB\xBF") == 0) t.remove_prefix(3);
  std::string out(t);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c == '\r' && (i + 1 >= out.size() || out[i + 1] != '\n')) out[i] = '\n';
    else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) out[i] = ' ';
    else if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
             static_cast<unsigned char>(out[i + 1]) <= 0x9F) {
      out[i] = out[i + 1] = ' ';  // a C1 control character, two bytes
      ++i;
    }
  }
  return out;
}

std::string printable_name(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t len = utf8_length(name, i);
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (len == 0 || c < 0x20 || c == 0x7F || (len == 2 && c == 0xC2 && static_cast<unsigned char>(name[i + 1]) <= 0x9F)) {
      out += "%" + hex_byte(c);
      ++i;
      continue;
    }
    out.append(name.substr(i, len));
    i += len;
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text, const Lexicon& lex, std::size_t chunk_bytes) {
  // The code points of a piece at a time, not of the whole text: they take about 24 bytes per
  // byte of text, more than the tokens. A piece ends just after a line feed, where no token and
  // no look-ahead of the tokenizer crosses, so the tokens are those of one pass over the text.
  std::vector<Token> out;
  std::size_t from = 0;
  bool after_break = false;
  while (from < text.size()) {
    std::size_t to = text.size();
    if (to - from > chunk_bytes) {
      std::size_t nl = text.find('\n', from + std::max<std::size_t>(chunk_bytes, 1) - 1);
      if (nl != std::string_view::npos) to = nl + 1;
    }
    std::vector<Token> part = tokenize_chars(decode_range(text, from, to), lex, after_break, after_break);
    if (out.empty()) {
      out = std::move(part);
      // Room for the whole text at the first piece's rate: no doubling of a large vector.
      if (to < text.size()) out.reserve(out.size() + out.size() * (text.size() - to) / to * 9 / 8 + 16);
    } else {
      out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    after_break = true;
    from = to;
  }
  return out;
}

void split_sentences(Document& doc, const Lexicon& lex) {
  doc.tokens = tokenize(doc.text, lex);
  for (Token& t : doc.tokens) t.cats = lex.categories(t.lower);  // word categories, once per token
  doc.sentences.clear();
  auto& toks = doc.tokens;
  std::size_t start = 0;
  // Bounded work: a "sentence" longer than max_sentence_tokens (a list, a table, text without
  // full stops) is cut into pieces of that length, so that no stage's work grows with the square
  // of a sentence; facts across a cut are not found, and the document says so.
  std::size_t cuts = 0;
  const std::size_t limit = std::max<std::size_t>(doc.max_sentence_tokens, 1);
  auto push = [&](std::size_t end) {  // tokens [start, end) as one sentence
    Sentence s;
    s.first = start;
    s.last = end;
    s.begin = toks[start].begin;
    s.end = toks[end - 1].end;
    for (std::size_t k = start; k < end; ++k) toks[k].sentence = doc.sentences.size();
    doc.sentences.push_back(s);
    start = end;
  };
  auto close = [&](std::size_t end) {
    while (end > start + limit) {  // push() advances start
      push(start + limit);
      ++cuts;
    }
    if (end > start) push(end);
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (i > start && toks[i].paragraph_before) close(i);
    const Token& t = toks[i];
    bool end_here = closes_sentence(t);
    // "... the U.S. The next day ..." : an abbreviation ends a sentence only before a typical
    // sentence opener.
    if (!end_here && t.word && t.text.size() > 1 && t.text.back() == '.' && i + 1 < toks.size() &&
        !lex.is_abbreviation(t.text) && lex.is_sentence_starter(toks[i + 1].text))
      end_here = true;
    if (!end_here) continue;
    std::size_t j = i + 1;
    while (j < toks.size() && is_closer(toks[j]) && !toks[j].space_before) ++j;
    if (j >= toks.size()) { i = j; break; }
    const Token& next = toks[j];
    if (next.upper_initial || next.text == "\"" || next.text == "(" || next.paragraph_before ||
        (next.word && !next.upper_initial && next.text[0] >= '0' && next.text[0] <= '9')) {
      close(j);
      i = j - 1;
    }
  }
  close(toks.size());
  if (cuts)
    doc.warnings.push_back("a sentence longer than " + std::to_string(limit) + " tokens was cut " +
                           std::to_string(cuts) + " time(s); facts that span a cut are not found");
  // Code point offsets of every sentence, in one pass over the text.
  std::size_t byte = 0, cp = 0;
  auto advance = [&](std::size_t to) {
    for (; byte < to; ++byte)
      if ((static_cast<unsigned char>(doc.text[byte]) & 0xC0) != 0x80) ++cp;
    return cp;
  };
  for (Sentence& s : doc.sentences) {
    s.cp_begin = advance(s.begin);
    s.cp_end = advance(s.end);
  }
}

std::string_view Document::span(std::size_t first_token, std::size_t last_token) const {
  if (first_token >= last_token) return {};
  std::size_t b = tokens[first_token].begin, e = tokens[last_token - 1].end;
  return std::string_view(text).substr(b, e - b);
}

}  // namespace kg::extract

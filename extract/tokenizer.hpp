// Stage 1: Unicode normalisation, tokenisation and sentence splitting. Curly quotes,
// dashes and non-breaking spaces are normalised in Token::text while offsets keep pointing at
// the original bytes. Possessive "'s" and "n't" become tokens of their own; "U.S.", "Gen." and
// other abbreviations keep their period and do not end a sentence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "graph/status.hpp"

namespace kg::extract {

class Lexicon;

// The door every text passes once (Extractor::run): fails when the text is not valid UTF-8,
// strictly (no overlong forms, surrogates, code points above U+10FFFF or bytes C0, C1, F5-FF),
// naming the byte offset and, for UTF-16 or Windows-1252 text, the iconv command that converts
// it.
Status validate_utf8(std::string_view text);
// The validated text as the pipeline and every writer see it: a leading UTF-8 BOM dropped, NUL
// and other control characters (C0 but tab, line feed and carriage return; DEL; C1) replaced by
// spaces of the same byte length, and a carriage return not followed by a line feed (old Mac
// line ends) made a line feed. Offsets into the result are offsets into the file, less three
// bytes when it began with a BOM.
std::string normalise_text(std::string_view valid_utf8);
// A name (a file name, a URL) as UTF-8 for the output: bytes that are not valid UTF-8 and
// control characters become %XX, so that any byte string can be shown and written.
std::string printable_name(std::string_view name);

// Tokens of a text fragment without sentence splitting (used for gazetteer aliases too). The text
// is decoded `chunk_bytes` at a time (cut after a line feed); the tokens do not depend on it.
std::vector<Token> tokenize(std::string_view text, const Lexicon& lex, std::size_t chunk_bytes = 1 << 16);

// Sentences longer than Document::max_sentence_tokens (400 unless the caller says otherwise) are
// cut into pieces of it (Document::warnings says so).

// Fills doc.tokens and doc.sentences from doc.text.
void split_sentences(Document& doc, const Lexicon& lex);

}  // namespace kg::extract

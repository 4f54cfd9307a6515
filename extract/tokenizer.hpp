// Stage 1: Unicode normalisation, tokenisation and sentence splitting. Curly quotes,
// dashes and non-breaking spaces are normalised in Token::text while offsets keep pointing at
// the original bytes. Possessive "'s" and "n't" become tokens of their own; "U.S.", "Gen." and
// other abbreviations keep their period and do not end a sentence.
#pragma once

#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "graph/status.hpp"

namespace kg::extract {

class Lexicon;

// Fails when the text is not valid UTF-8 (naming the byte offset).
Status validate_utf8(std::string_view text);

// Tokens of a text fragment without sentence splitting (used for gazetteer aliases too).
std::vector<Token> tokenize(std::string_view text, const Lexicon& lex);

// Fills doc.tokens and doc.sentences from doc.text.
void split_sentences(Document& doc, const Lexicon& lex);

}  // namespace kg::extract

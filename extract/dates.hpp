// Resolution of the time expressions the extractor keeps ("on Saturday", "March 3, 2024",
// "yesterday") to ISO dates, against the document's date when it is known. Pure functions.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

// "YYYY-MM-DD" when `text` is a valid ISO date, for checking user input.
bool is_iso_date(std::string_view text);

// The ISO date an expression names, or "" when it names none or needs a document date that is
// not known (doc_date empty). Weekdays resolve to the latest such day on or before doc_date,
// as news reports past events ("said on Saturday").
std::string resolve_date(std::string_view expression, std::string_view doc_date);

}  // namespace kg::extract
